import { memo } from "react";
import { hasPattern, patternId } from "../../domain/patterns";
import { useShapeState, type ShapeStates } from "./shape-states";

/** Pattern ids of the live map (src/domain/patterns.ts). */
export const MAP_PATTERNS = "map";

/**
 * One country's pattern over its colour, drawn only while its status has one; `scope` names the
 * pattern definitions it fills with (the map's, or an inset's).
 */
export const PatternShape = memo(function PatternShape({
  d,
  iso3,
  store,
  scope = MAP_PATTERNS,
}: {
  d: string;
  iso3: string;
  store: ShapeStates;
  scope?: string;
}) {
  const { status, isFaded } = useShapeState(store, iso3);
  if (!hasPattern(status)) return null;
  return (
    <path
      d={d}
      className={isFaded ? "is-faded" : undefined}
      fill={`url(#${patternId(scope, status)})`}
    />
  );
});

/**
 * The category patterns over the countries, drawn when the reader turns them on and always in
 * print (use-patterns-shown.ts), so the map never says a status by colour alone on paper.
 */
export function PatternOverlay({
  shapes,
  store,
}: {
  shapes: readonly { iso3: string; d: string }[];
  store: ShapeStates;
}) {
  return (
    <g
      className="pattern-overlay"
      data-testid="pattern-overlay"
      aria-hidden="true"
      pointerEvents="none"
    >
      {shapes.map((shape) => (
        <PatternShape key={shape.iso3} d={shape.d} iso3={shape.iso3} store={store} />
      ))}
    </g>
  );
}
