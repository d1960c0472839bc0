import type { Box } from "../data/geometry-query";
import type { RegionId } from "../data/ids";

/**
 * The map's camera, pure: what the reader looks at, in the map model's own units (the build's
 * projected frame, src/domain/world-projection.ts). It does not depend on the screen: the same
 * zoom and centre show the same place on a phone, a desktop or a slide, which is what lets a
 * link carry it.
 */
export interface MapCamera {
  /** 1 shows the whole view box; 8 is the closest. */
  zoom: number;
  /** The point (map units) in the middle of the map; null is the middle of the view box. */
  center: readonly [number, number] | null;
}

/**
 * Width of the frame every map is drawn in (src/domain/world-projection.ts); pictures scale the
 * frame into their own box. Here because a link's centre is checked against it.
 */
export const FRAME_WIDTH = 800;

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;
export const WORLD_CAMERA: MapCamera = { zoom: 1, center: null };

/** Room left around what a fit shows, as a share of its size on each side. */
const FIT_MARGIN = 0.15;
/** The fit never shows less than this (map units): a country is seen with its neighbours. */
const MIN_FIT_SIZE = 12;

const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
const middle = ([[x0, y0], [x1, y1]]: Box): [number, number] => [(x0 + x1) / 2, (y0 + y1) / 2];

