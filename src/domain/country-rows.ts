import { compareCountryNames, countryName } from "../data/countries";
import type { CategoryId, DatasetStatuses, RegionId, StatusEntry } from "../data/schema";
import { compareCodePoints } from "../data/ids";
import {
  countsAt,
  statusAt,
  type StatusAtDate,
  type StatusId,
  type StatusIndex,
} from "./status-index";

/** One country as the list, the table and the CSV see it at the as-of date. */
export interface CountryRow {
  iso3: string;
  name: string;
  region: RegionId;
  status: StatusId;
  at: StatusAtDate;
  /** When the current status began (the start of its run), undefined without a status. */
  since: string | undefined;
  /** The latest entry in force: the last change or confirmation up to the as-of date. */
  entry: StatusEntry | undefined;
  /** When the country's whole history was last checked against its sources. */
  reviewed: string | undefined;
}

export function countryRowsAt(
  dataset: DatasetStatuses,
  index: StatusIndex,
  date: string,
): CountryRow[] {
  return dataset.countries.map((country) => {
    const at = statusAt(index, country.iso3, date);
    const { status, entry } = at;
    return {
      iso3: country.iso3,
      name: countryName(country.iso3),
      region: country.region,
      status,
      at,
      since: at.start?.date,
      entry,
      reviewed: country.reviewed,
    };
  });
}

export interface CountryFilter {
  /** Empty means every category. */
  statuses: readonly CategoryId[];
  region: RegionId | null;
  query: string;
}

/** Folds case and accents so "cote" finds Côte d'Ivoire and "TURK" finds Türkiye. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

export function matchesFilter(row: CountryRow, filter: CountryFilter): boolean {
  if (filter.statuses.length > 0 && !filter.statuses.includes(row.status as CategoryId))
    return false;
  if (filter.region && row.region !== filter.region) return false;
  const query = foldText(filter.query);
  if (query && !foldText(row.name).includes(query) && row.iso3.toLowerCase() !== query)
    return false;
  return true;
}

export function isFilterActive(filter: CountryFilter): boolean {
  return filter.statuses.length > 0 || filter.region !== null || filter.query.trim() !== "";
}

export function filterRows(rows: readonly CountryRow[], filter: CountryFilter): CountryRow[] {
  return isFilterActive(filter) ? rows.filter((row) => matchesFilter(row, filter)) : [...rows];
}

/** Country codes in the order of their names (the list's order, which no date changes). */
export function iso3sByName(iso3s: readonly string[]): string[] {
  return [...iso3s].sort(compareCountryNames);
}

export type SortKey = "name" | "status" | "since";
const STATUS_ORDER: StatusId[] = [
  "ban",
  "restricted",
  "under_review",
  "no_restriction",
  "partner",
  "no_data",
];

export function sortRows(
  rows: readonly CountryRow[],
  key: SortKey,
  descending = false,
): CountryRow[] {
  const byName = (a: CountryRow, b: CountryRow) => compareCountryNames(a.iso3, b.iso3);
  const compare: Record<SortKey, (a: CountryRow, b: CountryRow) => number> = {
    name: byName,
    status: (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byName(a, b),
    // Countries without a status sort last either way.
    since: (a, b) => compareCodePoints(a.since ?? "9999", b.since ?? "9999") || byName(a, b),
  };
  const sorted = [...rows].sort(compare[key]);
  return descending ? sorted.reverse() : sorted;
}

/** Every view of one as-of date: the rows, a lookup by code, and the count per category. */
export interface RowsAtDate {
  date: string;
  rows: CountryRow[];
  byIso3: ReadonlyMap<string, CountryRow>;
  counts: Record<StatusId, number>;
}

/** The one per-date scan; map, legend, tooltip, list and table all read its result. */
export function rowsAtDate(dataset: DatasetStatuses, index: StatusIndex, date: string): RowsAtDate {
  const rows = countryRowsAt(dataset, index, date);
  const byIso3 = new Map(rows.map((row) => [row.iso3, row]));
  return { date, rows, byIso3, counts: countsAt(byIso3) };
}
