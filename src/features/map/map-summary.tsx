import { useMemo } from "react";
import { useLoadedDataset } from "../../data/loaded-dataset";
import { mapSummary } from "../../domain/map-summary";
import { useStatusesAt } from "../../state/derived";

/**
 * The map in words for screen readers, always current. Not a live region: the announcer already
 * says when the date settles, and reading this on every step of a play-through would drown it.
 */
export function MapSummary({ date, id }: { date: string; id?: string }) {
  const { dataset } = useLoadedDataset();
  const statuses = useStatusesAt(date);
  const text = useMemo(
    () => mapSummary(dataset.categories, statuses, date),
    [dataset, statuses, date],
  );
  return (
    <p id={id} className="visually-hidden" data-testid="map-summary">
      {text}
    </p>
  );
}
