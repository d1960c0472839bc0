import { useLoadedDataset } from "../../data/loaded-dataset";
import { countryName } from "../../data/countries";
import { formatDate } from "../../domain/dates";
import { statusLabel } from "../../domain/labels";
import { useRowsAtAsOf } from "../../state/as-of";
import { StatusSwatch } from "../../ui/status-swatch";

export interface TooltipAnchor {
  iso3: string;
  /** Pixels from the map container's top-left corner. */
  x: number;
  y: number;
}

export function MapTooltip({ anchor }: { anchor: TooltipAnchor }) {
  const { dataset } = useLoadedDataset();
  const at = useRowsAtAsOf().byIso3.get(anchor.iso3);
  const status = at?.status ?? "no_data";
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: anchor.x, top: anchor.y }}>
      <strong>{countryName(anchor.iso3)}</strong>
      <span>
        <StatusSwatch status={status} /> {statusLabel(dataset.categories, status)}
      </span>
      {at?.entry && (
        <span className="muted">since {formatDate(at.entry.date, at.entry.precision)}</span>
      )}
    </div>
  );
}
