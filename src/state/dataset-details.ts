import { useEffect } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { datasetQueryOptions, storyQueryOptions } from "../data/dataset-query";
import { pageStoryCountry } from "../data/story-file";
import { datasetDetails, type DatasetDetails } from "../domain/dataset-details";

/**
 * Summaries, notes, descriptions, sources and corrections: the whole dataset, fetched when a
 * story, caption, table or export first asks (and on idle before that). The map never waits
 * for it; `enabled: false` reads them if they are here without fetching. The lookups are built once per fetched file (a stable select).
 */
export function useDatasetDetails({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...datasetQueryOptions(), select: datasetDetails, enabled });
}

/**
 * One country's details, for its story. On that country's own page (the build names it there)
 * they come from its small story file, unless the whole dataset is already here; anywhere else
 * from the whole dataset. Either way the same lookups, so the story reads them alike.
 */
export function useCountryDetails(iso3: string) {
  const fromStory = iso3 === pageStoryCountry();
  const whole = useDatasetDetails({ enabled: !fromStory });
  const story = useQuery({
    ...storyQueryOptions(iso3),
    select: datasetDetails,
    enabled: fromStory && whole.data === undefined,
  });
  // Once the story file is here it stays the source: the whole dataset arriving on idle holds
  // the same country, and switching would re-render the story for nothing.
  return fromStory && (story.data !== undefined || whole.data === undefined) ? story : whole;
}

/**
 * Resolves once the page has painted a frame: the next frame's callback queues a task, which
 * runs after that frame is painted. A hidden tab paints nothing, so it does not wait there. A
 * visible page that has not painted yet is busy or still loading its stylesheet: waiting for
 * its frame is the point, so the timer that stands in for a lost frame is long (main.tsx
 * stops waiting at 2 s in any case).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden")
      return resolve();
    const timer = setTimeout(resolve, 2000);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/**
 * On a country's page, fetches its story file; resolves (never rejects: a failure is rendered
 * by the story with Retry) once it is settled and the page has painted. main.tsx waits for it
 * with the statuses, so the story's first render is whole and nothing below it moves when the
 * details arrive; and the page's own story, painted from its HTML without script, is on screen
 * before the app's first render (a long task on a phone) replaces it.
 */
export async function prefetchPageStory(client: QueryClient): Promise<void> {
  const iso3 = pageStoryCountry();
  if (!iso3) return;
  await client.prefetchQuery(storyQueryOptions(iso3));
  await afterNextPaint();
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
