import { useLoadedDataset } from "../../state/loaded-dataset";
import { formatDate } from "../../domain/dates";
import { SITE_TITLE } from "../../domain/map-picture";
import { useAsOfDate } from "../../state/derived";
import { usePrinting } from "../../ui/use-printing";
import { useViewUrl } from "./use-view-url";

/** "Huawei 5G Policy Map, as of …; dataset …": the attribution every shared view carries. */
export function SourceLine({ children }: { children?: React.ReactNode }) {
  const { dataset } = useLoadedDataset();
  const date = useAsOfDate();
  return (
    <p className="source-line">
      <span>
        {SITE_TITLE}, as of{" "}
        <time data-testid="as-of-date" dateTime={date}>
          {formatDate(date)}
        </time>
        . Source: dataset {dataset.version}, every status sourced.
      </span>{" "}
      {children}
    </p>
  );
}

/**
 * On paper the address is the source: printed under the map, hidden on screen. Written only
 * while printing: on screen, following the link through every date step was work for nothing.
 */
export function PrintSource() {
  return usePrinting() ? <PrintSourceLine /> : null;
}

function PrintSourceLine() {
  const { dataset } = useLoadedDataset();
  const url = useViewUrl("full");
  return (
    <p className="print-only source-line">
      Source: {SITE_TITLE}, dataset {dataset.version}; each country's sources at {url}
    </p>
  );
}
