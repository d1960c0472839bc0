import { bisectRight } from "d3-array";
import type { CategoryId, CountryStatuses, StatusEntry } from "../data/schema";
import { compareCodePoints } from "../data/ids";

export type StatusId = CategoryId | "no_data";

export interface StatusAtDate {
  status: StatusId;
  /** The entry in force at the date, or undefined before the first entry / without history. */
  entry: StatusEntry | undefined;
  /**
   * The first entry of the unbroken run of the current status: when the status began. Later
   * entries with the same status (a ban made law, a scope extended) are developments within the
   * run, so "Banned since" reads the ban's start, not its latest confirmation.
   */
  start: StatusEntry | undefined;
}

interface IndexedHistory {
  dates: string[];
  entries: StatusEntry[];
  /** For each entry, the index of the entry that began its run of the same status. */
  runStarts: number[];
}

/**
 * Status lookups happen for every country on every frame while the date moves, so histories
 * are indexed once: per country, the entry dates as a sorted array for binary search.
 */
export interface StatusIndex {
  readonly iso3s: readonly string[];
  readonly byIso3: ReadonlyMap<string, IndexedHistory>;
}

/** For each entry, the index of the first entry of its unbroken run of the same status. */
export function runStartIndexes(entries: readonly Pick<StatusEntry, "status">[]): number[] {
  const starts: number[] = [];
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    starts.push(previous && previous.status === entry.status ? starts[i - 1]! : i);
  });
  return starts;
}

export function buildStatusIndex(countries: readonly CountryStatuses[]): StatusIndex {
  const byIso3 = new Map<string, IndexedHistory>();
  for (const country of countries) {
    const entries = [...country.history].sort((a, b) => compareCodePoints(a.date, b.date));
    byIso3.set(country.iso3, {
      dates: entries.map((e) => e.date),
      entries,
      runStarts: runStartIndexes(entries),
    });
  }
  return { iso3s: [...byIso3.keys()], byIso3 };
}

const NO_DATA: StatusAtDate = { status: "no_data", entry: undefined, start: undefined };

/** The status in force on `date`: the last entry dated on or before it (dates are YYYY-MM-DD). */
export function statusAt(index: StatusIndex, iso3: string, date: string): StatusAtDate {
  const history = index.byIso3.get(iso3);
  if (!history) return NO_DATA;
  // YYYY-MM-DD strings sort as dates; the last entry dated on or before `date` is in force.
  const found = bisectRight(history.dates, date) - 1;
  const entry = history.entries[found];
  return entry
    ? { status: entry.status, entry, start: history.entries[history.runStarts[found]!] }
    : NO_DATA;
}

/** Every indexed country's status on `date`. */
export function statusesAt(index: StatusIndex, date: string): Map<string, StatusAtDate> {
  const result = new Map<string, StatusAtDate>();
  for (const iso3 of index.iso3s) result.set(iso3, statusAt(index, iso3, date));
  return result;
}

export function countsAt(
  statuses: ReadonlyMap<string, { readonly status: StatusId }>,
): Record<StatusId, number> {
  const counts: Record<StatusId, number> = {
    ban: 0,
    restricted: 0,
    under_review: 0,
    no_restriction: 0,
    partner: 0,
    no_data: 0,
  };
  for (const { status } of statuses.values()) counts[status] += 1;
  return counts;
}

export interface StatusChange {
  iso3: string;
  from: StatusId;
  to: StatusId;
  /**
   * "coverage": the country had no recorded position at the earlier date, so its first entry
   * starts our coverage rather than changing a status. "change": one status gave way to another.
   */
  kind: "change" | "coverage";
  /** The entry that brought the country to its status at the later date: the start of its run. */
  entry: StatusEntry | undefined;
}

/** Countries whose status on `date` differs from their status on `since`. */
export function changedBetween(index: StatusIndex, since: string, date: string): StatusChange[] {
  const [early, late] = since <= date ? [since, date] : [date, since];
  const changes: StatusChange[] = [];
  for (const iso3 of index.iso3s) {
    const before = statusAt(index, iso3, early);
    const after = statusAt(index, iso3, late);
    if (before.status !== after.status)
      changes.push({
        iso3,
        from: before.status,
        to: after.status,
        kind: before.status === "no_data" ? "coverage" : "change",
        // The status differs at the earlier date, so its run began between the two dates.
        entry: after.start,
      });
  }
  return changes;
}

export interface Transition {
  from: StatusId;
  to: StatusId;
  iso3s: string[];
}

/** Real changes grouped by transition ("4 countries went from Under review to Banned"), most first. */
export function transitionCounts(changes: readonly StatusChange[]): Transition[] {
  const byKey = new Map<string, Transition>();
  for (const change of changes) {
    if (change.kind !== "change") continue;
    const key = `${change.from}>${change.to}`;
    const transition = byKey.get(key) ?? { from: change.from, to: change.to, iso3s: [] };
    transition.iso3s.push(change.iso3);
    byKey.set(key, transition);
  }
  return [...byKey.values()].sort((a, b) => b.iso3s.length - a.iso3s.length);
}
