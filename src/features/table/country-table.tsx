import { useSettledRowsAtAsOf } from "../../state/as-of";
import { useMemo, useState } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { filterRows, sortRows, type CountryRow, type SortKey } from "../../domain/country-rows";
import { leadSource, type DatasetDetails } from "../../domain/dataset-details";
import { useDatasetDetails } from "../../state/dataset-details";
import { LoadGate } from "../../ui/load-gate";
import { formatDate } from "../../domain/dates";
import { INSTRUMENT_LABELS, statusPhrase } from "../../domain/status-text";
import { FormattedDate } from "../../ui/formatted-date";
import { useCountryFilter } from "../../state/derived";
import { useStore } from "../../state/store";
import { SourceLink } from "../../ui/source-link";
import { StatusSwatch } from "../../ui/status-swatch";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Country" },
  { key: "status", label: "Status" },
  { key: "since", label: "Since" },
];

function LatestSource({ details, row }: { details: DatasetDetails; row: CountryRow }) {
  const source = leadSource(details, row.iso3, row.entry);
  return source ? <SourceLink source={source} /> : "—";
}

/** The map's twin for screen-reader and keyboard users: same rows, same filters, sortable. */
export function CountryTable() {
  const { dataset } = useLoadedDataset();
  const { rows, date } = useSettledRowsAtAsOf();
  const filter = useCountryFilter();
  const selectCountry = useStore((s) => s.selectCountry);
  // The source column comes with the details (loaded on demand); the rest needs only statuses.
  const details = useDatasetDetails();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: "name",
    descending: false,
  });
  const visible = useMemo(
    () => sortRows(filterRows(rows, filter), sort.key, sort.descending),
    [rows, filter, sort],
  );
  return (
    <div className="table-wrap">
      {!details.data && (
        <LoadGate state={details} loading="Loading the sources…">
          {() => null}
        </LoadGate>
      )}
      <table className="country-table">
        <caption>
          Positions on Huawei 5G equipment on {formatDate(date)}: {visible.length} countries
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const isSorted = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={isSorted ? (sort.descending ? "descending" : "ascending") : "none"}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({ key: column.key, descending: isSorted ? !sort.descending : false })
                    }
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {isSorted ? (sort.descending ? " ▼" : " ▲") : " ↕"}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">Instrument</th>
            <th scope="col">Last changed</th>
            <th scope="col">Last reviewed</th>
            <th scope="col">Latest source</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.iso3}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectCountry(row.iso3)}
                >
                  {row.name}
                </button>
              </th>
              <td>
                <StatusSwatch status={row.status} /> {statusPhrase(dataset.categories, row.at)}
              </td>
              <td>{row.at.start ? <FormattedDate {...row.at.start} /> : "—"}</td>
              <td>{row.entry?.instrument ? INSTRUMENT_LABELS[row.entry.instrument] : "—"}</td>
              <td>{row.entry ? <FormattedDate {...row.entry} /> : "—"}</td>
              <td>{row.reviewed ? <FormattedDate date={row.reviewed} /> : "—"}</td>
              <td>{details.data ? <LatestSource details={details.data} row={row} /> : "…"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
