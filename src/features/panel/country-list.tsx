import { useSettledRowsAtAsOf } from "../../state/as-of";
import { memo, useMemo } from "react";
import type { Category } from "../../data/schema";
import type { CountryRow } from "../../domain/country-rows";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { filterRows, iso3sByName } from "../../domain/country-rows";
import { formatDate } from "../../domain/dates";
import { statusPhrase } from "../../domain/status-text";
import { useCountryFilter } from "../../state/derived";
import { useStore } from "../../state/store";
import { StatusSwatch } from "../../ui/status-swatch";

export function CountryList() {
  const { dataset } = useLoadedDataset();
  const { rows, byIso3 } = useSettledRowsAtAsOf();
  const filter = useCountryFilter();
  const selectedIso3 = useStore((s) => s.selectedIso3);
  const selectCountry = useStore((s) => s.selectCountry);
  // Names do not change with the date: sort once per dataset, then filter each date's rows in
  // that order (a date step sorted 100 names with the collator every time).
  const byName = useMemo(() => iso3sByName(dataset.countries.map((c) => c.iso3)), [dataset]);
  const visible = useMemo(
    () =>
      filterRows(
        byName.map((iso3) => byIso3.get(iso3)!),
        filter,
      ),
    [byIso3, byName, filter],
  );
  return (
    <section className="country-list" aria-labelledby="country-list-heading">
      <h2 id="country-list-heading">
        Countries{" "}
        <span className="muted">
          ({visible.length} of {rows.length})
        </span>
      </h2>
      {visible.length === 0 ? (
        <p className="muted">No country matches these filters.</p>
      ) : (
        <ul>
          {visible.map((row) => (
            <CountryListItem
              key={row.iso3}
              row={row}
              categories={dataset.categories}
              isSelected={row.iso3 === selectedIso3}
              onSelect={selectCountry}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Memoised: a date step re-renders only the rows whose status changed. */
const CountryListItem = memo(
  function CountryListItem({
    row,
    categories,
    isSelected,
    onSelect,
  }: {
    row: CountryRow;
    categories: readonly Category[];
    isSelected: boolean;
    onSelect: (iso3: string) => void;
  }) {
    return (
      <li>
        <button
          type="button"
          className="country-list-item"
          aria-current={isSelected ? "true" : undefined}
          onClick={() => onSelect(row.iso3)}
        >
          <span className="country-list-name">{row.name}</span>
          <span className="country-list-status">
            <StatusSwatch status={row.status} /> {statusPhrase(categories, row.at)}
            {row.at.start && (
              <span className="muted">
                {" "}
                · {formatDate(row.at.start.date, row.at.start.precision)}
              </span>
            )}
          </span>
        </button>
      </li>
    );
  },
  (a, b) =>
    a.row.entry === b.row.entry &&
    a.row.at.start === b.row.at.start &&
    a.row.status === b.row.status &&
    a.isSelected === b.isSelected &&
    a.categories === b.categories &&
    a.onSelect === b.onSelect,
);
