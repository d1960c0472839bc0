import { useCallback, useMemo, useRef, useState } from "react";
import { ComposableMap, ZoomableGroup } from "react-simple-maps";
import { countryName } from "../../data/countries";
import { useLoadedDataset } from "../../data/loaded-dataset";
import type { WorldGeometry } from "../../data/geometry-query";
import { shapeStateFor, type ShapeContext } from "../../domain/map-shapes";
import { useAsOfDate, useCountryFilter, useCountryRows, useStatusesAt } from "../../state/derived";
import { useStore } from "../../state/store";
import { formatDate } from "../../domain/dates";
import { CountryShape, SmallStateMarker } from "./country-shape";
import { ProjectedCountries, type ProjectedCountry } from "./projected-countries";
import { MapTooltip, type TooltipAnchor } from "./map-tooltip";
import { allowMapGesture } from "./map-gestures";
import { useRovingFocus } from "./use-roving-focus";

/** Shown as markers even without data: the named small states are always findable. */
const ALWAYS_MARKED = new Set(["SGP", "BHR", "MLT", "LUX"]);
const WIDTH = 800;
const HEIGHT = 400;
const INITIAL = { center: [10, 8] as [number, number], zoom: 1 };

export interface WorldMapProps {
  geometry: WorldGeometry;
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
}

const EMPTY = new Set<string>();

