import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { datasetQueryOptions } from "../data/dataset-query";
import { datasetDetails, type DatasetDetails } from "../domain/dataset-details";

/**
 * Summaries, notes, descriptions, sources and corrections: the whole dataset, fetched when a
 * story, caption, table or export first asks (and on idle before that). The map never waits
 * for it; `enabled: false` reads them if they are here without fetching. The lookups are built once per fetched file (a stable select).
 */
export function useDatasetDetails({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...datasetQueryOptions(), select: datasetDetails, enabled });
}

/** For an action (a download, a deck): the details, fetched now unless already here. */
export function useLoadDetails(): () => Promise<DatasetDetails> {
  const client = useQueryClient();
  return () => client.fetchQuery(datasetQueryOptions()).then(datasetDetails);
}

/** Fetches the details once the page is idle, so a first click rarely has to wait for them. */
export function usePrefetchDetailsWhenIdle() {
  const client = useQueryClient();
  useEffect(() => {
    const prefetch = () => void client.prefetchQuery(datasetQueryOptions());
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(prefetch, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, 1000);
    return () => clearTimeout(timer);
  }, [client]);
}
