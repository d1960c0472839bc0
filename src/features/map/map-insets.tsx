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
  states: ReadonlyMap<string, ShapeState>;
  patterns: boolean;
  /** The camera's zoom, so pattern tiles keep their size on screen. */
  zoom: number;
  onSelect?: (iso3: string) => void;
}

function sameStates(a: ReadonlyMap<string, ShapeState>, b: ReadonlyMap<string, ShapeState>) {
  if (a.size !== b.size) return false;
  for (const [iso3, s] of a) {
    const t = b.get(iso3);
    if (!t || t.status !== s.status || t.isFaded !== s.isFaded || t.isSelected !== s.isSelected)
      return false;
  }
  return true;
}

/**
 * One region enlarged in a labelled box over open ocean (src/domain/map-model.ts), so Europe's
 * microstates, the Gulf and the Caribbean can be seen and clicked. A picture of the shapes the
 * map already has: the keyboard reaches every country on the map itself, so the inset is hidden
 * from assistive technology and carries no CONTRACT hooks (a country is found once).
 */
const Inset = memo(
  function Inset({ inset, model, states, patterns, zoom, onSelect }: InsetProps) {
    const [[x0, y0], [x1, y1]] = inset.slot;
    const t = fitBox(inset.frame, inset.slot);
    const scope = `live-inset-${inset.id}`;
    const clip = `clip-${scope}`;
    const { countries: shapes, background, dots } = insetContent(model, inset.frame);
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
              <path
                key={i}
                d={s.d}
                className="country-unmatched"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {shapes.map((s) => {
              const state = states.get(s.iso3);
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
                  .filter((s) => hasPattern(states.get(s.iso3)?.status ?? "no_data"))
                  .map((s) => (
                    <path
                      key={s.iso3}
                      d={s.d}
                      className={states.get(s.iso3)?.isFaded ? "is-faded" : undefined}
                      fill={`url(#${patternId(scope, states.get(s.iso3)!.status)})`}
                    />
                  ))}
              </g>
            )}
            {shapes
              .filter((s) => states.get(s.iso3)?.isSelected)
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
            const state = states.get(m.iso3);
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
  },
  // A date step builds new states for every country: redraw only when what an inset shows changed.
  (a, b) =>
    a.inset === b.inset &&
    a.model === b.model &&
    a.patterns === b.patterns &&
    a.zoom === b.zoom &&
    a.onSelect === b.onSelect &&
    sameStates(a.states, b.states),
);

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
