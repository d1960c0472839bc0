import type { Dataset } from "./schema";

/**
 * One country's story file (data/stories/<iso3>.json, written by scripts/build-country-pages.ts):
 * the dataset cut down to that country, the sources it cites and the categories, with no
 * events or corrections. It is a valid dataset in its own right, so the whole schema checks it
 * and everything that reads the details reads it unchanged. A country's page needs its story at
 * once; this file (a few kilobytes) lets it skip the whole dataset on its first load.
 */
export const storyPath = (iso3: string) => `data/stories/${iso3.toLowerCase()}.json`;

/** The page's own country (upper case), named by the build in its country pages only. */
export const STORY_COUNTRY_META = "story-country";
/** The SHA-256 of the page's story file, as trusted-dataset.ts reads the others. */
export const STORY_DIGEST_META = "story-sha256";

/** `dataset` less every country but `iso3` and every source that country does not cite. */
export function storyOf(dataset: Dataset, iso3: string): Dataset {
  const country = dataset.countries.find((c) => c.iso3 === iso3);
  if (!country) throw new Error(`The dataset has no country ${iso3}`);
  const cited = new Set([
    ...country.history.flatMap((entry) => entry.sources),
    ...(country.deadlines ?? []).flatMap((deadline) => deadline.sources),
  ]);
  return {
    version: dataset.version,
    updated: dataset.updated,
    categories: dataset.categories,
    sources: Object.fromEntries(Object.entries(dataset.sources).filter(([id]) => cited.has(id))),
    countries: [country],
    events: [],
    corrections: [],
  };
}

/** The country whose story file this page names, or null (the home page, the dev server). */
export function pageStoryCountry(): string | null {
  if (typeof document === "undefined") return null;
  const content = document.querySelector<HTMLMetaElement>(
    `meta[name="${STORY_COUNTRY_META}"]`,
  )?.content;
  return content && /^[A-Za-z]{3}$/.test(content) ? content.toUpperCase() : null;
}
