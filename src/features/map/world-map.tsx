import { memo, useCallback, useMemo, useRef, useState } from "react";
import type { ProjectedWorld } from "../../data/geometry-query";
import { useLoadedDataset } from "../../state/loaded-dataset";
import type { FitTarget } from "../../domain/camera";
import { boxAround, mapModel } from "../../domain/map-model";
import { useStore } from "../../state/store";
import { CountryShape, SmallStateMarker } from "./country-shape";
import { MapFrame } from "./map-frame";
import { MapOverlays } from "./map-overlays";
import { MapTooltip } from "./map-tooltip";
import { MapInsets } from "./map-insets";
import { MAP_PATTERNS, PatternOverlay } from "./pattern-overlay";
import { PatternDefs } from "../../ui/pattern-defs";
import { AfterFirstPaint } from "../../ui/after-first-paint";
import { useCamera } from "./use-camera";
import { QuickViews } from "./quick-views";
import { useMapTooltip } from "./use-map-tooltip";
import { usePatternsShown } from "./use-patterns-shown";
import { useRovingFocus } from "./use-roving-focus";
import { ShapeStates } from "./shape-states";
import { ShapeStatesFeed } from "./shape-states-feed";

export interface WorldMapProps {
  geometry: ProjectedWorld;
  /** Countries an event touched, drawn with a highlight. */
  highlighted?: ReadonlySet<string>;
  /** Countries whose status changed in a comparison. */
  changed?: ReadonlySet<string>;
  /** Countries whose coverage began between the compared dates (marked apart from changes). */
  coverageBegan?: ReadonlySet<string>;
  /** The date whose statuses the map shows; the as-of date unless given (compare shows either). */
  date?: string;
  /** Fill a box taller than the world's shape by cropping the sides (phones), not letterboxing. */
  crop?: boolean;
  /** Embed and presentation views keep the map still unless asked. */
  interactive?: boolean;
  /** A picture only (the build's prerendered first paint): no hooks, handlers or tab stops. */
  isStatic?: boolean;
}

const EMPTY = new Set<string>();
/** Short numbers in the DOM: a hundredth of a unit is far below a pixel. */
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * The live map: the build's projected shapes (src/domain/map-model.ts), coloured at the as-of
 * date. A date step does not render this component: the shapes read their states from a store
 * of their own (shape-states.ts), fed by ShapeStatesFeed, and only those that changed re-render.
 * Memoised: a parent that re-renders with the same marks (the geometry query, the dashboard)
 * does not redraw it.
 */
