import { countryName } from "../data/countries";
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
  const focusOrder = [...dataIso3s]
    .filter((iso3) => reachable.has(iso3))
    .sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const [[, top], [, bottom]] = world.land;
  const viewBox: Box = [
    [0, Math.max(0, Math.floor(top - 4))],
    [world.width, Math.min(world.height, Math.ceil(bottom + 4))],
  ];
  return { world, countries, background, markers, focusOrder, viewBox };
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
