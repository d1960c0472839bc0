import { useId } from "react";
import { hasPattern, patternId } from "../domain/patterns";
import type { StatusId } from "../domain/status-index";
import { PatternDefs } from "./pattern-defs";

/**
 * The colour key beside a status label; the label always carries the meaning too. Colours come
 * from classes in styles.css (kept equal to STATUS_COLORS by tests/unit/palette.test.ts), not an
 * inline style, so the prerendered page needs no style attributes under its CSP. The category's
 * pattern is drawn over it, shown where patterns are on (`.patterns-on`) and in print.
 */
export function StatusSwatch({ status }: { status: StatusId }) {
  const scope = `swatch${useId().replace(/[^a-z0-9]/gi, "")}`;
  return (
    <span className={`swatch swatch-${status}`} aria-hidden="true">
      {hasPattern(status) && (
        <svg className="swatch-pattern" viewBox="0 0 12 12" data-pattern={status}>
          <defs>
            <PatternDefs scope={scope} only={status} unit={1.2} />
          </defs>
          <rect width="12" height="12" fill={`url(#${patternId(scope, status)})`} />
        </svg>
      )}
    </span>
  );
}
