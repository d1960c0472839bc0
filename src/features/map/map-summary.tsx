import { useDeferredValue, useMemo } from "react";
import { rowsAtDate } from "../../domain/country-rows";
import { mapSummary } from "../../domain/map-summary";
import { useSettledRowsAtAsOf } from "../../state/as-of";
import { useLoadedDataset } from "../../state/loaded-dataset";

/**
 * The map in words for screen readers, current once the date settles. Not a live region: the
 * announcer already says when the date settles, and reading this on every step of a
 * play-through would drown it. Without a date it follows the as-of date. It reads the settled
 * rows (they follow the date once it rests, src/state/as-of.tsx), so a date step's own script is the
 * map's, not the writing of this paragraph (issue 12).
 */
export function MapSummary({ date: shownDate, id }: { date?: string; id?: string }) {
  const { dataset, index } = useLoadedDataset();
  const settled = useSettledRowsAtAsOf();
  const date = useDeferredValue(shownDate ?? settled.date);
  const isAsOf = date === settled.date;
  // The as-of rows are already computed; only a comparison's other date needs its own scan.
  const other = useMemo(
    () => (isAsOf ? undefined : rowsAtDate(dataset, index, date)),
    [isAsOf, dataset, index, date],
  );
  const rows = (other ?? settled).byIso3;
  const text = useMemo(() => mapSummary(dataset.categories, rows, date), [dataset, rows, date]);
  return (
    <p id={id} className="visually-hidden" data-testid="map-summary">
      {text}
    </p>
  );
}
