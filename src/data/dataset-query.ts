import { queryOptions } from "@tanstack/react-query";
import { assetUrl, fetchText, LoadError, parseJsonText } from "./fetch-json";
import type { Dataset, DatasetStatuses, ParseResult } from "./schema";
import { STATUSES_PATH } from "./statuses";
import { STORY_DIGEST_META, storyPath } from "./story-file";
import { DATASET_DIGEST_META, isBuiltText, STATUSES_DIGEST_META } from "./trusted-dataset";

export const DATASET_PATH = "data/huawei-5g.json";

/**
 * Fetches one of the dataset's files, trusts it when the page names its digest, and otherwise
 * validates it with the full schema. The schema loads only for a file the build did not check,
 * so the first load does without zod. No "today": a future date is an authoring error for CI,
 * never a reason to refuse the reader.
 */
async function fetchChecked<T>(
  what: string,
  path: string,
  digestMeta: string,
  parse: (schema: typeof import("./schema"), json: unknown) => ParseResult<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  const url = assetUrl(path);
  const text = await fetchText(what, url, signal);
  // The digest is taken off the main thread and the parse runs after it, in its own task: on
  // the whole dataset, reading, hashing and parsing in one go was a long task on a phone.
  const trusted = await isBuiltText(text, digestMeta);
  const json = parseJsonText(what, url, text);
  if (trusted) return json as T;
  const result = parse(await import("./schema"), json);
  if (!result.ok)
    throw new LoadError(
      what,
      `The ${what.replace(/^the /, "")} failed validation (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"})`,
      result.errors,
    );
  return result.data;
}

/** The whole dataset: summaries, notes, descriptions, sources and corrections included. */
export function fetchDataset({ signal }: { signal?: AbortSignal } = {}): Promise<Dataset> {
  return fetchChecked(
    "the sources and notes",
    DATASET_PATH,
    DATASET_DIGEST_META,
    (s, json) => s.parseDataset(json),
    signal,
  );
}

/**
 * One country's story file (src/data/story-file.ts): a dataset of that country alone, checked
 * like the whole one. Its failure has the same name as the whole dataset's, since to the reader
 * it is the same part of the page.
 */
export function fetchStory(
  iso3: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Dataset> {
  return fetchChecked(
    "the sources and notes",
    storyPath(iso3),
    STORY_DIGEST_META,
    (s, json) => s.parseDataset(json),
    signal,
  );
}

/** The first-load file: what the map, legend, list and timeline need (src/data/statuses.ts). */
export function fetchStatuses({ signal }: { signal?: AbortSignal } = {}): Promise<DatasetStatuses> {
  return fetchChecked(
    "the dataset",
    STATUSES_PATH,
    STATUSES_DIGEST_META,
    (s, json) => s.parseStatuses(json),
    signal,
  );
}

export const datasetQueryOptions = () =>
  queryOptions({ queryKey: ["dataset"], queryFn: fetchDataset, staleTime: Infinity });

export const statusesQueryOptions = () =>
  queryOptions({ queryKey: ["statuses"], queryFn: fetchStatuses, staleTime: Infinity });

export const storyQueryOptions = (iso3: string) =>
  queryOptions({
    queryKey: ["story", iso3],
    queryFn: ({ signal }) => fetchStory(iso3, { signal }),
    staleTime: Infinity,
  });
