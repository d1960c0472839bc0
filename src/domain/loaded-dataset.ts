import type { Dataset } from "../data/schema";
import { datasetSpan } from "./dates";
import { buildStatusIndex, type StatusIndex } from "./status-index";

export interface LoadedDataset {
  dataset: Dataset;
  index: StatusIndex;
  /** The time axis: first dated fact (from 2018) to the update day. */
  span: { start: string; end: string };
}

/**
 * Everything derived from the dataset alone, computed once at load (the query's `select`) so no
 * render path ever scans the histories again.
 */
export function loadDataset(dataset: Dataset): LoadedDataset {
  return { dataset, index: buildStatusIndex(dataset.countries), span: datasetSpan(dataset) };
}