export const WorldMap = memo(function WorldMap({
  geometry,
  highlighted = EMPTY,
  changed = EMPTY,
  coverageBegan = EMPTY,
  date: shownDate,
  crop = false,
  interactive = true,
  isStatic = false,
}: WorldMapProps) {
  const { dataset } = useLoadedDataset();
  const selectedIso3 = useStore((s) => s.selectedIso3);
  const selectCountry = useStore((s) => s.selectCountry);
  const patternsShown = usePatternsShown();
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [store] = useState(() => new ShapeStates());

  // What is drawn, marked and reachable by keyboard depends on the dataset, not the date.
  const model = useMemo(
    () => mapModel(geometry, new Set(dataset.countries.map((c) => c.iso3))),
    [geometry, dataset],
  );
  const iso3s = useMemo(
    () => [...model.countries, ...model.markers].map((shape) => shape.iso3),
    [model],
  );
  const { focusIso3, onKeyDown } = useRovingFocus(
    model.focusOrder,
    selectedIso3,
    containerRef,
    selectCountry,
  );
  const { tooltip, handlers } = useMapTooltip(containerRef, selectCountry);
  const boxFor = useCallback(
    (target: FitTarget) => {
      switch (target.kind) {
        case "country":
          return boxAround(model, [target.iso3]);
        case "area":
          return boxAround(model, target.iso3s);
        case "event":
          return boxAround(
            model,
            dataset.events.find((e) => e.id === target.eventId)?.countries ?? [],
          );
        case "region":
          return boxAround(
            model,
            dataset.countries.filter((c) => c.region === target.region).map((c) => c.iso3),
            { leaveOutGiants: true },
          );
      }
    },
    [model, dataset],
  );
  const { transform, zoomBy, reset, pointerHandlers } = useCamera({
    svgRef,
    view: model.viewBox,
    crop,
    isInteractive: interactive && !isStatic,
    boxFor,
  });
  // The prerendered first paint is always the world, whatever a store holds.
  const camera = isStatic ? { k: 1, x: 0, y: 0 } : transform;
  const shapeHandlers = isStatic ? undefined : handlers;
  const [[x0, y0], [x1, y1]] = model.viewBox;

  return (
    <div className="world-map" ref={containerRef} onKeyDown={isStatic ? undefined : onKeyDown}>
      {/* First: the shapes below read the states it puts in the store on the first render. */}
      <ShapeStatesFeed
        store={store}
        iso3s={iso3s}
        date={shownDate}
        selectedIso3={selectedIso3}
        highlighted={highlighted}
        changed={changed}
        coverageBegan={coverageBegan}
        focusIso3={focusIso3}
      />
      <MapFrame
        svgRef={svgRef}
        viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
        crop={crop}
        isStatic={isStatic}
        date={shownDate}
        pointerHandlers={pointerHandlers}
      >
        {patternsShown && !isStatic && (
          <defs>
            {/* Tiles keep their size on screen as the map zooms. */}
            <PatternDefs scope={MAP_PATTERNS} unit={1.2 / camera.k} />
          </defs>
        )}
        <g
          className="map-camera"
          transform={`translate(${round(camera.x, 2)} ${round(camera.y, 2)}) scale(${round(camera.k, 4)})`}
          // Borders and outlines keep their width on screen however far the map is zoomed.
          style={{ "--camera-k": camera.k } as React.CSSProperties}
        >
          {model.background.map((shape, i) => (
            <path key={i} d={shape.d} className="country-unmatched" aria-hidden="true" />
          ))}
          {model.countries.map((shape) => (
            <CountryShape
              key={shape.iso3}
              d={shape.d}
              iso3={shape.iso3}
              store={store}
              handlers={shapeHandlers}
            />
          ))}
          {/* Not in the prerendered first paint: hidden there, it would add 17 KB to the page. */}
          {patternsShown && !isStatic && <PatternOverlay shapes={model.countries} store={store} />}
          <MapOverlays countries={model.countries} selectedIso3={selectedIso3} changed={changed} />
          {model.markers.map((marker) => (
            <SmallStateMarker
              key={marker.iso3}
              x={marker.x}
              y={marker.y}
              // Between a fixed size on screen (a zoomed country hidden under its dot) and growing
              // with the zoom (its neighbours hidden): about 9 px across at world zoom on a
              // desktop and 24 px, a finger's target, at the closest.
              radius={4 / Math.sqrt(camera.k)}
              iso3={marker.iso3}
              store={store}
              handlers={shapeHandlers}
            />
          ))}
          {/*
           * A phone's cropped map cuts the ocean the insets sit on, and a zoomed map carries
           * them off its edge (they would be cut in half) while showing the region itself. They
           * come a frame after the map: the countries are what a reader reaches for first.
           */}
          {!crop && !isStatic && camera.k === 1 && (
            <AfterFirstPaint>
              <MapInsets
                model={model}
                store={store}
                patterns={patternsShown}
                zoom={camera.k}
                onSelect={shapeHandlers?.onSelect}
              />
            </AfterFirstPaint>
          )}
        </g>
      </MapFrame>
      {interactive && !isStatic && (
        <div className="zoom-controls" role="group" aria-label="Zoom">
          <button type="button" onClick={() => zoomBy(1.6)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoomBy(1 / 1.6)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={reset} aria-label="Reset zoom: show the whole world">
            ⟲
          </button>
        </div>
      )}
      {interactive && !isStatic && <QuickViews />}
      {tooltip && <MapTooltip anchor={tooltip} />}
    </div>
  );
});
