import type { DatasetStatuses } from "../data/schema";
import { datasetSpan } from "./dates";
import { buildStatusIndex, type StatusIndex } from "./status-index";

export interface LoadedDataset {
  /** The first-load statuses (a whole Dataset in scripts); details come with useDatasetDetails. */
  dataset: DatasetStatuses;
  index: StatusIndex;
  /** The time axis: first dated fact (from 2018) to the update day. */
  span: { start: string; end: string };
}

/**
 * Everything derived from the dataset alone, computed once at load (the query's `select`) so no
 * render path ever scans the histories again.
 */
export function loadDataset(dataset: DatasetStatuses): LoadedDataset {
  return { dataset, index: buildStatusIndex(dataset.countries), span: datasetSpan(dataset) };
}
