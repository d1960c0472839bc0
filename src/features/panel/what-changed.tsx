import { useMemo } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { compareCountryNames, countryName } from "../../data/countries";
import { formatDate } from "../../domain/dates";
import { statusLabel } from "../../domain/labels";
import { changedBetween, transitionCounts, type StatusChange } from "../../domain/status-index";
import { useSettledRowsAtAsOf } from "../../state/as-of";
import { useStore } from "../../state/store";
import { entryDetails, leadSource } from "../../domain/dataset-details";
import { useDatasetDetails } from "../../state/dataset-details";
import { LoadGate } from "../../ui/load-gate";
import { SourceLink } from "../../ui/source-link";
import { StatusSwatch } from "../../ui/status-swatch";

const plural = (n: number) => (n === 1 ? "1 country" : `${n} countries`);

/**
 * While comparing: each transition counted ("4 countries went from Under review to Banned") with
 * its countries, and apart from them the countries whose coverage simply began between the dates.
 */
export function WhatChanged({ since }: { since: string }) {
  const { dataset, index } = useLoadedDataset();
  const { date } = useSettledRowsAtAsOf();
  const selectCountry = useStore((s) => s.selectCountry);
  const details = useDatasetDetails();
  const changes = useMemo(() => changedBetween(index, since, date), [index, since, date]);
  const byIso3 = useMemo(() => new Map(changes.map((c) => [c.iso3, c])), [changes]);
  const transitions = useMemo(() => transitionCounts(changes), [changes]);
  const coverage = changes
    .filter((c) => c.kind === "coverage")
    .map((c) => c.iso3)
    .sort(compareCountryNames);
  const realCount = changes.length - coverage.length;
  const label = (status: StatusChange["from"]) => statusLabel(dataset.categories, status);
  const [early, late] = since <= date ? [since, date] : [date, since];

  const countryItem = (iso3: string) => {
    const change = byIso3.get(iso3)!;
    const entry = details.data && entryDetails(details.data, iso3, change.entry);
    const source = details.data && leadSource(details.data, iso3, change.entry);
    return (
      <li key={iso3}>
        <button type="button" className="link-button" onClick={() => selectCountry(iso3)}>
          {countryName(iso3)}
        </button>
        {change.kind === "coverage" && (
          <>
            : <StatusSwatch status={change.to} /> {label(change.to)}
          </>
        )}
        {change.entry && (
          <>
            <div className="muted">
              {formatDate(change.entry.date, change.entry.precision)}
              {source && (
                <>
                  {" · "}
                  <SourceLink source={source} />
                </>
              )}
            </div>
            {entry ? (
              <p className="change-note">{entry.note}</p>
            ) : (
              <LoadGate state={details} loading="Loading the note…">
                {() => null}
              </LoadGate>
            )}
          </>
        )}
      </li>
    );
  };

  return (
    <section className="what-changed" aria-labelledby="what-changed-heading">
      <h2 id="what-changed-heading">
        What changed, {formatDate(early)} → {formatDate(late)}{" "}
        <span className="muted">({realCount})</span>
      </h2>
      {realCount === 0 ? (
        <p className="muted">No country changed category between these dates.</p>
      ) : (
        <ul className="transitions">
          {transitions.map((t) => (
            <li key={`${t.from}>${t.to}`} data-testid="transition">
              <h3>
                {plural(t.iso3s.length)} went from <StatusSwatch status={t.from} /> {label(t.from)}{" "}
                to <StatusSwatch status={t.to} /> {label(t.to)}
              </h3>
              <ul>{[...t.iso3s].sort(compareCountryNames).map(countryItem)}</ul>
            </li>
          ))}
        </ul>
      )}
      {coverage.length > 0 && (
        <details className="coverage-began">
          <summary>
            Coverage began for {plural(coverage.length)}: no recorded position on{" "}
            {formatDate(early)}, so not counted as changes
          </summary>
          <ul>{coverage.map(countryItem)}</ul>
        </details>
      )}
    </section>
  );
}
