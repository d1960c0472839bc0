import { useCallback, useSyncExternalStore } from "react";

/** Whether a media query matches now, following it as the window changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener("change", onChange);
      return () => list?.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

/** Phones held upright: the country story opens in a sheet over the map, not far below it. */
export const PHONE_QUERY = "(max-width: 37.5em)";

/** Wide screens: a comparison shows both dates' maps side by side instead of a toggle. */
export const WIDE_QUERY = "(min-width: 75em)";
