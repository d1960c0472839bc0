import { csvFormat } from "d3-dsv";
import { findSource } from "../data/find-source";
import { entryDetails, type DatasetDetails } from "./dataset-details";
import type { CountryRow } from "./country-rows";
import { statusLabel } from "./labels";

export interface CsvRow {
  code: string;
  name: string;
  status: string;
  status_label: string;
  /** When the current status began. */
  since: string;
  /** The latest entry in force: a change or a development within the status. */
  last_changed: string;
  instrument: string;
  /** Parts of networks the measure covers, space-separated ids (ban and restricted only). */
  scope: string;
  reviewed: string;
  source_urls: string;
}

/** One row per country at the as-of date; every source of the entry in force, space-separated. */
export function csvRows(details: DatasetDetails, rows: readonly CountryRow[]): CsvRow[] {
  const { dataset } = details;
  return rows.map((row) => ({
    code: row.iso3,
    name: row.name,
    status: row.status,
    status_label: statusLabel(dataset.categories, row.status),
    since: row.since ?? "",
    last_changed: row.entry?.date ?? "",
    instrument: row.entry?.instrument ?? "",
    scope: (row.entry?.scope ?? []).join(" "),
    reviewed: row.reviewed ?? "",
    source_urls: (entryDetails(details, row.iso3, row.entry)?.sources ?? [])
      .map((id) => findSource(dataset, id)?.url)
      .filter(Boolean)
      .join(" "),
  }));
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as
 * a formula, so such a cell gets a leading apostrophe and is shown as the text it is (OWASP's
 * CSV-injection advice). Every cell goes through this, whatever column it is in.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const COLUMNS = [
  "code",
  "name",
  "status",
  "status_label",
  "since",
  "last_changed",
  "instrument",
  "scope",
  "reviewed",
  "source_urls",
] as const;

/**
 * Every CSV this site writes (the download and the data API's files) goes through here: d3-dsv
 * quotes commas, quotes and line breaks, and every cell is neutralised against formulas.
 */
export function safeCsv<C extends string>(
  rows: readonly Readonly<Record<C, string>>[],
  columns: readonly C[],
): string {
  const safe = rows.map((row) =>
    Object.fromEntries(columns.map((c) => [c, neutraliseCell(row[c])])),
  );
  return csvFormat(safe, [...columns]);
}

/** The download's CSV text. */
export function toCsv(rows: readonly CsvRow[]): string {
  return safeCsv(rows, COLUMNS);
}
