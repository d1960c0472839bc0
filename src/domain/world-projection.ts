import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface ProjectedShape {
  iso3: string;
  /** SVG path data in the target box's pixels. */
  d: string;
  /** [[left, top], [right, bottom]] in pixels. */
  bounds: Box;
}

export interface ProjectedMarker {
  iso3: string;
  x: number;
  y: number;
}

export interface ProjectedWorld {
  shapes: ProjectedShape[];
  /** Unmatched geometry (no ISO code): drawn as background land. */
  background: string[];
  markers: ProjectedMarker[];
  /** The globe's outline (the ocean). */
  sphere: string;
}

export type Box = [[number, number], [number, number]];

/** Path data rounded to a tenth of a pixel: the files stay small and nothing visible changes. */
const round = (path: string) => path.replace(/\d+\.\d+/g, (n) => String(Math.round(+n * 10) / 10));

/**
 * Projects the world geometry (public/data/world.json) into a pixel box with Equal Earth, the
 * projection the interactive map uses. Antarctica is left out, as on the map: it has no status
 * and would take a fifth of the height. Small states become points (the map draws them as dots).
 */
export function projectWorld(
  topology: Topology,
  smallStates: readonly { iso3: string; coordinates: [number, number] }[],
  box: Box,
  markerIso3s: ReadonlySet<string>,
): ProjectedWorld {
  const collection = feature(topology, topology.objects.countries as GeometryCollection);
  const features = collection.features.filter((f) => f.id !== "ATA");
  const projection = geoEqualEarth().fitExtent(box, { type: "FeatureCollection", features });
  const path = geoPath(projection);
  const shapes: ProjectedShape[] = [];
  const background: string[] = [];
  for (const country of features) {
    const d = path(country);
    if (!d) continue;
    if (typeof country.id === "string")
      shapes.push({ iso3: country.id, d: round(d), bounds: path.bounds(country) });
    else background.push(round(d));
  }
  const markers: ProjectedMarker[] = [];
  for (const state of smallStates) {
    if (!markerIso3s.has(state.iso3)) continue;
    const point = projection(state.coordinates);
    if (point)
      markers.push({
        iso3: state.iso3,
        x: Math.round(point[0] * 10) / 10,
        y: Math.round(point[1] * 10) / 10,
      });
  }
  return { shapes, background, markers, sphere: round(path({ type: "Sphere" }) ?? "") };
}
