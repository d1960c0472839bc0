import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Topology } from "topojson-specification";
import { fetchJson, LoadError, assetUrl } from "./fetch-json";

export interface SmallState {
  iso3: string;
  coordinates: [number, number];
}

export interface WorldGeometry {
  topology: Topology;
  smallStates: SmallState[];
}

export const GEOMETRY_PATH = "data/world.json";

export async function fetchGeometry({
  signal,
}: { signal?: AbortSignal } = {}): Promise<WorldGeometry> {
  const json = (await fetchJson(
    "the world map",
    assetUrl(GEOMETRY_PATH),
    signal,
  )) as Partial<WorldGeometry>;
  if (json?.topology?.type !== "Topology" || !Array.isArray(json.smallStates))
    throw new LoadError("the world map", "The map geometry file is not in the expected shape");
  return json as WorldGeometry;
}

export const geometryQueryOptions = () =>
  queryOptions({ queryKey: ["geometry"], queryFn: fetchGeometry, staleTime: Infinity });

export function useGeometry() {
  return useQuery(geometryQueryOptions());
}
