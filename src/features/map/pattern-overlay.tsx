import { memo } from "react";
import { hasPattern, patternId } from "../../domain/patterns";
import type { StatusId } from "../../domain/status-index";

/** Pattern ids of the live map (src/domain/patterns.ts). */
export const MAP_PATTERNS = "map";

/** One country's pattern over its colour; memoised, so a date step redraws only what changed. */
const PatternShape = memo(function PatternShape({
  d,
  status,
  isFaded,
}: {
  d: string;
  status: StatusId;
  isFaded: boolean;
}) {
  return (
    <path
      d={d}
      className={isFaded ? "is-faded" : undefined}
      fill={`url(#${patternId(MAP_PATTERNS, status)})`}
    />
  );
});

/**
 * The category patterns over the countries, drawn when the reader turns them on and always in
 * print (use-patterns-shown.ts), so the map never says a status by colour alone on paper.
 */
export function PatternOverlay({
  shapes,
}: {
  shapes: readonly { iso3: string; d: string; status: StatusId; isFaded: boolean }[];
}) {
  return (
    <g
      className="pattern-overlay"
      data-testid="pattern-overlay"
      aria-hidden="true"
      pointerEvents="none"
    >
      {shapes
        .filter((shape) => hasPattern(shape.status))
        .map((shape) => (
          <PatternShape
            key={shape.iso3}
            d={shape.d}
            status={shape.status}
            isFaded={shape.isFaded}
          />
        ))}
    </g>
  );
}
