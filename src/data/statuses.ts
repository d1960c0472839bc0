import type { Dataset, DatasetStatuses } from "./schema";

/** The first-load file's name beside the dataset (CONTRACT: generated, never edited). */
export const STATUSES_PATH = "data/huawei-5g-statuses.json";

/**
 * The dataset less what only a story, a source list or an export reads: summaries, notes,
 * event descriptions, sources and corrections. The map, legend, list, timeline and event titles
 * need nothing more, and the file is a fraction of the dataset's size, so the map is live
 * sooner; the rest loads on demand (src/state/dataset-details.tsx). The build writes it from
 * public/data/huawei-5g.json, so the two can never disagree.
 */
export function statusesOf(dataset: Dataset): DatasetStatuses {
  return {
    version: dataset.version,
    updated: dataset.updated,
    categories: dataset.categories,
    countries: dataset.countries.map(({ iso3, region, reviewed, deadlines, history }) => ({
      iso3,
      region,
      reviewed,
      ...(deadlines && {
        deadlines: deadlines.map(({ date, precision, text, scope }) => ({
          date,
          ...(precision && { precision }),
          text,
          ...(scope && { scope }),
        })),
      }),
      history: history.map(({ date, precision, status, instrument, scope }) => ({
        date,
        ...(precision && { precision }),
        status,
        instrument,
        ...(scope && { scope }),
      })),
    })),
    events: dataset.events.map(({ id, date, precision, title, countries }) => ({
      id,
      date,
      ...(precision && { precision }),
      title,
      countries,
    })),
  };
}
