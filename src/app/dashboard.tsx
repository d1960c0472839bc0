import { useLoadedDataset } from "../data/loaded-dataset";
import { useGeometry } from "../data/geometry-query";
import { formatDate } from "../domain/dates";
import { MapLegend } from "../features/map/map-legend";
import { WorldMap } from "../features/map/world-map";
import { SidePanel } from "../features/panel/side-panel";
import { ShareButton } from "../features/share/share-dialog";
import { PrintSource } from "../features/share/source-line";
import { CountryTable } from "../features/table/country-table";
import { useAsOfDate } from "../state/derived";
import { useStore } from "../state/store";
import { LoadErrorPanel } from "../ui/load-error";
import { Notices } from "../ui/notices";

export function Dashboard() {
  const loaded = useLoadedDataset();
  const geometry = useGeometry();
  const date = useAsOfDate();
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>Huawei 5G Policy Map</h1>
          <p className="subtitle">
            Where each country stands on Huawei's 5G network equipment, as of{" "}
            <time data-testid="as-of-date" dateTime={date}>
              {formatDate(date)}
            </time>
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
        </div>
      </header>
      <Notices />
      <main className="layout">
        <section className="map-area" aria-label={view === "map" ? "Map" : "Table"}>
          {view === "table" ? (
            <CountryTable />
          ) : geometry.isError ? (
            <LoadErrorPanel error={geometry.error} onRetry={() => geometry.refetch()} />
          ) : geometry.data ? (
            <WorldMap geometry={geometry.data} />
          ) : (
            <p className="map-loading" aria-busy="true">
              Drawing the map…
            </p>
          )}
          <MapLegend />
          <PrintSource />
        </section>
        <SidePanel />
      </main>
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
