import { renderToStaticMarkup } from "react-dom/server";
import type { LoadedDataset } from "../../src/domain/loaded-dataset.ts";
import type { ProjectedWorld } from "../../src/data/geometry-query.ts";
import { LoadedDatasetContext } from "../../src/state/loaded-dataset.tsx";
import { RowsAtAsOfProvider } from "../../src/state/as-of.tsx";
import { MapLegend } from "../../src/features/map/map-legend.tsx";
import { WorldMap } from "../../src/features/map/world-map.tsx";
import { AsOfDate } from "../../src/ui/as-of-date.tsx";
import { pathRings } from "../../src/domain/svg-path.ts";

/**
 * The default view's map, rendered at build time by the app's own components from the same map
 * model and projected paths the live map draws, so the first paint already shows the coloured
 * map while the JavaScript and data load. The app replaces it when it starts. Interactive attributes and test hooks are stripped: nothing should find or
 * focus a picture that is about to be swapped out, and screen readers skip it (aria-hidden).
 * Inline style attributes are stripped too, as the Content-Security-Policy forbids them.
 */
export function prerenderedMapHtml(loaded: LoadedDataset, geometry: ProjectedWorld): string {
  const markup = renderToStaticMarkup(
    <LoadedDatasetContext.Provider value={loaded}>
      <RowsAtAsOfProvider>
        <header className="app-header">
          <div>
            <h1>Huawei 5G Policy Map</h1>
            <p className="subtitle">
              Where each country stands on Huawei&apos;s 5G network equipment, as of{" "}
              <AsOfDate date={loaded.dataset.updated} />
            </p>
          </div>
        </header>
        <div className="layout">
          <section className="map-area">
            <WorldMap geometry={geometry} interactive={false} isStatic />
            <MapLegend interactive={false} />
          </section>
          <div className="side-panel" />
        </div>
      </RowsAtAsOfProvider>
    </LoadedDatasetContext.Provider>,
  );
  const inert = markup.replace(/ (?:data-[a-z-]+|role|tabindex|aria-[a-z]+|style|id)="[^"]*"/g, "");
  const light = inert.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${lightenPath(d)}"`);
  return `<div class="app prerendered" aria-hidden="true">${light}</div>`;
}

/** Below this distance (viewBox units, about a screen pixel) a point adds nothing to a placeholder. */
const MIN_STEP = 3;

/**
 * A lighter path for a placeholder: absolute whole-unit coordinates, dropping each point that
 * lies within MIN_STEP of the last one kept.
 */
export function lightenPath(d: string): string {
  return pathRings(d)
    .map(({ points, closed }) => {
      const kept: [number, number][] = [];
      for (const [x, y] of points) {
        const last = kept[kept.length - 1];
        if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP) kept.push([x, y]);
      }
      // A ring needs three points to stay a shape; a speck keeps its first point only.
      const ring = kept.length >= 3 ? kept : kept.slice(0, 1);
      const coords = ring.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`);
      return `M${coords.join("L")}${closed ? "Z" : ""}`;
    })
    .join("");
}