export function WorldMap({
  geometry,
  highlighted = EMPTY,
  changed = EMPTY,
  coverageBegan = EMPTY,
  date: shownDate,
  crop = false,
  interactive = true,
}: WorldMapProps) {
  const { dataset } = useLoadedDataset();
  const asOf = useAsOfDate();
  const date = shownDate ?? asOf;
  const statuses = useStatusesAt(date);
  const rows = useCountryRows();
  const filter = useCountryFilter();
  const selectedIso3 = useStore((s) => s.selectedIso3);
  const selectCountry = useStore((s) => s.selectCountry);
  const [position, setPosition] = useState(INITIAL);
  const [tooltip, setTooltip] = useState<TooltipAnchor | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);

  const rowsByIso3 = useMemo(() => new Map(rows.map((row) => [row.iso3, row])), [rows]);
  // Which countries have data, and their keyboard order, depend on the dataset, not the date.
  const dataIso3s = useMemo(() => new Set(dataset.countries.map((c) => c.iso3)), [dataset]);
  const drawnIso3s = useMemo(() => {
    const set = new Set<string>();
    const collection = geometry.topology.objects.countries as {
      geometries: { id?: string | number }[];
    };
    for (const g of collection.geometries) if (typeof g.id === "string") set.add(g.id);
    return set;
  }, [geometry]);
  const markers = useMemo(
    () =>
      // smallStates holds only countries the map drops or draws as a speck.
      geometry.smallStates.filter((s) => ALWAYS_MARKED.has(s.iso3) || dataIso3s.has(s.iso3)),
    [geometry, dataIso3s],
  );
  // Keyboard order: every drawn or marked country with data, by name.
  const focusOrder = useMemo(() => {
    const marked = new Set(markers.map((m) => m.iso3));
    return [...dataIso3s]
      .filter((iso3) => drawnIso3s.has(iso3) || marked.has(iso3))
      .sort((a, b) => countryName(a).localeCompare(countryName(b)));
  }, [dataIso3s, drawnIso3s, markers]);
  const { focusIso3, onKeyDown } = useRovingFocus(
    focusOrder,
    selectedIso3,
    containerRef,
    selectCountry,
  );

  const handlers = useMemo(
    () => ({
      onSelect: (iso3: string) => selectCountry(iso3),
      onPoint: (iso3: string | null, target?: Element, clientX?: number, clientY?: number) => {
        const box = containerRef.current?.getBoundingClientRect();
        if (!iso3 || !box) return setTooltip(null);
        if (target) {
          const rect = target.getBoundingClientRect();
          return setTooltip({
            iso3,
            x: rect.left + rect.width / 2 - box.left,
            y: rect.top - box.top,
          });
        }
        setTooltip({ iso3, x: (clientX ?? 0) - box.left, y: (clientY ?? 0) - box.top });
      },
    }),
    [selectCountry],
  );

  const context: ShapeContext = {
    categories: dataset.categories,
    statuses,
    rowsByIso3,
    filter,
    selectedIso3,
    highlighted,
    changed,
    coverageBegan,
    focusIso3,
  };
  const zoomBy = useCallback(
    (factor: number) =>
      setPosition((p) => ({ ...p, zoom: Math.min(8, Math.max(1, p.zoom * factor)) })),
    [],
  );

  return (
    <div className="world-map" ref={containerRef} onKeyDown={onKeyDown}>
      <ComposableMap
        data-testid="world-map"
        projection="geoEqualEarth"
        projectionConfig={{ scale: 155 }}
        width={WIDTH}
        height={HEIGHT}
        // Phones give the map a taller box than the world's shape: fill it, two fingers pan.
        preserveAspectRatio={crop ? "xMidYMid slice" : undefined}
        role="group"
        aria-label={`World map of positions on Huawei 5G equipment on ${formatDate(date)}. Use the arrow keys to move between countries, Enter to select, Escape to clear.`}
      >
        <defs>
          <pattern
            id="changed-hatch"
            patternUnits="userSpaceOnUse"
            width="4"
            height="4"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="4" stroke="#111" strokeWidth="1.4" />
          </pattern>
        </defs>
        <ZoomableGroup
          center={position.center}
          zoom={position.zoom}
          minZoom={1}
          maxZoom={8}
          filterZoomEvent={interactive ? allowMapGesture : () => false}
          onMoveEnd={({ coordinates, zoom }) =>
            coordinates && zoom && setPosition({ center: coordinates, zoom })
          }
        >
          <ProjectedCountries topology={geometry.topology}>
            {(geographies) => (
              <>
                {geographies.map((geo) =>
                  typeof geo.id === "string" && geo.id !== "ATA" ? (
                    <CountryShape
                      key={geo.rsmKey}
                      geography={geo}
                      state={shapeStateFor(geo.id, context)}
                      handlers={handlers}
                    />
                  ) : geo.id !== "ATA" ? (
                    <path
                      key={geo.rsmKey}
                      d={geo.svgPath ?? undefined}
                      className="country-unmatched"
                      aria-hidden="true"
                    />
                  ) : null,
                )}
                <Overlays geographies={geographies} selectedIso3={selectedIso3} changed={changed} />
              </>
            )}
          </ProjectedCountries>
          {markers.map((marker) => (
            <SmallStateMarker
              key={marker.iso3}
              coordinates={marker.coordinates}
              radius={4 / Math.sqrt(position.zoom)}
              state={shapeStateFor(marker.iso3, context)}
              handlers={handlers}
            />
          ))}
        </ZoomableGroup>
      </ComposableMap>
      {interactive && (
        <div className="zoom-controls" role="group" aria-label="Zoom">
          <button type="button" onClick={() => zoomBy(1.6)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoomBy(1 / 1.6)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => setPosition(INITIAL)} aria-label="Reset zoom">
            ⟲
          </button>
        </div>
      )}
      {tooltip && <MapTooltip anchor={tooltip} />}
    </div>
  );
}

/** Outlines drawn above every shape, so a selected or changed border is never hidden by a neighbour. */
function Overlays({
  geographies,
  selectedIso3,
  changed,
}: {
  geographies: ProjectedCountry[];
  selectedIso3: string | null;
  changed: ReadonlySet<string>;
}) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      {geographies
        .filter((geo) => changed.has(geo.id as string))
        .map((geo) => (
          <path
            key={`changed-${geo.rsmKey}`}
            d={geo.svgPath ?? undefined}
            className="changed-overlay"
            fill="url(#changed-hatch)"
          />
        ))}
      {geographies
        .filter((geo) => geo.id === selectedIso3)
        .map((geo) => (
          <path
            key={`selected-${geo.rsmKey}`}
            d={geo.svgPath ?? undefined}
            className="selected-outline"
          />
        ))}
    </g>
  );
}
