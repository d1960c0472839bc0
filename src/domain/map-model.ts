import { compareCountryNames, countryName } from "../data/countries";
import type { Box, ProjectedShape, ProjectedWorld } from "../data/geometry-query";
import { unionBoxes } from "./camera";

/**
 * The one place that decides what a map of this project draws; the live map, the prerendered
 * first paint and every picture (downloads, link previews) consume the model below.
 */

/** Left out of every map: Antarctica has no status and would take a fifth of the height. */
export const LEFT_OUT: ReadonlySet<string> = new Set(["ATA"]);

/** Shown as markers even without data: the named small states are always findable. */
export const ALWAYS_MARKED: ReadonlySet<string> = new Set(["SGP", "BHR", "MLT", "LUX"]);

export type ProjectedCountry = ProjectedShape & { iso3: string };

export interface MapModel {
  world: ProjectedWorld;
  /** Shapes with an ISO code: coloured by status, clickable. */
  countries: ProjectedCountry[];
  /** Land without an ISO code: drawn as background. */
  background: ProjectedShape[];
  /** Small states drawn as dots. */
  markers: { iso3: string; x: number; y: number }[];
  /** Keyboard order: every drawn or marked country with data, by name. */
  focusOrder: string[];
  /** What the live map shows: the full width, cropped to the land top and bottom. */
  viewBox: Box;
  /** Regions of small states drawn enlarged in boxes over empty ocean (pictures; the live map may too). */
  insets: MapInset[];
}

/** A region shown enlarged: `frame` is the area it shows, `slot` where its box goes (map units). */
export interface MapInset {
  id: string;
  label: string;
  /** What the inset must show (the named countries' bounds), and the margin around it. */
  around: Box;
  pad: number;
  minSide: number;
  frame: Box;
  slot: Box;
}

/**
 * The regions whose states are too small on a world map, each framed around the named countries
 * and placed over open ocean (slots in the projected map's units; tests/unit/map-model.test.ts
 * checks on the real geometry that no slot covers a country): Europe's microstates, Balkans
 * and Baltics in the South Pacific, the Caribbean in the South Atlantic, the Gulf in the Indian
 * Ocean. A region whose countries the geometry lacks is left out.
 */
export const INSET_REGIONS = [
  {
    id: "europe",
    label: "Europe",
    frameIso3s: ["BEL", "EST", "MLT", "GRC", "ALB"],
    slot: [
      [25, 235],
      [215, 380],
    ],
  },
  {
    id: "caribbean",
    label: "Caribbean",
    frameIso3s: ["JAM", "DOM", "TTO", "SUR"],
    slot: [
      [328, 262],
      [422, 380],
    ],
  },
  {
    id: "gulf",
    label: "Gulf",
    frameIso3s: ["KWT", "BHR", "QAT", "ARE"],
    slot: [
      [512, 250],
      [632, 380],
    ],
  },
] as const satisfies readonly {
  id: string;
  label: string;
  frameIso3s: readonly string[];
  slot: Box;
}[];

/**
 * Where the zoom of a small selected country may go, over open Pacific at the map's left and
 * right edges; the one nearer the country is used.
 */
export const ZOOM_SLOTS: readonly Box[] = [
  [
    [5, 12],
    [105, 112],
  ],
  [
    [726, 92],
    [796, 170],
  ],
];
/** A country whose longer side is below this (map units) is a speck on the world map. */
export const SMALL_ON_WORLD = 12;

