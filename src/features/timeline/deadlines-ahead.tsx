import { useMemo } from "react";
import { countryName } from "../../data/countries";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { daysBetween, formatDate } from "../../domain/dates";
import { deadlinesAfter } from "../../domain/deadlines";
import { useStore } from "../../state/store";

/**
 * The time axis beyond the dataset's day: removal deadlines that measures have already set.
 * They are marks, not a date the map can show: no status is ever dated in the future.
 */
export function DeadlinesAhead() {
  const { dataset } = useLoadedDataset();
  const selectCountry = useStore((s) => s.selectCountry);
  const deadlines = useMemo(() => deadlinesAfter(dataset, dataset.updated), [dataset]);
  if (deadlines.length === 0) return null;
  const start = dataset.updated;
  const end = `${deadlines.at(-1)!.date.slice(0, 4)}-12-31`;
  const span = Math.max(daysBetween(start, end), 1);
  const years: string[] = [];
  for (let year = Number(start.slice(0, 4)) + 1; year <= Number(end.slice(0, 4)); year++)
    years.push(String(year));

  return (
    <section className="deadlines-ahead" aria-labelledby="deadlines-ahead-heading">
      <h2 id="deadlines-ahead-heading">
        Deadlines ahead <span className="muted">(set by measures already taken)</span>
      </h2>
      <div className="deadline-axis" aria-hidden="true">
        {years.map((year) => (
          <span
            key={year}
            className="deadline-year"
            style={{ left: `${(100 * daysBetween(start, `${year}-01-01`)) / span}%` }}
          >
            {year}
          </span>
        ))}
        {deadlines.map((deadline) => (
          <span
            key={`${deadline.iso3}-${deadline.date}-${deadline.text}`}
            className="deadline-mark"
            title={`${formatDate(deadline.date, deadline.precision)}: ${countryName(deadline.iso3)}`}
            style={{ left: `${(100 * daysBetween(start, deadline.date)) / span}%` }}
          />
        ))}
      </div>
      <details>
        <summary>
          {deadlines.length} deadline{deadlines.length === 1 ? "" : "s"} from{" "}
          {formatDate(deadlines[0]!.date, deadlines[0]!.precision)} to{" "}
          {formatDate(deadlines.at(-1)!.date, deadlines.at(-1)!.precision)}
        </summary>
        <ol className="deadline-list">
          {deadlines.map((deadline) => (
            <li key={`${deadline.iso3}-${deadline.date}-${deadline.text}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => selectCountry(deadline.iso3)}
              >
                <time dateTime={deadline.date}>
                  {formatDate(deadline.date, deadline.precision)}
                </time>{" "}
                · {countryName(deadline.iso3)}
              </button>
              : {deadline.text}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
