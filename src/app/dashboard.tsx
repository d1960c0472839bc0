import type { ReactNode } from "react";
import { countryName } from "../data/countries";
import type { ProjectedWorld } from "../data/geometry-query";
import { formatDate } from "../domain/dates";
import { GeometryGate } from "../features/map/geometry-gate";
import { MapLegend } from "../features/map/map-legend";
import { MapSummary } from "../features/map/map-summary";
import { WorldMap } from "../features/map/world-map";
import { ShareButton } from "../features/share/share-button";
import { CountryStory } from "../features/panel/country-story";
import { PrintSource } from "../features/share/source-line";
import { CompareBanner } from "../features/timeline/compare-banner";
import { DateControls } from "../features/timeline/date-controls";
import {
  useAsOfDate,
  useComparison,
  type Comparison,
  useEventDateWhenUndated,
  useEventIso3s,
} from "../state/derived";
import { usePrefetchDetailsWhenIdle } from "../state/dataset-details";
import { useLoadedDataset } from "../state/loaded-dataset";
import { useNotices } from "../state/notices";
import { selectSelectedIso3, useStore } from "../state/store";
import { AreaBoundary } from "../ui/area-boundary";
import { AfterFirstPaint } from "../ui/after-first-paint";
import { AsOfDate } from "../ui/as-of-date";
import { BottomSheet } from "../ui/bottom-sheet";
import { Loading } from "../ui/loading";
import { Notices } from "../ui/notices";
import { LazyPart, retryableLazy } from "../ui/retryable-lazy";
import { Announcer } from "./announcer";
import { ThemeToggle } from "./theme-toggle";
import { PHONE_QUERY, WIDE_QUERY, useMediaQuery } from "./use-media-query";

// Off the first load: the table is one click away, the chart sits below the fold.
// Each has its own boundary: a chart that fails to load leaves the slider, play and events working.
const CountryTable = retryableLazy(() =>
  import("../features/table/country-table").then((m) => m.CountryTable),
);
const CountsChart = retryableLazy(() =>
  import("../features/timeline/counts-chart").then((m) => m.CountsChart),
);
// Off the first load too: they mount after the map's first frame anyway (AfterFirstPaint).
const SidePanel = retryableLazy(() =>
  import("../features/panel/side-panel").then((m) => m.SidePanel),
);
const TimelineDetails = retryableLazy(() =>
  import("../features/timeline/timeline-details").then((m) => m.TimelineDetails),
);

/** While comparing on a narrow screen, the reader may show the map at the earlier date. */
function useMapDate(): string | undefined {
  const since = useStore((s) => s.since);
  const compareSide = useStore((s) => s.compareSide);
  return since && compareSide === "since" ? since : undefined;
}

/**
 * The map with the event and comparison marks, and its summary in words. Its own component, so
 * that the event and comparison subscriptions re-render the map alone, not the dashboard and
 * every event button with it. It does not read the as-of date unless comparing: a date step
 * leaves it (and the map's frame) alone, and the map recolours its changed shapes itself. On a
 * wide screen a comparison shows both dates' maps side by side, in date order; the earlier one
 * is a picture (the live map stays the one to click and zoom).
 */
function DashboardMap({ crop, isWide }: { crop: boolean; isWide: boolean }) {
  const highlighted = useEventIso3s();
  const comparison = useComparison();
  const since = useStore((s) => s.since);
  const toggledDate = useMapDate();
  const sideBySide = isWide && since !== null;
  const mapDate = sideBySide ? undefined : toggledDate;
  const liveMap = (geometry: ProjectedWorld) => (
    <WorldMap
      geometry={geometry}
      highlighted={highlighted}
      changed={comparison.changed}
      coverageBegan={comparison.coverageBegan}
      date={mapDate}
      crop={crop}
    />
  );
  if (!sideBySide)
    return (
      <>
        <MapSummary date={mapDate} />
        <GeometryGate>{liveMap}</GeometryGate>
      </>
    );
  return <SideBySideMaps since={since} comparison={comparison} liveMap={liveMap} />;
}

