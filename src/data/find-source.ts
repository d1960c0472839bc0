import type { Dataset, Source } from "./schema";

/**
 * A source by id, as an own key only: ids come from the file, and `sources["toString"]` or
 * `sources["constructor"]` would otherwise find Object.prototype's members.
 */
export function findSource(dataset: Pick<Dataset, "sources">, id: string): Source | undefined {
  return Object.hasOwn(dataset.sources, id) ? dataset.sources[id] : undefined;
}
