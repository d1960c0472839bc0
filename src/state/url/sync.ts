import type { StoreApi, UseBoundStore } from "zustand";
import { selectionFitTarget, type FitTarget } from "../../domain/camera";
import { linkStateOf, type StoreState } from "../store";
import { parseLink, type LinkContext } from "./parse";
import { serializeLink } from "./serialize";
import type { LinkState } from "../view-state";
import { whenStill } from "../when-still";

type Store = UseBoundStore<StoreApi<StoreState>>;

const COUNTRY_PAGE = /\/country\/([a-z]{3})\/?(?:index\.html)?$/i;

/**
 * A per-country page (/country/gbr/) opens the app with that country selected; the link's own
 * `country` wins if both are given.
 */
export function searchWithPathCountry(pathname: string, search: string): string {
  const match = COUNTRY_PAGE.exec(pathname);
  if (!match || new URLSearchParams(search).has("country")) return search;
  return `?country=${match[1]}${search ? `&${search.replace(/^\?/, "")}` : ""}`;
}

/**
 * Where the address bar should point for a state, seen from `pathname`. On a per-country page
 * the address stays a country page (the link keeps its preview card): selecting another
 * country that has a page moves to that page, and anything else goes back to the app's own
 * address with `?country=`. Elsewhere the path never changes. Casings other than lower case
 * become the canonical page. Leading slashes fold into one: some hosts serve "//" paths, and
 * "//x" written back into history is a scheme-relative URL on another host, which the browser
 * refuses with a throw.
 */
export function addressFor(
  pathname: string,
  state: LinkState,
  hasPage: (iso3: string) => boolean,
): { path: string; search: string } {
  const path = pathname.replace(/^\/{2,}/, "/");
  if (!COUNTRY_PAGE.test(path)) return { path, search: serializeLink(state) };
  const root = path.replace(COUNTRY_PAGE, "/");
  const iso3 = state.selectedIso3;
  if (iso3 && hasPage(iso3))
    return {
      path: `${root}country/${iso3.toLowerCase()}/`,
      search: serializeLink({ ...state, selectedIso3: null }),
    };
  return { path: root, search: serializeLink(state) };
}

/**
 * What a link asks the map to fit when it gives no camera of its own: a journalist's link to a
 * country opens on that country. A link with a zoom keeps its view.
 */
export function linkFitTarget(state: LinkState): FitTarget | null {
  return state.zoom !== 1 || state.center ? null : selectionFitTarget(state);
}

/**
 * Sets the store from the address bar; bad values become notices on the first load only. A
 * selection without a camera is fitted: at once on the first load (the journalist's link opens
 * on its country, without a glide from the world the reader never saw), gliding on Back.
 */
export function applyLinkFromLocation(store: Store, context: LinkContext, isFirstLoad: boolean) {
  const search = searchWithPathCountry(window.location.pathname, window.location.search);
  const { state, notices } = parseLink(search, context);
  store.getState().applyLinkState(state);
  if (isFirstLoad && notices.length) store.getState().addNotices(notices);
  const fit = linkFitTarget(state);
  if (fit) store.getState().requestFit(fit, isFirstLoad);
}

/**
 * Mirrors the store in the URL both ways (call applyLinkFromLocation first). Selecting a country or an event pushes a history
 * entry (so Back returns to the previous selection); every other change replaces the current
 * one, so dragging the date or typing does not flood the history.
 */
/**
 * Replacing the URL on every slider step would hit browsers' history rate limits (Chrome
 * starts ignoring calls past about 200 in 10 s; Safari throws), so replace writes are
 * throttled: the first goes out at once, later ones within the window coalesce into one.
 * A date step waits until the date has been still for the window: each replaceState costs
 * milliseconds of main thread, which would otherwise land inside the slider's input event.
 */
const REPLACE_WINDOW_MS = 150;

export function startUrlSync(
  store: Store,
  context: LinkContext,
  hasPage: (iso3: string) => boolean = () => false,
): () => void {
  let lastReplace = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    clearTimeout(pending);
    pending = undefined;
    dateStill.cancel();
    const { path, search } = addressFor(
      window.location.pathname,
      linkStateOf(store.getState()),
      hasPage,
    );
    if (search === window.location.search && path === window.location.pathname) return;
    const url = `${path}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    if (!push) lastReplace = performance.now();
  };
  const replaceSoon = () => {
    const wait = lastReplace + REPLACE_WINDOW_MS - performance.now();
    if (wait <= 0) write(false);
    else pending ??= setTimeout(() => write(false), wait);
  };
  const dateStill = whenStill(REPLACE_WINDOW_MS, () => write(false));
  // Invalid values are dropped from the address bar too, so a copied link is a clean one.
  write(false);

  const unsubscribe = store.subscribe((state, previous) => {
    const push =
      !state.isPlaying &&
      (state.selectedIso3 !== previous.selectedIso3 || state.eventId !== previous.eventId);
    if (push) write(true);
    else if (state.date !== previous.date) {
      // The write when the date rests carries every other change too.
      clearTimeout(pending);
      pending = undefined;
      dateStill.step();
    } else if (!dateStill.isWaiting) replaceSoon();
  });
  const onPopState = () => applyLinkFromLocation(store, context, false);
  window.addEventListener("popstate", onPopState);
  return () => {
    clearTimeout(pending);
    dateStill.cancel();
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
  };
}
