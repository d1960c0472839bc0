import type { Country, Dataset } from "../../data/schema";
import { useCountryDetails } from "../../state/dataset-details";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { countryName } from "../../data/countries";
import { formatDate } from "../../domain/dates";
import { eventsTouching, sortEvents } from "../../domain/events";
import { statusLabel } from "../../domain/labels";
import { statusAt } from "../../domain/status-index";
import {
  ENTRY_ROLE_LABELS,
  INSTRUMENT_LABELS,
  entryRole,
  scopeText,
  sinceText,
  statusPhrase,
} from "../../domain/status-text";
import { useSettledRowsAtAsOf } from "../../state/as-of";
import { useStore } from "../../state/store";
import { FormattedDate } from "../../ui/formatted-date";
import { SourceList } from "../../ui/source-link";
import { StatusSwatch } from "../../ui/status-swatch";
import { LoadGate } from "../../ui/load-gate";
import { CiteThis } from "./cite-this";

/** The summary, the dated history with its notes and sources, and the deadlines: on demand. */
function StoryDetails({
  country,
  dataset,
  date,
  today,
}: {
  country: Country | undefined;
  dataset: Dataset;
  date: string;
  today: string;
}) {
  if (!country) return null;
  const deadlines = country.deadlines ?? [];
  return (
    <>
      <p className="story-summary">{country.summary}</p>
      {country.history.length > 0 && <h3>Status history</h3>}
      <ol className="history">
        {country.history.map((entry, i) => {
          const role = entryRole(country.history, i);
          const scope = scopeText(entry.scope, entry.status);
          return (
            <li
              key={entry.date}
              className={
                [entry.date > date && "is-future", role !== "began" && "is-development"]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
              data-role={role}
            >
              <div className="history-head">
                <FormattedDate {...entry} />
                <span>
                  <StatusSwatch status={entry.status} />{" "}
                  {statusLabel(dataset.categories, entry.status)}
                  {scope && <> ({scope})</>}
                </span>
                <span className="history-role">
                  {ENTRY_ROLE_LABELS[role]}
                  {entry.instrument && <> · {INSTRUMENT_LABELS[entry.instrument]}</>}
                </span>
                {entry.date > date && <span className="muted">(after the as-of date)</span>}
              </div>
              <p>{entry.note}</p>
              <SourceList ids={entry.sources} sources={dataset.sources} />
            </li>
          );
        })}
      </ol>
      {deadlines.length > 0 && (
        <>
          <h3>Deadlines</h3>
          <ol className="deadlines">
            {deadlines.map((deadline) => (
              <li key={`${deadline.date}-${deadline.text}`}>
                <div className="history-head">
                  <FormattedDate {...deadline} />
                  <span className="history-role">
                    {deadline.date > today ? "ahead" : "passed"}
                    {deadline.scope && <> · {scopeText(deadline.scope)}</>}
                  </span>
                </div>
                <p>{deadline.text}</p>
                <SourceList ids={deadline.sources} sources={dataset.sources} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** The selected country's full story: status at the as-of date, summary, dated history, events. */
export function CountryStory({ iso3 }: { iso3: string }) {
  const { dataset, index } = useLoadedDataset();
  const { date } = useSettledRowsAtAsOf();
  const selectCountry = useStore((s) => s.selectCountry);
  const selectEvent = useStore((s) => s.selectEvent);
  const country = dataset.countries.find((c) => c.iso3 === iso3);
  const name = countryName(iso3);
  const at = statusAt(index, iso3, date);
  const events = sortEvents(eventsTouching(dataset.events, iso3));
  const details = useCountryDetails(iso3);
  // "Ahead" is measured from the dataset's own day, not the reader's clock, which may be wrong.
  const today = dataset.updated;

  return (
    <article
      className="country-story"
      data-testid="country-panel"
      data-iso3={iso3}
      aria-labelledby="story-heading"
    >
      <header className="story-header">
        <h2 id="story-heading" tabIndex={-1}>
          {name}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => selectCountry(null)}
          aria-label={`Close ${name}`}
        >
          ×
        </button>
      </header>
      <p className="story-status">
        <StatusSwatch status={at.status} /> <strong>{statusPhrase(dataset.categories, at)}</strong>
        {at.entry ? (
          <>
            {" "}
            {sinceText(at)} (as of {formatDate(date)})
          </>
        ) : (
          <> on {formatDate(date)}</>
        )}
      </p>
      {country && (
        <dl className="story-facts">
          {at.entry && (
            <div>
              <dt>Last changed</dt>
              <dd>
                <FormattedDate {...at.entry} />
                {at.entry.instrument && <> · {INSTRUMENT_LABELS[at.entry.instrument]}</>}
              </dd>
            </div>
          )}
          <div>
            <dt>Last reviewed</dt>
            <dd>{country.reviewed ? <FormattedDate date={country.reviewed} /> : "not yet"}</dd>
          </div>
        </dl>
      )}
      {!country ? (
        <p>
          We have no sourced record of {name}'s position on Huawei 5G equipment. It is shown as "no
          data", not as a guess.
        </p>
      ) : (
        <LoadGate state={details} loading="Loading the summary, history and sources…">
          {(d) => (
            <StoryDetails
              country={d.countries.get(iso3)}
              dataset={d.dataset}
              date={date}
              today={today}
            />
          )}
        </LoadGate>
      )}
      {events.length > 0 && (
        <>
          <h3>Events that touched {name}</h3>
          <ul className="story-events">
            {events.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectEvent(event.id, event.date)}
                >
                  <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>:{" "}
                  {event.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <CiteThis iso3={iso3} />
    </article>
  );
}
