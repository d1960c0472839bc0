import type { CategoryId, RegionId } from "../data/schema";

export type Mode = "full" | "embed" | "present";
export type View = "map" | "table";
/** The embed's colour scheme; auto follows the reader's system setting. */
export type EmbedTheme = "light" | "dark" | "auto";

/** Everything a link can say. The URL mirrors exactly these keys (src/state/url). */
export interface LinkState {
  selectedIso3: string | null;
  /** The as-of date; null means the latest data. */
  date: string | null;
  /** Compare from this date to `date`; null means no comparison. */
  since: string | null;
  /** Categories shown; empty means all. */
  statuses: CategoryId[];
  region: RegionId | null;
  query: string;
  eventId: string | null;
  view: View;
  mode: Mode;
  /** Embed options: colour scheme (null: as the reader's system), and map and legend only. */
  theme: EmbedTheme | null;
  plain: boolean;
  /** A pattern per category over its colour on the live map and legend (always on in print). */
  patterns: boolean;
  /** The map's camera (src/domain/camera.ts): 1 and null are the world view. */
  zoom: number;
  center: readonly [number, number] | null;
}

/** The only source of defaults: a link that sets nothing opens this view. */
export function defaultLinkState(): LinkState {
  return {
    selectedIso3: null,
    date: null,
    since: null,
    statuses: [],
    region: null,
    query: "",
    eventId: null,
    view: "map",
    mode: "full",
    theme: null,
    plain: false,
    patterns: false,
    zoom: 1,
    center: null,
  };
}
