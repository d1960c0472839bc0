import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Box, ProjectedWorld } from "../data/geometry-query";
import { FRAME_WIDTH } from "./camera";
import { LEFT_OUT } from "./map-model";
import { compactPath, pathRings } from "./svg-path";

export { FRAME_WIDTH };

const round = (value: number) => Math.round(value * 10) / 10;
const roundBox = ([[x0, y0], [x1, y1]]: Box): Box => [
  [round(x0), round(y0)],
  [round(x1), round(y1)],
];

/** A part this share of the largest part's area counts as the country's main land. */
const MAIN_PART_SHARE = 0.1;

/**
 * Where the camera looks when it fits a country: the box around its main land, leaving out
 * far and small parts (France's French Guiana, Russia's Chukotka across the date line), or the
 * map would zoom to an ocean between them. Parts of at least a tenth of the largest part's area
 * count when they lie within the largest part's own size of it (Indonesia's islands, Alaska).
 * The parts are the drawn rings, after the projection has cut the shape at the date line: on the
 * sphere Russia's mainland is one polygon reaching past 180°, and its box was the map's width.
 * Undefined when that box is the whole shape's (most countries): the file stays small.
 */
function focusBox(drawn: string, bounds: Box): Box | undefined {
  const parts = pathRings(drawn)
    .filter((ring) => ring.points.length >= 3)
    .map(({ points }) => ({ area: Math.abs(ringArea(points)), box: boxOf(points) }));
  if (parts.length < 2) return undefined;
  parts.sort((a, b) => b.area - a.area);
  const main = parts[0]!;
  const [[mx0, my0], [mx1, my1]] = main.box;
  const reach = Math.hypot(mx1 - mx0, my1 - my0);
  let box: Box = main.box;
  for (const { area, box: part } of parts.slice(1)) {
    const gapX = Math.max(0, part[0][0] - mx1, mx0 - part[1][0]);
    const gapY = Math.max(0, part[0][1] - my1, my0 - part[1][1]);
    if (area < main.area * MAIN_PART_SHARE || Math.hypot(gapX, gapY) > reach) continue;
    box = [
      [Math.min(box[0][0], part[0][0]), Math.min(box[0][1], part[0][1])],
      [Math.max(box[1][0], part[1][0]), Math.max(box[1][1], part[1][1])],
    ];
  }
  const focus = roundBox(box);
  return focus.flat().every((value, i) => value === bounds.flat()[i]) ? undefined : focus;
}

/** Twice the signed area of a ring (the shoelace formula); its sign is the ring's winding. */
function ringArea(points: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

function boxOf(points: [number, number][]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/**
 * Projects the world geometry once, at build time (scripts/build-geometry.ts), with Equal Earth:
 * an equal-area projection, so a country's drawn area is honest. The whole globe is fitted to
 * the frame's width, so a picture can always show the globe whole (never sliced). The browser,
 * the prerender and every picture draw these paths; nothing re-projects at run time.
 */
export function projectWorld(
  topology: Topology,
  smallStates: readonly { iso3: string; coordinates: [number, number] }[],
): ProjectedWorld {
  const sphere = { type: "Sphere" } as const;
  const projection = geoEqualEarth().fitWidth(FRAME_WIDTH, sphere);
  // A tenth of a pixel: the file stays small and nothing visible changes.
  const path = geoPath(projection).digits(1);
  const features = feature(topology, topology.objects.countries as GeometryCollection).features;
  const shapes: ProjectedWorld["shapes"] = [];
  let land: Box | null = null;
  for (const country of features) {
    const iso3 = typeof country.id === "string" ? country.id : undefined;
    if (iso3 && LEFT_OUT.has(iso3)) continue;
    const absolute = path(country);
    if (!absolute) continue;
    const d = compactPath(absolute);
    const bounds = roundBox(path.bounds(country));
    const focus = focusBox(absolute, bounds);
    land = land
      ? [
          [Math.min(land[0][0], bounds[0][0]), Math.min(land[0][1], bounds[0][1])],
          [Math.max(land[1][0], bounds[1][0]), Math.max(land[1][1], bounds[1][1])],
        ]
      : bounds;
    if (iso3) shapes.push(focus ? { iso3, d, bounds, focus } : { iso3, d, bounds });
    else shapes.push({ d, bounds });
  }
  const globe = roundBox(path.bounds(sphere));
  const markers = smallStates.flatMap((state) => {
    const point = projection(state.coordinates);
    return point ? [{ iso3: state.iso3, x: round(point[0]), y: round(point[1]) }] : [];
  });
  return {
    width: FRAME_WIDTH,
    height: Math.ceil(globe[1][1]),
    sphere: compactPath(path(sphere) ?? ""),
    land: land ?? globe,
    shapes,
    smallStates: markers,
  };
}
