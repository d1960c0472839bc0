/**
 * Generated datasets for the bench's scale runs: valid under the real schema (the bench checks
 * that), built from today's text so entries and events have realistic sizes.
 */
import ISO_CODES from "../../src/data/iso-codes.json" with { type: "json" };
import { CATEGORY_IDS, REGION_IDS } from "../../src/data/ids.ts";
import type { Dataset } from "../../src/data/schema.ts";

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Today's dataset with every event copied `times` times (new ids, same dates and countries). */
export function withMoreEvents(dataset: Dataset, times: number): Dataset {
  return {
    ...dataset,
    events: Array.from({ length: times }, (_, k) =>
      dataset.events.map((e) => (k === 0 ? e : { ...e, id: `${e.id}-x${k}` })),
    ).flat(),
  };
}

/**
 * `times`× today's dataset: every country in ISO 3166 (plus Kosovo) with a long history,
 * `times`× the history entries, events and sources in all.
 */
export function scaledDataset(dataset: Dataset, times: number): Dataset {
  const sources = Object.fromEntries(
    Array.from({ length: times }, (_, k) =>
      Object.entries(dataset.sources).map(([id, s]) => [k === 0 ? id : `${id}-x${k}`, s]),
    ).flat(),
  );
  const scaledSourceIds = Object.keys(sources);
  const entries = dataset.countries.flatMap((c) => c.history);
  const iso3s = [...Object.keys(ISO_CODES), "XKX"].sort();
  const perCountry = Math.ceil((entries.length * times) / iso3s.length);
  const start = "2018-01-15";
  const span = (Date.parse(dataset.updated) - Date.parse(start)) / DAY;
  const step = Math.floor(span / (perCountry + 1));
  let n = 0;
  const countries = iso3s.map((iso3, c) => ({
    iso3,
    region: REGION_IDS[c % REGION_IDS.length]!,
    summary: dataset.countries[c % dataset.countries.length]!.summary,
    reviewed: dataset.updated,
    history: Array.from({ length: perCountry }, (_, h) => {
      const model = entries[n++ % entries.length]!;
      return {
        date: addDays(start, h * step + (c % step)),
        status: CATEGORY_IDS[(c + h) % CATEGORY_IDS.length]!,
        instrument: model.instrument,
        scope: model.scope ?? ["core" as const],
        note: model.note,
        sources: [scaledSourceIds[n % scaledSourceIds.length]!],
      };
    }),
  }));
  const events = withMoreEvents(dataset, times).events.map((e, i) => ({
    ...e,
    sources: [scaledSourceIds[i % scaledSourceIds.length]!],
  }));
  return { ...dataset, sources, countries, events };
}
