import type { Dataset } from "../../src/data/schema.ts";

/** The README sentence that carries the dataset's figures. */
export const README_FIGURES =
  /holds \d+ countries with dated status histories, \d+ events and\s+\d+\s+sources/;

export function readmeFigures(dataset: Pick<Dataset, "countries" | "events" | "sources">): string {
  const withHistory = dataset.countries.filter((c) => c.history.length > 0);
  return `holds ${withHistory.length} countries with dated status histories, ${dataset.events.length} events and ${Object.keys(dataset.sources).length} sources`;
}
