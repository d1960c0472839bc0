import { findSource } from "../data/find-source";
import type { Country, Dataset, DatasetEvent, HistoryEntry, Source } from "../data/schema";

/**
 * The whole dataset, with lookups from the statuses the first load holds to their details:
 * a country's summary, an entry's note and sources, an event's description.
 */
export interface DatasetDetails {
  dataset: Dataset;
  countries: ReadonlyMap<string, Country>;
  events: ReadonlyMap<string, DatasetEvent>;
}

export function datasetDetails(dataset: Dataset): DatasetDetails {
  return {
    dataset,
    countries: new Map(dataset.countries.map((c) => [c.iso3, c])),
    events: new Map(dataset.events.map((e) => [e.id, e])),
  };
}

/** The whole entry behind a status entry: within a country, entry dates are unique (schema). */
export function entryDetails(
  details: DatasetDetails,
  iso3: string,
  entry: { date: string } | undefined,
): HistoryEntry | undefined {
  if (!entry) return undefined;
  return details.countries.get(iso3)?.history.find((e) => e.date === entry.date);
}

/** The first source of a country's entry (the table's and the comparison's source link). */
export function firstSource(
  details: DatasetDetails,
  iso3: string,
  entry: { date: string } | undefined,
): Source | undefined {
  const id = entryDetails(details, iso3, entry)?.sources[0];
  return id ? findSource(details.dataset, id) : undefined;
}
