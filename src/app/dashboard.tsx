import { lazy, Suspense } from "react";
import { useLoadedDataset } from "../data/loaded-dataset";
import { useGeometry } from "../data/geometry-query";
import { MapLegend } from "../features/map/map-legend";
import { MapSummary } from "../features/map/map-summary";
import { WorldMap } from "../features/map/world-map";
import { SidePanel } from "../features/panel/side-panel";
import { ShareButton } from "../features/share/share-button";
import { PrintSource } from "../features/share/source-line";
import { CompareBanner } from "../features/timeline/compare-banner";
import { DateControls } from "../features/timeline/date-controls";
import { EventDetail } from "../features/timeline/event-detail";
import { EventsTimeline } from "../features/timeline/events-timeline";
import { useAsOfDate, useComparison, useEventIso3s } from "../state/derived";
import { AsOfDate } from "../ui/as-of-date";
import { selectSelectedIso3, useStore } from "../state/store";
import { LoadErrorPanel } from "../ui/load-error";
import { Notices } from "../ui/notices";
import { AreaBoundary } from "../ui/area-boundary";
import { countryName } from "../data/countries";
import { CountryStory } from "../features/panel/country-story";
import { BottomSheet } from "../ui/bottom-sheet";
import { Announcer } from "./announcer";
import { PHONE_QUERY, useMediaQuery } from "./use-media-query";
import { ThemeToggle } from "./theme-toggle";

// Off the first load: the table is one click away, the chart sits below the fold.
const CountryTable = lazy(() =>
  import("../features/table/country-table").then((m) => ({ default: m.CountryTable })),
);
const CountsChart = lazy(() =>
  import("../features/timeline/counts-chart").then((m) => ({ default: m.CountsChart })),
);

export function Dashboard() {
  const loaded = useLoadedDataset();
  const geometry = useGeometry();
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const highlighted = useEventIso3s();
  const comparison = useComparison();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const selectedIso3 = useStore(selectSelectedIso3);
  const selectCountry = useStore((s) => s.selectCountry);
  const since = useStore((s) => s.since);
  const compareSide = useStore((s) => s.compareSide);
  const asOf = useAsOfDate();
  // While comparing, the reader may show the map at the earlier date.
  const mapDate = since && compareSide === "since" ? since : undefined;

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>Huawei 5G Policy Map</h1>
          <p className="subtitle">
            Where each country stands on Huawei's 5G network equipment, as of <AsOfDate />
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
      <Notices />
      <CompareBanner />
      <main className="layout">
        <section className="map-area" aria-label={view === "map" ? "Map" : "Table"}>
          <AreaBoundary name={view === "map" ? "the map" : "the table"}>
            {view === "map" && <MapSummary date={mapDate ?? asOf} />}
            {view === "table" ? (
              <Suspense fallback={<p aria-busy="true">Loading the table…</p>}>
                <CountryTable />
              </Suspense>
            ) : geometry.isError ? (
              <LoadErrorPanel error={geometry.error} onRetry={() => geometry.refetch()} />
            ) : geometry.data ? (
              <WorldMap
                geometry={geometry.data}
                highlighted={highlighted}
                changed={comparison.changed}
                coverageBegan={comparison.coverageBegan}
                date={mapDate}
                crop={isPhone}
              />
            ) : (
              <p className="map-loading" aria-busy="true">
                Drawing the map…
              </p>
            )}
            <MapLegend />
            <PrintSource />
          </AreaBoundary>
          <section className="timeline" aria-label="Time">
            <AreaBoundary name="the timeline">
              <DateControls />
              <EventDetail />
              <Suspense fallback={<div className="counts-chart-placeholder" />}>
                <CountsChart />
              </Suspense>
              <EventsTimeline />
            </AreaBoundary>
          </section>
        </section>
        <AreaBoundary name="the side panel">
          <SidePanel showStory={!isPhone} />
        </AreaBoundary>
      </main>
      {isPhone && selectedIso3 && (
        <BottomSheet label={countryName(selectedIso3)} onClose={() => selectCountry(null)}>
          <AreaBoundary name="the country's story">
            <CountryStory iso3={selectedIso3} />
          </AreaBoundary>
        </BottomSheet>
      )}
      <footer className="app-footer">
        <p>
          Dataset {loaded.dataset.version} · {loaded.dataset.countries.length} countries ·{" "}
          {loaded.dataset.events.length} events · every status cites its sources. Map: Natural Earth
          via world-atlas.
        </p>
      </footer>
    </div>
  );
}
