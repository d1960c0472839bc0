import { memo, useMemo } from "react";
import type { Box } from "../../data/geometry-query";
import {
  fitBox,
  frameFor,
  insetContent,
  type MapInset,
  type MapModel,
} from "../../domain/map-model";
import { hasPattern, patternId } from "../../domain/patterns";
import type { ShapeState } from "../../domain/map-shapes";
import { useShapeStatesValue, type ShapeStates } from "./shape-states";
import { statusColor } from "../../domain/palette";
import { PatternDefs } from "../../ui/pattern-defs";

/** An inset's box on the live map: its slot, cut to the view (the live map crops the ocean). */
export function liveInsets(model: MapModel): MapInset[] {
  const [[, top], [, bottom]] = model.viewBox;
  return model.insets.map((inset) => {
    const slot: Box = [
      [inset.slot[0][0], Math.max(inset.slot[0][1], top + 2)],
      [inset.slot[1][0], Math.min(inset.slot[1][1], bottom - 2)],
    ];
    return { ...inset, slot, frame: frameFor(inset.around, slot, inset.pad, inset.minSide) };
  });
}

interface InsetProps {
  inset: MapInset;
  model: MapModel;
  store: ShapeStates;
  patterns: boolean;
  /** The camera's zoom, so pattern tiles keep their size on screen. */
  zoom: number;
  onSelect?: (iso3: string) => void;
}

/** What an inset draws of its countries' states, as one string: it redraws when this changes. */
function drawnStates(store: ShapeStates, iso3s: readonly string[]): string {
  let key = "";
  for (const iso3 of iso3s) {
    const { status, isFaded, isSelected } = store.get(iso3);
    key += `${status}${isFaded ? "f" : ""}${isSelected ? "s" : ""} `;
  }
  return key;
}

/**
 * One region enlarged in a labelled box over open ocean (src/domain/map-model.ts), so Europe's
 * microstates, the Gulf and the Caribbean can be seen and clicked. A picture of the shapes the
 * map already has: the keyboard reaches every country on the map itself, so the inset is hidden
 * from assistive technology and carries no CONTRACT hooks (a country is found once).
 */
const Inset = memo(function Inset({ inset, model, store, patterns, zoom, onSelect }: InsetProps) {
  const [[x0, y0], [x1, y1]] = inset.slot;
  const t = fitBox(inset.frame, inset.slot);
  const scope = `live-inset-${inset.id}`;
  const clip = `clip-${scope}`;
  const content = useMemo(() => {
    const { countries, background, dots } = insetContent(model, inset.frame);
    return { countries, background, dots, iso3s: [...countries, ...dots].map((s) => s.iso3) };
  }, [model, inset.frame]);
  const { countries: shapes, background, dots } = content;
  // A date step re-renders an inset only when one of its own countries is drawn differently.
  useShapeStatesValue(store, (current) => drawnStates(current, content.iso3s));
  const select = (iso3: string) => onSelect && (() => onSelect(iso3));
  const fillOf = (state: ShapeState | undefined) => statusColor(state?.status ?? "no_data");
  const classOf = (state: ShapeState | undefined) =>
    [
      "inset-shape",
      (state?.status ?? "no_data") === "no_data" && "is-no-data",
      state?.isFaded && "is-faded",
    ]
      .filter(Boolean)
      .join(" ");
  return (
    <g className="map-inset" data-inset={inset.id}>
      <defs>
        <clipPath id={clip}>
          <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} />
        </clipPath>
        {patterns && <PatternDefs scope={scope} unit={1.2 / zoom / t.scale} />}
      </defs>
      <rect className="inset-ocean" x={x0} y={y0} width={x1 - x0} height={y1 - y0} />
      <g clipPath={`url(#${clip})`}>
        <g transform={`translate(${t.x} ${t.y}) scale(${t.scale})`}>
          {background.map((s, i) => (
            <path key={i} d={s.d} className="country-unmatched" vectorEffect="non-scaling-stroke" />
          ))}
          {shapes.map((s) => {
            const state = store.get(s.iso3);
            return (
              <path
                key={s.iso3}
                d={s.d}
                data-inset-iso3={s.iso3}
                className={classOf(state)}
                fill={fillOf(state)}
                vectorEffect="non-scaling-stroke"
                onClick={select(s.iso3)}
              />
            );
          })}
          {/* When the map draws its patterns (on, or in print), the insets do too. */}
          {patterns && (
            <g className="pattern-overlay" pointerEvents="none">
              {shapes
                .filter((s) => hasPattern(store.get(s.iso3)?.status ?? "no_data"))
                .map((s) => (
                  <path
                    key={s.iso3}
                    d={s.d}
                    className={store.get(s.iso3)?.isFaded ? "is-faded" : undefined}
                    fill={`url(#${patternId(scope, store.get(s.iso3).status)})`}
                  />
                ))}
            </g>
          )}
          {shapes
            .filter((s) => store.get(s.iso3)?.isSelected)
            .map((s) => (
              <path
                key={`s-${s.iso3}`}
                d={s.d}
                className="selected-outline"
                vectorEffect="non-scaling-stroke"
                pointerEvents="none"
              />
            ))}
        </g>
        {dots.map((m) => {
          const state = store.get(m.iso3);
          return (
            <circle
              key={m.iso3}
              data-inset-iso3={m.iso3}
              cx={m.x * t.scale + t.x}
              cy={m.y * t.scale + t.y}
              r={3.5}
              className={`${classOf(state)}${state?.isSelected ? " is-selected" : ""}`}
              fill={fillOf(state)}
              onClick={select(m.iso3)}
            />
          );
        })}
      </g>
      <rect className="inset-frame" x={x0} y={y0} width={x1 - x0} height={y1 - y0} />
      <text className="inset-label" x={x0 + 3} y={y0 + 11}>
        {inset.label}
      </text>
    </g>
  );
});

/** The region insets of the live map (not on a phone's cropped map, where the ocean is cut). */
export function MapInsets(props: Omit<InsetProps, "inset">) {
  const insets = useMemo(() => liveInsets(props.model), [props.model]);
  return (
    <g aria-hidden="true">
      {insets.map((inset) => (
        <Inset key={inset.id} inset={inset} {...props} />
      ))}
    </g>
  );
}
