import { create } from "zustand";
import type { CategoryId, RegionId } from "../data/schema";
import {
  sameFitTarget,
  selectionFitTarget,
  WORLD_CAMERA,
  type FitTarget,
  type MapCamera,
} from "../domain/camera";
import { defaultLinkState, type LinkState, type Mode, type View } from "./view-state";

export interface Notice {
  id: number;
  text: string;
}

interface Actions {
  selectCountry(iso3: string | null): void;
  setDate(date: string | null): void;
  setSince(date: string | null): void;
  toggleStatus(status: CategoryId): void;
  setStatuses(statuses: CategoryId[]): void;
  setRegion(region: RegionId | null): void;
  setQuery(query: string): void;
  selectEvent(eventId: string | null, date?: string): void;
  setView(view: View): void;
  setMode(mode: Mode): void;
  setPatterns(patterns: boolean): void;
  /** Replaces every link-managed key at once (initial load and the back button). */
  applyLinkState(state: LinkState): void;
  addNotices(texts: string[]): void;
  dismissNotice(id: number): void;
  setPlaying(isPlaying: boolean): void;
  setPlaySpeed(speed: number): void;
  /** While comparing: which of the two dates the map shows. */
  showCompareSide(side: CompareSide): void;
  /** One frame of a play-through: the date, and the event whose caption shows (or none). */
  applyPlayStep(date: string, eventId: string | null): void;
  /** The reader moved the map (drag, wheel, zoom buttons): it goes there at once. */
  moveCamera(camera: MapCamera): void;
  /**
   * The map fitted a request, or a zoom button: it glides there (unless reduced motion).
   * `fitFor`: the selection's target when the camera shows just what the selection asks for.
   */
  flyCamera(camera: MapCamera, fitFor?: FitTarget | null, glide?: boolean): void;
  /** Back to the whole world (the reset button). */
  resetCamera(): void;
  /**
   * Asks the live map to fit these countries (a link's selection, a quick area view).
   * `isInstant`: land there at once, as for the view a link opens on.
   */
  requestFit(target: FitTarget, isInstant?: boolean): void;
}

export type { FitTarget };

/** View state that no link carries. */
interface SessionState {
  notices: Notice[];
  /** While playing, date and event changes replace the history entry instead of pushing one. */
  isPlaying: boolean;
  /** While comparing, the map shows the as-of date ("date") or the compare-from date ("since"). */
  compareSide: CompareSide;
  /** 1 plays the whole span in about a minute; 0.5 in two. */
  playSpeed: number;
  /** The fit the live map has yet to make, if any. */
  pendingFit: FitTarget | null;
  /** The pending fit lands at once (the view a link opens on) rather than gliding. */
  isFitInstant: boolean;
  /** Whether the last camera change should glide (a fit) or land at once (a drag). */
  isCameraGliding: boolean;
  /**
   * What the camera was fitted to, while the reader has not moved it since. While that is still
   * the selection, links leave the camera out (opening one fits again, to the opener's screen),
   * and clearing the selection takes the camera back with it. A camera the reader moved stays.
   */
  cameraFitFor: FitTarget | null;
}

export type CompareSide = "date" | "since";

export type StoreState = LinkState & SessionState & Actions;

let nextNoticeId = 1;

