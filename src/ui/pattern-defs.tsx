import { patternId, patternInk, STATUS_PATTERNS } from "../domain/patterns";
import type { StatusId } from "../domain/status-index";

/**
 * The category patterns of src/domain/patterns.ts as `<pattern>` elements, for an SVG on the
 * page. `unit` scales a pattern unit (the live map passes its zoom, so tiles keep their size on
 * screen); `only` limits them to one status (a legend swatch).
 */
export function PatternDefs({
  scope,
  unit = 1,
  only,
}: {
  scope: string;
  unit?: number;
  only?: StatusId;
}) {
  return (
    <>
      {Object.entries(STATUS_PATTERNS).map(([status, pattern]) => {
        if (!pattern || (only && only !== status)) return null;
        const ink = patternInk(status as StatusId);
        return (
          <pattern
            key={status}
            id={patternId(scope, status as StatusId)}
            patternUnits="userSpaceOnUse"
            width={pattern.size}
            height={pattern.size}
            patternTransform={`scale(${+unit.toFixed(4)}) rotate(${pattern.rotate})`}
          >
            <g
              stroke={ink.color}
              strokeWidth={pattern.strokeWidth}
              fill={ink.color}
              opacity={ink.opacity}
            >
              {pattern.marks.map((m, i) =>
                m.kind === "line" ? (
                  <line key={i} x1={m.x1} y1={m.y1} x2={m.x2} y2={m.y2} />
                ) : (
                  <circle key={i} cx={m.cx} cy={m.cy} r={m.r} />
                ),
              )}
            </g>
          </pattern>
        );
      })}
    </>
  );
}
