import { countryName } from "../data/countries";
import type { Category, InstrumentId, ScopeId, StatusEntry } from "../data/schema";
import { formatDate } from "./dates";
import { statusLabel } from "./labels";
import type { StatusAtDate } from "./status-index";

/**
 * Every sentence the reader sees about a country's status is built here, so the panel, list,
 * table, tooltip, map labels, country pages, previews and exports say the same thing.
 */

export const INSTRUMENT_LABELS: Record<InstrumentId, string> = {
  law: "Law",
  bill: "Bill",
  regulation: "Regulation",
  government_decision: "Government decision",
  regulator_decision: "Regulator decision",
  court_ruling: "Court ruling",
  operator_commitment: "Operator commitment",
  policy_statement: "Policy statement",
  agreement: "Agreement",
};

export const SCOPE_LABELS: Record<ScopeId, string> = {
  core: "core",
  ran: "radio access",
  transport: "transport",
  government: "government networks",
  critical_sites: "critical sites",
};

const WHOLE_NETWORK: readonly ScopeId[] = ["core", "ran", "transport"];

/**
 * "core only", "core and critical sites", "core, radio access and transport". A ban on core,
 * radio access and transport together reads "whole network"; a restriction never does, since
 * it limits rather than excludes ("Restricted (whole network)" would read like a ban).
 */
export function scopeText(
  scope: readonly ScopeId[] | undefined,
  status?: StatusAtDate["status"],
): string | undefined {
  if (!scope || scope.length === 0) return undefined;
  const parts = new Set(scope);
  if (status === "ban" && WHOLE_NETWORK.every((part) => parts.has(part))) {
    const rest = scope.filter((part) => !WHOLE_NETWORK.includes(part));
    return ["whole network", ...rest.map((part) => SCOPE_LABELS[part])].join(" and ");
  }
  const labels = scope.map((part) => SCOPE_LABELS[part]);
  if (labels.length === 1) return `${labels[0]} only`;
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/** "Banned (core only)": the status with the scope of the measure in force, where it has one. */
export function statusPhrase(categories: readonly Category[], at: StatusAtDate): string {
  const label = statusLabel(categories, at.status);
  const scope =
    at.status === "ban" || at.status === "restricted"
      ? scopeText(at.entry?.scope, at.status)
      : undefined;
  return scope ? `${label} (${scope})` : label;
}

/** "since 14 July 2020": when the current status began (the start of its run), or "". */
export function sinceText(at: StatusAtDate): string {
  return at.start ? `since ${formatDate(at.start.date, at.start.precision)}` : "";
}

/** "United Kingdom: Banned (whole network) since 14 July 2020", or "…: no data". */
export function describeStatus(
  iso3: string,
  at: StatusAtDate | undefined,
  categories: readonly Category[],
): string {
  const name = countryName(iso3);
  if (!at?.entry) return `${name}: no data`;
  return `${name}: ${statusPhrase(categories, at)} ${sinceText(at)}`;
}

/**
 * What an entry did to the status before it: began a new status, or developed the current one
 * (scope extended or narrowed, or confirmed by a further act).
 */
export type EntryRole = "began" | "extended" | "narrowed" | "confirmed";

export function entryRole(history: readonly StatusEntry[], i: number): EntryRole {
  const entry = history[i]!;
  const previous = history[i - 1];
  if (!previous || previous.status !== entry.status) return "began";
  const before = new Set(previous.scope ?? []);
  const after = new Set(entry.scope ?? []);
  if ([...after].some((part) => !before.has(part))) return "extended";
  if ([...before].some((part) => !after.has(part))) return "narrowed";
  return "confirmed";
}

export const ENTRY_ROLE_LABELS: Record<EntryRole, string> = {
  began: "status began",
  extended: "scope extended",
  narrowed: "scope narrowed",
  confirmed: "confirmed",
};
