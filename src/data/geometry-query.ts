import { queryOptions, useQuery } from "@tanstack/react-query";
import { fetchJson, LoadError, assetUrl } from "./fetch-json";

/** [[left, top], [right, bottom]] in the frame's pixels. */
export type Box = [[number, number], [number, number]];

export interface ProjectedShape {
  /** Absent for land without an ISO code (drawn as background). */
  iso3?: string;
  /** SVG path data in the frame's pixels. */
  d: string;
  bounds: Box;
  /** The box a camera fits to show the country: its main land, where that differs from `bounds`. */
  focus?: Box;
}

/**
 * public/data/world-map.json: the world already projected by the build
 * (src/domain/world-projection.ts), so the browser draws paths and never re-projects.
 */
export interface ProjectedWorld {
  /** The frame: the whole globe fits it exactly. */
  width: number;
  height: number;
  /** The globe's outline (the ocean). */
  sphere: string;
  /** The box around every drawn shape. */
  land: Box;
  shapes: ProjectedShape[];
  /** A point for every country too small to see or missing from the 1:110m map. */
  smallStates: { iso3: string; x: number; y: number }[];
}

export const GEOMETRY_PATH = "data/world-map.json";

export async function fetchGeometry({
  signal,
}: { signal?: AbortSignal } = {}): Promise<ProjectedWorld> {
  const json = (await fetchJson(
    "the world map",
    assetUrl(GEOMETRY_PATH),
    signal,
  )) as Partial<ProjectedWorld>;
  if (
    typeof json?.width !== "number" ||
    !Array.isArray(json.shapes) ||
    !Array.isArray(json.smallStates)
  )
    throw new LoadError("the world map", "The map geometry file is not in the expected shape");
  return json as ProjectedWorld;
}

export const geometryQueryOptions = () =>
  queryOptions({ queryKey: ["geometry"], queryFn: fetchGeometry, staleTime: Infinity });

export function useGeometry() {
  return useQuery(geometryQueryOptions());
}