/** The box around several boxes (points are boxes of no size); null for none. */
export function unionBoxes(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let [[x0, y0], [x1, y1]] = boxes[0]!;
  for (const [[a0, b0], [a1, b1]] of boxes) {
    x0 = Math.min(x0, a0);
    y0 = Math.min(y0, b0);
    x1 = Math.max(x1, a1);
    y1 = Math.max(y1, b1);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/**
 * Where the map is seen, in view box units at zoom 1: `view` is the model's view box, `window` the
 * part of it the screen shows (the view box itself, or less where a phone crops the sides),
 * centred on it as SVG's xMidYMid does.
 */
export interface Viewport {
  view: Box;
  window: Box;
}

/**
 * Keeps the map covering the window: no panning off into empty space. Where the window is wider
 * than the map at this zoom, the map stays centred. The world view (zoom 1 at the middle) is
 * written as `center: null`, so a reader who zooms back out by hand gets a clean link again.
 */
export function clampCamera(camera: MapCamera, { view, window }: Viewport): MapCamera {
  const zoom = clampZoom(Number.isFinite(camera.zoom) ? camera.zoom : MIN_ZOOM);
  const [vcx, vcy] = middle(view);
  const [cx, cy] = camera.center ?? [vcx, vcy];
  const halfWidth = (window[1][0] - window[0][0]) / 2 / zoom;
  const halfHeight = (window[1][1] - window[0][1]) / 2 / zoom;
  const limit = (value: number, lo: number, hi: number, mid: number) =>
    lo > hi ? mid : Math.min(hi, Math.max(lo, Number.isFinite(value) ? value : mid));
  const x = limit(cx, view[0][0] + halfWidth, view[1][0] - halfWidth, vcx);
  const y = limit(cy, view[0][1] + halfHeight, view[1][1] - halfHeight, vcy);
  if (zoom === MIN_ZOOM && Math.abs(x - vcx) < 0.05 && Math.abs(y - vcy) < 0.05)
    return WORLD_CAMERA;
  return { zoom, center: [x, y] };
}

/**
 * The camera that shows `target` (map units) whole inside `frame` (view box units at zoom 1: the
 * window, or the part of it not covered, as by a phone's bottom sheet), with a margin. A small
 * target zooms in as far as MAX_ZOOM allows; a target larger than the frame shows the world.
 */
export function fitCamera(
  target: Box,
  viewport: Viewport,
  frame: Box = viewport.window,
): MapCamera {
  const [[tx0, ty0], [tx1, ty1]] = target;
  const width = Math.max(MIN_FIT_SIZE, (tx1 - tx0) * (1 + 2 * FIT_MARGIN));
  const height = Math.max(MIN_FIT_SIZE, (ty1 - ty0) * (1 + 2 * FIT_MARGIN));
  const [[fx0, fy0], [fx1, fy1]] = frame;
  const zoom = clampZoom(Math.min((fx1 - fx0) / width, (fy1 - fy0) / height));
  // The target's middle goes to the frame's middle: the frame may sit off the window's centre.
  const [vcx, vcy] = middle(viewport.view);
  const [fcx, fcy] = middle(frame);
  const [tcx, tcy] = middle(target);
  return clampCamera(
    { zoom, center: [tcx - (fcx - vcx) / zoom, tcy - (fcy - vcy) / zoom] },
    viewport,
  );
}

/** Zooms by `factor` keeping `point` (view box units at zoom 1, as on screen) still. */
export function zoomAround(
  camera: MapCamera,
  factor: number,
  point: readonly [number, number],
  viewport: Viewport,
): MapCamera {
  const zoom = clampZoom(camera.zoom * factor);
  const [vcx, vcy] = middle(viewport.view);
  const [cx, cy] = camera.center ?? [vcx, vcy];
  // The map point under `point` before the zoom stays under it after.
  const under = [cx + (point[0] - vcx) / camera.zoom, cy + (point[1] - vcy) / camera.zoom];
  return clampCamera(
    { zoom, center: [under[0]! - (point[0] - vcx) / zoom, under[1]! - (point[1] - vcy) / zoom] },
    viewport,
  );
}

/** Moves the camera by a screen distance (view box units at zoom 1), as a drag does. */
export function panBy(camera: MapCamera, dx: number, dy: number, viewport: Viewport): MapCamera {
  const [vcx, vcy] = middle(viewport.view);
  const [cx, cy] = camera.center ?? [vcx, vcy];
  return clampCamera(
    { zoom: camera.zoom, center: [cx - dx / camera.zoom, cy - dy / camera.zoom] },
    viewport,
  );
}

/** The SVG transform that draws the map through this camera. */
export function cameraTransform(camera: MapCamera, view: Box): { k: number; x: number; y: number } {
  const [vcx, vcy] = middle(view);
  const [cx, cy] = camera.center ?? [vcx, vcy];
  const k = camera.zoom;
  return { k, x: vcx - k * cx, y: vcy - k * cy };
}

/** Slow at both ends: the reader's eye follows the start and the landing. */
export const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/**
 * The camera `t` (0…1) of the way from `a` to `b`. The zoom moves in equal ratios (×2 takes as
 * long at zoom 1 as at zoom 4) and the centre in step with it, so the target grows steadily
 * instead of racing in at the end.
 */
export function interpolateCamera(a: MapCamera, b: MapCamera, t: number, view: Box): MapCamera {
  if (t <= 0) return a;
  if (t >= 1) return b;
  const zoom = a.zoom * Math.pow(b.zoom / a.zoom, t);
  const [vcx, vcy] = middle(view);
  const [ax, ay] = a.center ?? [vcx, vcy];
  const [bx, by] = b.center ?? [vcx, vcy];
  // Share of the way by how far the zoom has come in ratio terms; plain t when it stays put.
  const s =
    Math.abs(b.zoom - a.zoom) < 1e-6 ? t : (1 / a.zoom - 1 / zoom) / (1 / a.zoom - 1 / b.zoom);
  return { zoom, center: [ax + (bx - ax) * s, ay + (by - ay) * s] };
}

/** The same view to the link's precision: zoom to 2 decimals, centre to 1 (a tenth of a unit). */
export function sameCamera(a: MapCamera, b: MapCamera): boolean {
  if (Math.round(a.zoom * 100) !== Math.round(b.zoom * 100)) return false;
  if (!a.center || !b.center) return a.center === b.center;
  return (
    Math.round(a.center[0] * 10) === Math.round(b.center[0] * 10) &&
    Math.round(a.center[1] * 10) === Math.round(b.center[1] * 10)
  );
}

/**
 * What the live map should fit once it can (it needs the geometry to know where things are).
 * Selecting a country, a region or an event asks for one; clearing a selection does not, so a
 * reader who zoomed by hand is not yanked back to the world.
 */
export type FitTarget =
  | { kind: "country"; iso3: string }
  | { kind: "region"; region: RegionId }
  | { kind: "event"; eventId: string }
  | { kind: "area"; iso3s: readonly string[] };

/**
 * What a view's selection asks the camera to show: the country, else the event's countries,
 * else the region. A link without a camera opens fitted to it, on whatever screen opens it.
 */
export function selectionFitTarget(selection: {
  selectedIso3: string | null;
  eventId: string | null;
  region: RegionId | null;
}): FitTarget | null {
  if (selection.selectedIso3) return { kind: "country", iso3: selection.selectedIso3 };
  if (selection.eventId) return { kind: "event", eventId: selection.eventId };
  if (selection.region) return { kind: "region", region: selection.region };
  return null;
}

export function sameFitTarget(a: FitTarget | null, b: FitTarget | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Quick views in the live map's zoom controls: areas whose small states are specks at world
 * zoom (Luxembourg, Malta, Bahrain, Qatar, Singapore, the Caribbean islands). Each is the box
 * around the named countries, so it follows the projection.
 */
export const QUICK_VIEWS: readonly { id: string; label: string; iso3s: readonly string[] }[] = [
  { id: "europe", label: "Europe", iso3s: ["PRT", "IRL", "DNK", "POL", "GRC", "MLT"] },
  { id: "gulf", label: "Gulf", iso3s: ["KWT", "BHR", "QAT", "ARE"] },
  { id: "caribbean", label: "Caribbean", iso3s: ["CUB", "BHS", "JAM", "DOM", "TTO", "BRB"] },
  { id: "south-east-asia", label: "South-East Asia", iso3s: ["MMR", "VNM", "PHL", "SGP", "MYS"] },
];
