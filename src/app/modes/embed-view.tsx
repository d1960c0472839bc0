import { useRef } from "react";
import { SITE_TITLE } from "../../domain/map-picture";
import { MapLegend } from "../../features/map/map-legend";
import { GeometryGate } from "../../features/map/geometry-gate";
import { WorldMap } from "../../features/map/world-map";
import { Notices } from "../../ui/notices";
import { useNotices } from "../../state/notices";
import { SourceLine } from "../../features/share/source-line";
import { useHeightPost } from "../../features/share/use-height-post";
import { useViewUrl } from "../../features/share/use-view-url";

/** ?embed=1: the map, legend, date and source only, sized to any iframe without scrollbars. */
export function EmbedView() {
  const fullMapUrl = useViewUrl("full");
  const ref = useRef<HTMLDivElement>(null);
  useHeightPost(ref);
  return (
    <main className="embed" ref={ref}>
      <h1 className="visually-hidden">{SITE_TITLE}</h1>
      <Notices {...useNotices()} />
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
