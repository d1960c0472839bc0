import type { StatusId } from "../domain/status-index";

/**
 * The colour key beside a status label; the label always carries the meaning too. Colours come
 * from classes in styles.css (kept equal to STATUS_COLORS by tests/unit/palette.test.ts), not an
 * inline style, so the prerendered page needs no style attributes under its CSP.
 */
export function StatusSwatch({ status }: { status: StatusId }) {
  return <span className={`swatch swatch-${status}`} aria-hidden="true" />;
}
