import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Box, ProjectedWorld } from "../data/geometry-query";
import { LEFT_OUT } from "./map-model";

/** Width of the frame every map is drawn in; pictures scale the frame into their own box. */
export const FRAME_WIDTH = 800;

const round = (value: number) => Math.round(value * 10) / 10;
const roundBox = ([[x0, y0], [x1, y1]]: Box): Box => [
  [round(x0), round(y0)],
  [round(x1), round(y1)],
];

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
    const d = path(country);
    if (!d) continue;
    const bounds = roundBox(path.bounds(country));
    land = land
      ? [
          [Math.min(land[0][0], bounds[0][0]), Math.min(land[0][1], bounds[0][1])],
          [Math.max(land[1][0], bounds[1][0]), Math.max(land[1][1], bounds[1][1])],
        ]
      : bounds;
    shapes.push(iso3 ? { iso3, d, bounds } : { d, bounds });
  }
  const globe = roundBox(path.bounds(sphere));
  const markers = smallStates.flatMap((state) => {
    const point = projection(state.coordinates);
    return point ? [{ iso3: state.iso3, x: round(point[0]), y: round(point[1]) }] : [];
  });
  return {
    width: FRAME_WIDTH,
    height: Math.ceil(globe[1][1]),
    sphere: path(sphere) ?? "",
    land: land ?? globe,
    shapes,
    smallStates: markers,
  };
}
