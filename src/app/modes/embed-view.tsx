import { useEffect, useRef } from "react";
import { formatDate } from "../../domain/dates";
import { SITE_TITLE } from "../../domain/map-picture";
import { MapLegend } from "../../features/map/map-legend";
import { GeometryGate } from "../../features/map/geometry-gate";
import { WorldMap } from "../../features/map/world-map";
import { SourceLine } from "../../features/share/source-line";
import { useHeightPost } from "../../features/share/use-height-post";
import { useViewUrl } from "../../features/share/use-view-url";
import { useAsOfDate, useEventDateWhenUndated } from "../../state/derived";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { useNotices } from "../../state/notices";
import { selectEventId, useStore } from "../../state/store";
import type { EmbedTheme } from "../../state/view-state";
import { Notices } from "../../ui/notices";

/** theme=light|dark fixes the colours; auto (or none) follows the reader's system setting. */
function useEmbedTheme(theme: EmbedTheme | null) {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "light" || theme === "dark") root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
}

/**
 * ?embed=1: a one-line headline (as-of date, and the event of event=), the map, legend and
 * source, sized to any iframe without scrollbars; plain=1 keeps the map and legend only.
 */
export function EmbedView({ pymChildId }: { pymChildId: string | null }) {
  const { dataset } = useLoadedDataset();
  const fullMapUrl = useViewUrl("full");
  const date = useAsOfDate();
  const eventId = useStore(selectEventId);
  const theme = useStore((s) => s.theme);
  const plain = useStore((s) => s.plain);
  const event = dataset.events.find((e) => e.id === eventId);
  const ref = useRef<HTMLElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  useHeightPost(ref, mapRef, pymChildId);
  useEmbedTheme(theme);

  useEventDateWhenUndated();

  const fullMapLink = (
    <a href={fullMapUrl} target="_blank" rel="noopener">
      {plain ? "Full map ↗" : "Open the full map ↗"}
    </a>
  );
  return (
    <main className={plain ? "embed is-plain" : "embed"} ref={ref}>
      {plain ? (
        <h1 className="visually-hidden">{SITE_TITLE}</h1>
      ) : (
        <h1 className="embed-headline">
          Huawei 5G policy as of <time dateTime={date}>{formatDate(date)}</time>
          {event && <>: {event.title}</>}
        </h1>
      )}
      <Notices {...useNotices()} />
      <div className="embed-map" ref={mapRef}>
        <GeometryGate>
          {(geometry) => <WorldMap geometry={geometry} interactive={false} />}
        </GeometryGate>
      </div>
      <MapLegend interactive={false} />
      {plain ? (
        <p className="source-line">{fullMapLink}</p>
      ) : (
        <SourceLine>{fullMapLink}</SourceLine>
      )}
    </main>
  );
}
