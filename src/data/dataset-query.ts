import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildStatusIndex, type StatusIndex } from "../domain/status-index";
import { fetchJson, LoadError, assetUrl } from "./fetch-json";
import { parseDataset, type Dataset } from "./schema";
import { todayIso } from "./today";

export const DATASET_PATH = "data/huawei-5g.json";

export interface LoadedDataset {
  dataset: Dataset;
  index: StatusIndex;
}

export async function fetchDataset({
  signal,
}: { signal?: AbortSignal } = {}): Promise<LoadedDataset> {
  const json = await fetchJson("the dataset", assetUrl(DATASET_PATH), signal);
  const result = parseDataset(json, todayIso());
  if (!result.ok)
    throw new LoadError(
      "the dataset",
      `The dataset failed validation (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"})`,
      result.errors,
    );
  // The index is built once here, so no render path ever scans the histories.
  return { dataset: result.data, index: buildStatusIndex(result.data.countries) };
}

export const datasetQueryOptions = () =>
  queryOptions({ queryKey: ["dataset"], queryFn: fetchDataset, staleTime: Infinity });

export function useDataset() {
  return useQuery(datasetQueryOptions());
}
