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

/**
 * The one source a compact view (the table, a comparison) shows for a country's entry: the
 * deciding body's own text where the entry cites one (the method prefers primary sources),
 * otherwise the first source listed.
 */
export function leadSource(
  details: DatasetDetails,
  iso3: string,
  entry: { date: string } | undefined,
): Source | undefined {
  const sources = (entryDetails(details, iso3, entry)?.sources ?? []).flatMap(
    (id) => findSource(details.dataset, id) ?? [],
  );
  return sources.find((source) => source.kind === "primary") ?? sources[0];
}
