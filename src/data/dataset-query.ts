import { queryOptions } from "@tanstack/react-query";
import { fetchJson, LoadError, assetUrl } from "./fetch-json";
import type { Dataset } from "./schema";
import { isBuildValidated } from "./trusted-dataset";

export const DATASET_PATH = "data/huawei-5g.json";

export async function fetchDataset({ signal }: { signal?: AbortSignal } = {}): Promise<Dataset> {
  const json = await fetchJson("the dataset", assetUrl(DATASET_PATH), signal);
  if (await isBuildValidated(json)) return json as Dataset;
  // Loaded only for a file the build did not check, so the first load does without zod.
  // No "today": a future date is an authoring error for CI, never a reason to refuse the reader.
  const { parseDataset } = await import("./schema");
  const result = parseDataset(json);
  if (!result.ok)
    throw new LoadError(
      "the dataset",
      `The dataset failed validation (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"})`,
      result.errors,
    );
  return result.data;
}

export const datasetQueryOptions = () =>
  queryOptions({ queryKey: ["dataset"], queryFn: fetchDataset, staleTime: Infinity });
