import type { ReactNode } from "react";
import { useGeometry } from "../../data/geometry-query";
import type { ProjectedWorld } from "../../data/geometry-query";
import { LoadErrorPanel } from "../../ui/load-error";
import { Loading } from "../../ui/loading";

/**
 * The map's place while its geometry loads or fails: a busy message, or a named error with Retry.
 * Every view (full, embed, present) uses it, so none is left with a bare sentence or a hole.
 */
export function GeometryGate({ children }: { children: (geometry: ProjectedWorld) => ReactNode }) {
  const geometry = useGeometry();
  if (geometry.data) return children(geometry.data);
  if (geometry.isError)
    return <LoadErrorPanel error={geometry.error} onRetry={() => void geometry.refetch()} />;
  return <Loading className="map-loading">Drawing the map…</Loading>;
}
