import { useLayoutEffect } from "react";
import type { LoadedDataset } from "../data/dataset-query";
import { datasetSpan } from "../domain/dates";
import { useStore } from "../state/store";
import { startUrlSync } from "../state/url/sync";

/** Starts the two-way URL mirror once the dataset (which decides what a valid link is) is here. */
export function useUrlSync({ dataset }: LoadedDataset) {
  // Layout effect: the first painted frame already shows the view the link asks for.
  useLayoutEffect(
    () =>
      startUrlSync(useStore, {
        eventIds: new Set(dataset.events.map((e) => e.id)),
        span: datasetSpan(dataset),
      }),
    [dataset],
  );
}