/** A comparison on a wide screen: the earlier date's map as a picture beside the live map. */
function SideBySideMaps({
  since,
  comparison,
  liveMap,
}: {
  since: string;
  comparison: Comparison;
  liveMap: (geometry: ProjectedWorld) => ReactNode;
}) {
  const asOf = useAsOfDate();
  const isSinceFirst = since <= asOf;
  return (
    <GeometryGate>
      {(geometry) => {
        const sinceMap = (
          <figure className="compare-map" key="since">
            <figcaption>
              <time dateTime={since}>{formatDate(since)}</time>
            </figcaption>
            <MapSummary date={since} />
            <WorldMap
              geometry={geometry}
              changed={comparison.changed}
              coverageBegan={comparison.coverageBegan}
              date={since}
              isStatic
            />
          </figure>
        );
        const asOfMap = (
          <figure className="compare-map" key="as-of">
            <figcaption>
              <time dateTime={asOf}>{formatDate(asOf)}</time> (as of)
            </figcaption>
            <MapSummary />
            {liveMap(geometry)}
          </figure>
        );
        return (
          <div className="compare-maps" data-testid="compare-maps">
            {isSinceFirst ? [sinceMap, asOfMap] : [asOfMap, sinceMap]}
          </div>
        );
      }}
    </GeometryGate>
  );
}

/** The header's date, in its own component so a date step does not re-render the dashboard. */
function HeaderAsOf() {
  return <AsOfDate date={useAsOfDate()} />;
}

export function Dashboard() {
  const loaded = useLoadedDataset();
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const isWide = useMediaQuery(WIDE_QUERY);
  const selectedIso3 = useStore(selectSelectedIso3);
  const selectCountry = useStore((s) => s.selectCountry);
  useEventDateWhenUndated();
  usePrefetchDetailsWhenIdle();

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>Huawei 5G Policy Map</h1>
          <p className="subtitle">
            Where each country stands on Huawei's 5G network equipment, as of <HeaderAsOf />
          </p>
        </div>
        <div className="header-actions">
          <ShareButton />
          <div className="view-switch" role="group" aria-label="View">
            <button type="button" aria-pressed={view === "map"} onClick={() => setView("map")}>
              Map
            </button>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              Table
            </button>
          </div>
          <ThemeToggle />
        </div>
      </header>
      <Announcer />
      <Notices {...useNotices()} />
      <CompareBanner sideBySide={isWide && view === "map"} />
      <main className="layout">
        <section className="map-area" aria-label={view === "map" ? "Map" : "Table"}>
          <AreaBoundary name={view === "map" ? "the map" : "the table"}>
            {view === "table" ? (
              <LazyPart
                part={CountryTable}
                name="the table"
                fallback={<Loading>Loading the table…</Loading>}
                props={{}}
              />
            ) : (
              <DashboardMap crop={isPhone} isWide={isWide} />
            )}
            <MapLegend />
            <PrintSource />
          </AreaBoundary>
          <section className="timeline" aria-label="Time">
            <AreaBoundary name="the timeline">
              <DateControls />
              <AfterFirstPaint fallback={<div className="counts-chart-placeholder" />}>
                <LazyPart
                  part={TimelineDetails}
                  name="the events"
                  fallback={<div className="counts-chart-placeholder" />}
                  props={{
                    chart: (
                      <LazyPart
                        part={CountsChart}
                        name="the counts chart"
                        compact
                        fallback={<div className="counts-chart-placeholder" />}
                        props={{}}
                      />
                    ),
                  }}
                />
              </AfterFirstPaint>
            </AreaBoundary>
          </section>
        </section>
        {/* The empty panel keeps its column (and its border) until the lists are here. */}
        <AfterFirstPaint frames={2} fallback={<div className="side-panel" />}>
          <LazyPart
            part={SidePanel}
            name="the side panel"
            fallback={<div className="side-panel" />}
            props={{ showStory: !isPhone }}
          />
        </AfterFirstPaint>
      </main>
      {isPhone && selectedIso3 && (
        <BottomSheet label={countryName(selectedIso3)} onClose={() => selectCountry(null)}>
          {/* In the first load: the sheet opens with the story in it and moves focus to it. */}
          <AreaBoundary name="the country's story">
            <CountryStory iso3={selectedIso3} />
          </AreaBoundary>
        </BottomSheet>
      )}
      <footer className="app-footer">
        <p>
          Dataset {loaded.dataset.version} ·{" "}
          {loaded.dataset.countries.filter((c) => c.history.length > 0).length} countries with a
          recorded position · {loaded.dataset.events.length} events · every status cites its
          sources. Map: Natural Earth via world-atlas.
        </p>
      </footer>
    </div>
  );
}
