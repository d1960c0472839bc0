import { memo, useMemo } from "react";
import type { Box } from "../../data/geometry-query";
import {
  fitBox,
  frameFor,
  insetContent,
  type MapInset,
  type MapModel,
} from "../../domain/map-model";
import type { ShapeState } from "../../domain/map-shapes";
import { PatternShape } from "./pattern-overlay";
import { useShapeState, useShapeStatesValue, type ShapeStates } from "./shape-states";
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

const classOf = ({ status, isFaded }: ShapeState) =>
  ["inset-shape", status === "no_data" && "is-no-data", isFaded && "is-faded"]
    .filter(Boolean)
    .join(" ");

interface InsetCountryProps {
  iso3: string;
  store: ShapeStates;
  onSelect?: (iso3: string) => void;
}

/** One country in an inset; like the map's shapes, it re-renders only when its state changes. */
const InsetShape = memo(function InsetShape({
  d,
  iso3,
  store,
  onSelect,
}: InsetCountryProps & { d: string }) {
  const state = useShapeState(store, iso3);
  return (
    <path
      d={d}
      data-inset-iso3={iso3}
      className={classOf(state)}
      fill={statusColor(state.status)}
      vectorEffect="non-scaling-stroke"
      onClick={onSelect && (() => onSelect(iso3))}
    />
  );
});

/** A small state's dot in an inset. */
const InsetDot = memo(function InsetDot({
  cx,
  cy,
  iso3,
  store,
  onSelect,
}: InsetCountryProps & { cx: number; cy: number }) {
  const state = useShapeState(store, iso3);
  return (
    <circle
      data-inset-iso3={iso3}
      cx={cx}
      cy={cy}
      r={3.5}
      className={`${classOf(state)}${state.isSelected ? " is-selected" : ""}`}
      fill={statusColor(state.status)}
      onClick={onSelect && (() => onSelect(iso3))}
    />
  );
});

/**
 * One region enlarged in a labelled box over open ocean (src/domain/map-model.ts), so Europe's
 * microstates, the Gulf and the Caribbean can be seen and clicked. A picture of the shapes the
 * map already has: the keyboard reaches every country on the map itself, so the inset is hidden
 * from assistive technology and carries no CONTRACT hooks (a country is found once). A date step
 * re-renders only the inset countries whose state changed, never the inset itself.
 */
const Inset = memo(function Inset({ inset, model, store, patterns, zoom, onSelect }: InsetProps) {
  const [[x0, y0], [x1, y1]] = inset.slot;
  const t = fitBox(inset.frame, inset.slot);
  const scope = `live-inset-${inset.id}`;
  const clip = `clip-${scope}`;
  const {
    countries: shapes,
    background,
    dots,
  } = useMemo(() => insetContent(model, inset.frame), [model, inset.frame]);
  // The selected country's outline is drawn above its neighbours: the inset follows the selection.
  const selected = useShapeStatesValue(store, (current) =>
    shapes
      .filter((s) => current.get(s.iso3).isSelected)
      .map((s) => s.iso3)
      .join(" "),
  );
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
          {shapes.map((s) => (
            <InsetShape key={s.iso3} d={s.d} iso3={s.iso3} store={store} onSelect={onSelect} />
          ))}
          {/* When the map draws its patterns (on, or in print), the insets do too. */}
          {patterns && (
            <g className="pattern-overlay" pointerEvents="none">
              {shapes.map((s) => (
                <PatternShape key={s.iso3} d={s.d} iso3={s.iso3} store={store} scope={scope} />
              ))}
            </g>
          )}
          {shapes
            .filter((s) => selected.split(" ").includes(s.iso3))
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
        {dots.map((m) => (
          <InsetDot
            key={m.iso3}
            iso3={m.iso3}
            cx={m.x * t.scale + t.x}
            cy={m.y * t.scale + t.y}
            store={store}
            onSelect={onSelect}
          />
        ))}
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
