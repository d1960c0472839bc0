import { findSource } from "../../data/schema";
import { useMemo } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { countryName } from "../../data/countries";
import { formatDate } from "../../domain/dates";
import { statusLabel } from "../../domain/labels";
import { changedBetween } from "../../domain/status-index";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";
import { SourceLink } from "../../ui/source-link";
import { StatusSwatch } from "../../ui/status-swatch";

/** While comparing: every country whose status differs between the two dates, and why. */
export function WhatChanged({ since }: { since: string }) {
  const { dataset, index } = useLoadedDataset();
  const date = useAsOfDate();
  const selectCountry = useStore((s) => s.selectCountry);
  const changes = useMemo(
    () =>
      changedBetween(index, since, date).sort((a, b) =>
        countryName(a.iso3).localeCompare(countryName(b.iso3)),
      ),
    [index, since, date],
  );
  const [early, late] = since <= date ? [since, date] : [date, since];
  return (
    <section className="what-changed" aria-labelledby="what-changed-heading">
      <h2 id="what-changed-heading">
        What changed, {formatDate(early)} → {formatDate(late)}{" "}
        <span className="muted">({changes.length})</span>
      </h2>
      {changes.length === 0 ? (
        <p className="muted">No country changed category between these dates.</p>
      ) : (
        <ul>
          {changes.map((change) => {
            const firstId = change.entry?.sources[0];
            const source = firstId ? findSource(dataset, firstId) : undefined;
            return (
              <li key={change.iso3}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectCountry(change.iso3)}
                >
                  {countryName(change.iso3)}
                </button>
                :{" "}
                <span>
                  <StatusSwatch status={change.from} />{" "}
                  {statusLabel(dataset.categories, change.from)} →{" "}
                  <StatusSwatch status={change.to} /> {statusLabel(dataset.categories, change.to)}
                </span>
                {change.entry && (
                  <div className="muted">
                    {formatDate(change.entry.date, change.entry.precision)}: {change.entry.note}
                    {source && (
                      <>
                        {" "}
                        <SourceLink source={source} />
                      </>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
