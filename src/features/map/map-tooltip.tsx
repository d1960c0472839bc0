import { useLoadedDataset } from "../../state/loaded-dataset";
import { countryName } from "../../data/countries";
import { sinceText, statusPhrase } from "../../domain/status-text";
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
  const at = useRowsAtAsOf().byIso3.get(anchor.iso3)?.at;
  const status = at?.status ?? "no_data";
  const since = at ? sinceText(at) : "";
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: anchor.x, top: anchor.y }}>
      <strong>{countryName(anchor.iso3)}</strong>
      <span>
        <StatusSwatch status={status} /> {at ? statusPhrase(dataset.categories, at) : "No data"}
      </span>
      {since && <span className="muted">{since}</span>}
    </div>
  );
}