const union = (boxes: Box[]): Box | null =>
  boxes.length === 0
    ? null
    : [
        [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
        [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
      ];

/** Grows `box` around its centre to `slot`'s proportions, and at least by `pad` each side. */
export function frameFor(box: Box, slot: Box, pad: number, minSide = 0): Box {
  const [[x0, y0], [x1, y1]] = box;
  const aspect = (slot[1][0] - slot[0][0]) / (slot[1][1] - slot[0][1]);
  let w = Math.max(x1 - x0 + 2 * pad, minSide);
  let h = Math.max(y1 - y0 + 2 * pad, minSide);
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [
    [cx - w / 2, cy - h / 2],
    [cx + w / 2, cy + h / 2],
  ];
}

/** Whether two boxes meet (touching counts). */
export const boxesMeet = (a: Box, b: Box) =>
  a[0][0] <= b[1][0] && a[1][0] >= b[0][0] && a[0][1] <= b[1][1] && a[1][1] >= b[0][1];

/**
 * What an inset draws: the countries and background land that reach into its frame, and dots for
 * the small states in it that have no shape (enlarged, a state with a shape shows it).
 */
export function insetContent(model: MapModel, frame: Box) {
  const shaped = new Set(model.countries.map((s) => s.iso3));
  return {
    countries: model.countries.filter((s) => boxesMeet(s.bounds, frame)),
    background: model.background.filter((s) => boxesMeet(s.bounds, frame)),
    dots: model.markers.filter(
      (m) =>
        !shaped.has(m.iso3) &&
        boxesMeet(
          [
            [m.x, m.y],
            [m.x, m.y],
          ],
          frame,
        ),
    ),
  };
}

/** The box a country takes on the map: its shape's bounds, or its marker as a point. */
export function boundsOf(model: Pick<MapModel, "countries" | "markers">, iso3: string): Box | null {
  const shape = model.countries.find((s) => s.iso3 === iso3);
  if (shape) return shape.bounds;
  const marker = model.markers.find((m) => m.iso3 === iso3);
  return marker
    ? [
        [marker.x, marker.y],
        [marker.x, marker.y],
      ]
    : null;
}

/**
 * A zoomed box for a country that is a speck on the world map (Luxembourg, Singapore, Belgium,
 * Israel…), with its neighbours around it; null for a country big enough to see.
 */
export function zoomInset(model: MapModel, iso3: string): MapInset | null {
  const bounds = boundsOf(model, iso3);
  if (!bounds) return null;
  const side = Math.max(bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1]);
  if (side >= SMALL_ON_WORLD) return null;
  const cx = (bounds[0][0] + bounds[1][0]) / 2;
  const cy = (bounds[0][1] + bounds[1][1]) / 2;
  const distance = ([[x0, y0], [x1, y1]]: Box) =>
    Math.hypot((x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy);
  const slot = [...ZOOM_SLOTS].sort((a, b) => distance(a) - distance(b))[0]!;
  // Wide enough to show the neighbours around it: at least 12 map units, or four times its size.
  const pad = side * 1.5;
  const minSide = 12;
  return {
    id: "zoom",
    label: countryName(iso3),
    around: bounds,
    pad,
    minSide,
    frame: frameFor(bounds, slot, pad, minSide),
    slot,
  };
}

export function mapModel(world: ProjectedWorld, dataIso3s: ReadonlySet<string>): MapModel {
  const countries: ProjectedCountry[] = [];
  const background: ProjectedShape[] = [];
  for (const shape of world.shapes) {
    if (shape.iso3 && LEFT_OUT.has(shape.iso3)) continue;
    if (shape.iso3) countries.push(shape as ProjectedCountry);
    else background.push(shape);
  }
  // smallStates holds only countries the map drops or draws as a speck.
  const markers = world.smallStates.filter(
    (s) => ALWAYS_MARKED.has(s.iso3) || dataIso3s.has(s.iso3),
  );
  const reachable = new Set([...countries, ...markers].map((s) => s.iso3));
  const focusOrder = [...dataIso3s].filter((iso3) => reachable.has(iso3)).sort(compareCountryNames);
  const [[, top], [, bottom]] = world.land;
  const viewBox: Box = [
    [0, Math.max(0, Math.floor(top - 4))],
    [world.width, Math.min(world.height, Math.ceil(bottom + 4))],
  ];
  const model = { world, countries, background, markers, focusOrder, viewBox };
  const insets: MapInset[] = [];
  for (const region of INSET_REGIONS) {
    const found = union(
      region.frameIso3s.map((iso3) => boundsOf(model, iso3)).filter((b): b is Box => b !== null),
    );
    if (found)
      insets.push({
        id: region.id,
        label: region.label,
        around: found,
        pad: 3,
        minSide: 0,
        frame: frameFor(found, region.slot, 3),
        slot: region.slot,
      });
  }
  return { ...model, insets };
}

/** The scale and offset that fit `frame` inside `target`, centred, keeping its proportions. */
export function fitBox(frame: Box, target: Box): { scale: number; x: number; y: number } {
  const [[fx0, fy0], [fx1, fy1]] = frame;
  const [[tx0, ty0], [tx1, ty1]] = target;
  const scale = Math.min((tx1 - tx0) / (fx1 - fx0), (ty1 - ty0) / (fy1 - fy0));
  return {
    scale,
    x: tx0 + (tx1 - tx0 - (fx1 - fx0) * scale) / 2 - fx0 * scale,
    y: ty0 + (ty1 - ty0 - (fy1 - fy0) * scale) / 2 - fy0 * scale,
  };
}

/**
 * The box a camera fits to show these countries: each drawn country's main land (`focus`), each
 * small state's marker point; null when none of them is on the map.
 */
export function boxAround(
  model: MapModel,
  iso3s: Iterable<string>,
  { leaveOutGiants = false } = {},
): Box | null {
  const wanted = new Set(iso3s);
  const boxes: Box[] = [];
  for (const shape of model.countries)
    if (wanted.delete(shape.iso3)) boxes.push(shape.focus ?? shape.bounds);
  for (const { iso3, x, y } of model.world.smallStates)
    if (wanted.delete(iso3))
      boxes.push([
        [x, y],
        [x, y],
      ]);
  return unionBoxes(leaveOutGiants ? withoutGiants(boxes) : boxes);
}

/** A box this many times the group's median area is a giant (Russia among Europe's countries). */
const GIANT_AREA = 50;

/**
 * A region's fit without the countries that dwarf the rest: Russia spans most of the map's
 * width, so Europe with it would be the world; its European part shows anyway. Small groups
 * keep everyone (an event that touched the USA and China fits both).
 */
function withoutGiants(boxes: Box[]): Box[] {
  if (boxes.length < 5) return boxes;
  const area = ([[x0, y0], [x1, y1]]: Box) => Math.max(1, x1 - x0) * Math.max(1, y1 - y0);
  const areas = boxes.map(area).sort((a, b) => a - b);
  const median = areas[Math.floor(areas.length / 2)]!;
  return boxes.filter((box) => area(box) <= median * GIANT_AREA);
}
