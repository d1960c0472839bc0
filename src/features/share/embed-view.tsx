import { useRef } from "react";
import { SITE_TITLE } from "../../domain/map-picture";
import { MapLegend } from "../map/map-legend";
import { GeometryGate } from "../map/geometry-gate";
import { WorldMap } from "../map/world-map";
import { Notices } from "../../ui/notices";
import { SourceLine } from "./source-line";
import { useHeightPost } from "./use-height-post";
import { useViewUrl } from "./use-view-url";

/** ?embed=1: the map, legend, date and source only, sized to any iframe without scrollbars. */
export function EmbedView() {
  const fullMapUrl = useViewUrl("full");
  const ref = useRef<HTMLDivElement>(null);
  useHeightPost(ref);
  return (
    <main className="embed" ref={ref}>
      <h1 className="visually-hidden">{SITE_TITLE}</h1>
      <Notices />
      <div className="embed-map">
        <GeometryGate>
          {(geometry) => <WorldMap geometry={geometry} interactive={false} />}
        </GeometryGate>
      </div>
      <MapLegend interactive={false} />
      <SourceLine>
        <a href={fullMapUrl} target="_blank" rel="noopener">
          Open the full map ↗
        </a>
      </SourceLine>
    </main>
  );
}
