import { useMemo } from "react";
import { rowsAtDate } from "../../domain/country-rows";
import { mapSummary } from "../../domain/map-summary";
import { useRowsAtAsOf } from "../../state/as-of";
import { useLoadedDataset } from "../../state/loaded-dataset";

/**
 * The map in words for screen readers, always current. Not a live region: the announcer already
 * says when the date settles, and reading this on every step of a play-through would drown it.
 * Without a date it follows the as-of date.
 */
export function MapSummary({ date: shownDate, id }: { date?: string; id?: string }) {
  const { dataset, index } = useLoadedDataset();
  const asOf = useRowsAtAsOf();
  const date = shownDate ?? asOf.date;
  const text = useMemo(() => {
    // The as-of rows are already computed; only a comparison's other date needs its own scan.
    const rows = date === asOf.date ? asOf.byIso3 : rowsAtDate(dataset, index, date).byIso3;
    return mapSummary(dataset.categories, rows, date);
  }, [dataset, index, asOf, date]);
  return (
    <p id={id} className="visually-hidden" data-testid="map-summary">
      {text}
    </p>
  );
}
