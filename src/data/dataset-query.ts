import { queryOptions, useQuery } from "@tanstack/react-query";
import { datasetSpan } from "../domain/dates";
import { buildStatusIndex, type StatusIndex } from "../domain/status-index";
import { fetchJson, LoadError, assetUrl } from "./fetch-json";
import type { Dataset } from "./schema";
import { isBuildValidated } from "./trusted-dataset";
import { todayIso } from "./today";

export const DATASET_PATH = "data/huawei-5g.json";

export interface LoadedDataset {
  dataset: Dataset;
  index: StatusIndex;
  /** The time axis: first dated fact (from 2018) to the update day. */
  span: { start: string; end: string };
}

/** Everything derived from the dataset alone, computed once so no render path repeats it. */
export function loadDataset(dataset: Dataset): LoadedDataset {
  return { dataset, index: buildStatusIndex(dataset.countries), span: datasetSpan(dataset) };
}

export async function fetchDataset({
  signal,
}: { signal?: AbortSignal } = {}): Promise<LoadedDataset> {
  const json = await fetchJson("the dataset", assetUrl(DATASET_PATH), signal);
  if (await isBuildValidated(json)) return loadDataset(json as Dataset);
  // Loaded only for a file the build did not check, so the first load does without zod.
  const { parseDataset } = await import("./schema");
  const result = parseDataset(json, todayIso());
  if (!result.ok)
    throw new LoadError(
      "the dataset",
      `The dataset failed validation (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"})`,
      result.errors,
    );
  // The index is built once here, so no render path ever scans the histories.
  return loadDataset(result.data);
}

export const datasetQueryOptions = () =>
  queryOptions({ queryKey: ["dataset"], queryFn: fetchDataset, staleTime: Infinity });

export function useDataset() {
  return useQuery(datasetQueryOptions());
}