/** One store, one named action per user intent, so the URL sync, keys and tests share them. */
export const useStore = create<StoreState>()((set) => ({
  ...defaultLinkState(),
  notices: [],
  isPlaying: false,
  compareSide: "date",
  playSpeed: 1,
  pendingFit: null,
  isFitInstant: false,
  isCameraGliding: false,
  cameraFitFor: null,
  selectCountry: (selectedIso3) =>
    set((state) =>
      selectedIso3
        ? { selectedIso3, pendingFit: { kind: "country", iso3: selectedIso3 }, isFitInstant: false }
        : { selectedIso3, ...cameraAfterClearing(state, { ...state, selectedIso3 }) },
    ),
  setDate: (date) => set({ date }),
  // A new comparison (or none) shows the as-of date's map first.
  setSince: (since) => set({ since, compareSide: "date" }),
  toggleStatus: (status) =>
    set((state) => ({
      statuses: state.statuses.includes(status)
        ? state.statuses.filter((s) => s !== status)
        : [...state.statuses, status],
    })),
  setStatuses: (statuses) => set({ statuses }),
  setRegion: (region) =>
    set((state) =>
      region
        ? { region, pendingFit: { kind: "region", region }, isFitInstant: false }
        : { region, ...cameraAfterClearing(state, { ...state, region }) },
    ),
  setQuery: (query) => set({ query }),
  selectEvent: (eventId, date) =>
    set((state) => ({
      eventId,
      ...(date ? { date } : {}),
      ...(eventId
        ? { pendingFit: { kind: "event", eventId } as const, isFitInstant: false }
        : cameraAfterClearing(state, { ...state, eventId })),
    })),
  setView: (view) => set({ view }),
  setMode: (mode) => set({ mode }),
  setPatterns: (patterns) => set({ patterns }),
  // The back button glides the camera to the view the link kept.
  applyLinkState: (state) => set({ ...state, isCameraGliding: true, cameraFitFor: null }),
  // A notice already showing is not repeated (React's strict mode applies the link twice in dev).
  addNotices: (texts) =>
    set((state) => {
      const fresh = texts.filter((text) => !state.notices.some((n) => n.text === text));
      return {
        notices: [...state.notices, ...fresh.map((text) => ({ id: nextNoticeId++, text }))],
      };
    }),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  setPlaying: (isPlaying) => set({ isPlaying }),
  showCompareSide: (compareSide) => set({ compareSide }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
  applyPlayStep: (date, eventId) => set({ date, eventId }),
  moveCamera: ({ zoom, center }) =>
    set({ zoom, center, isCameraGliding: false, cameraFitFor: null }),
  flyCamera: ({ zoom, center }, cameraFitFor = null, glide = true) =>
    set({ zoom, center, isCameraGliding: glide, cameraFitFor, pendingFit: null }),
  resetCamera: () =>
    set({ ...WORLD_CAMERA, isCameraGliding: true, cameraFitFor: null, pendingFit: null }),
  requestFit: (pendingFit, isFitInstant = false) => set({ pendingFit, isFitInstant }),
}));

export function resetStore() {
  useStore.setState({
    ...defaultLinkState(),
    notices: [],
    isPlaying: false,
    compareSide: "date",
    playSpeed: 1,
    pendingFit: null,
    isFitInstant: false,
    isCameraGliding: false,
    cameraFitFor: null,
  });
}

/** True while the camera shows just the fit of what is selected (see cameraFitFor). */
function isFittedToSelection(state: StoreState): boolean {
  return (
    state.cameraFitFor !== null && sameFitTarget(state.cameraFitFor, selectionFitTarget(state))
  );
}

/**
 * Clearing a selection: a camera that only followed it follows what is still selected, or
 * glides back to the world; a camera the reader moved by hand stays where it is.
 */
function cameraAfterClearing(before: StoreState, after: StoreState): Partial<StoreState> {
  if (!isFittedToSelection(before)) return {};
  const next = selectionFitTarget(after);
  if (next) return { pendingFit: next, isFitInstant: false };
  return { ...WORLD_CAMERA, isCameraGliding: true, cameraFitFor: null, pendingFit: null };
}

/**
 * The view a link should say, opened in `mode`. A camera that only fits the selection is left
 * out of links to the full map, which fit again when opened (so /country/gbr/ stays clean and
 * fits a phone as well as a desktop); embeds and slides do not fit, so they keep it.
 */
export function linkStateOf(state: StoreState, mode: Mode = state.mode): StoreState {
  return mode === "full" && isFittedToSelection(state) ? { ...state, ...WORLD_CAMERA } : state;
}

export const selectSelectedIso3 = (s: StoreState) => s.selectedIso3;
export const selectMode = (s: StoreState) => s.mode;
export const selectNotices = (s: StoreState) => s.notices;
export const selectEventId = (s: StoreState) => s.eventId;
