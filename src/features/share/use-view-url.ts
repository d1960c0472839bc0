import { useLoadedDataset } from "../../state/loaded-dataset";
import { linkStateOf, useStore } from "../../state/store";
import type { Mode } from "../../state/view-state";
import { viewUrl } from "./share-links";

/** The absolute link to what is on screen now, opened in `mode`. */
export function useViewUrl(mode: Mode): string {
  const { index } = useLoadedDataset();
  // A string selector: the component re-renders only when the link itself changes.
  return useStore((state) =>
    viewUrl(
      window.location.origin,
      import.meta.env.BASE_URL,
      linkStateOf(state, mode),
      mode,
      (iso3) => index.byIso3.has(iso3),
    ),
  );
}
