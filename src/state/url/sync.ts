import type { StoreApi, UseBoundStore } from "zustand";
import type { StoreState } from "../store";
import { parseLink, type LinkContext } from "./parse";
import { serializeLink } from "./serialize";

type Store = UseBoundStore<StoreApi<StoreState>>;

/**
 * A per-country page (/country/gbr/) opens the app with that country selected; the link's own
 * `country` wins if both are given.
 */
export function searchWithPathCountry(pathname: string, search: string): string {
  const match = /\/country\/([a-z]{3})\/?(?:index\.html)?$/i.exec(pathname);
  if (!match || new URLSearchParams(search).has("country")) return search;
  return `?country=${match[1]}${search ? `&${search.replace(/^\?/, "")}` : ""}`;
}

/** The app's own address: per-country pages hand over to it, so later links stay canonical. */
function appPath(pathname: string): string {
  return pathname.replace(/country\/[a-z]{3}\/?(?:index\.html)?$/i, "");
}

/** Sets the store from the address bar; bad values become notices on the first load only. */
export function applyLinkFromLocation(store: Store, context: LinkContext, withNotices: boolean) {
  const search = searchWithPathCountry(window.location.pathname, window.location.search);
  const { state, notices } = parseLink(search, context);
  store.getState().applyLinkState(state);
  if (withNotices && notices.length) store.getState().addNotices(notices);
}

/**
 * Mirrors the store in the URL both ways (call applyLinkFromLocation first). Selecting a country or an event pushes a history
 * entry (so Back returns to the previous selection); every other change replaces the current
 * one, so dragging the date or typing does not flood the history.
 */
/**
 * Replacing the URL on every slider step would hit browsers' history rate limits (Chrome
 * starts ignoring calls past about 200 in 10 s; Safari throws), and each replaceState costs
 * milliseconds of main thread. So replace writes wait until the state has been still for the
 * window and coalesce into one: never inside the input event that moved the date.
 */
const REPLACE_WINDOW_MS = 150;

export function startUrlSync(store: Store, context: LinkContext): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    clearTimeout(pending);
    pending = undefined;
    const search = serializeLink(store.getState());
    const path = appPath(window.location.pathname);
    if (search === window.location.search && path === window.location.pathname) return;
    const url = `${path}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  };
  const replaceSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(() => write(false), REPLACE_WINDOW_MS);
  };
  // Invalid values are dropped from the address bar too, so a copied link is a clean one.
  write(false);

  const unsubscribe = store.subscribe((state, previous) => {
    const push =
      !state.isPlaying &&
      (state.selectedIso3 !== previous.selectedIso3 || state.eventId !== previous.eventId);
    if (push) write(true);
    else replaceSoon();
  });
  const onPopState = () => applyLinkFromLocation(store, context, false);
  window.addEventListener("popstate", onPopState);
  return () => {
    clearTimeout(pending);
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
  };
}
