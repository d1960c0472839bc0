import { useLayoutEffect, useMemo, useState } from "react";
import type { LoadedDataset } from "../domain/loaded-dataset";
import type { LinkContext } from "../state/url/parse";
import { useStore } from "../state/store";
import { applyLinkFromLocation, startUrlSync } from "../state/url/sync";

/**
 * Applies the link before the first render, so the first frame is already the view it asks for
 * (an embed never flashes the full dashboard), then mirrors the store in the URL.
 */
export function useUrlSync({ dataset, span, index }: LoadedDataset) {
  const context: LinkContext = useMemo(
    () => ({ eventIds: new Set(dataset.events.map((e) => e.id)), span }),
    [dataset, span],
  );
  useState(() => applyLinkFromLocation(useStore, context, true));
  useLayoutEffect(
    () => startUrlSync(useStore, context, (iso3) => index.byIso3.has(iso3)),
    [context, index],
  );
}
