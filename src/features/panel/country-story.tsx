import { useLoadedDataset } from "../../data/loaded-dataset";
import { countryName } from "../../data/countries";
import { formatDate } from "../../domain/dates";
import { eventsTouching, sortEvents } from "../../domain/events";
import { statusLabel } from "../../domain/labels";
import { statusAt } from "../../domain/status-index";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";
import { SourceLink } from "../../ui/source-link";
import { StatusSwatch } from "../../ui/status-swatch";
import { CiteThis } from "./cite-this";

/** The selected country's full story: status at the as-of date, summary, dated history, events. */
export function CountryStory({ iso3 }: { iso3: string }) {
  const { dataset, index } = useLoadedDataset();
  const date = useAsOfDate();
  const selectCountry = useStore((s) => s.selectCountry);
  const selectEvent = useStore((s) => s.selectEvent);
  const country = dataset.countries.find((c) => c.iso3 === iso3);
  const name = countryName(iso3);
  const at = statusAt(index, iso3, date);
  const events = sortEvents(eventsTouching(dataset.events, iso3));

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
        <StatusSwatch status={at.status} />{" "}
        <strong>{statusLabel(dataset.categories, at.status)}</strong>
        {at.entry ? (
          <>
            {" "}
            since {formatDate(at.entry.date, at.entry.precision)} (as of {formatDate(date)})
          </>
        ) : (
          <> on {formatDate(date)}</>
        )}
      </p>
      {!country ? (
        <p>
          We have no sourced record of {name}'s position on Huawei 5G equipment. It is shown as "no
          data", not as a guess.
        </p>
      ) : (
        <>
          <p className="story-summary">{country.summary}</p>
          <h3>Status history</h3>
          <ol className="history">
            {country.history.map((entry) => (
              <li key={entry.date} className={entry.date > date ? "is-future" : undefined}>
                <div className="history-head">
                  <time dateTime={entry.date}>{formatDate(entry.date, entry.precision)}</time>
                  <span>
                    <StatusSwatch status={entry.status} />{" "}
                    {statusLabel(dataset.categories, entry.status)}
                  </span>
                  {entry.date > date && <span className="muted">(after the as-of date)</span>}
                </div>
                <p>{entry.note}</p>
                <ul className="sources" aria-label="Sources">
                  {entry.sources.map((id) => (
                    <li key={id}>
                      {dataset.sources[id] && <SourceLink source={dataset.sources[id]} />}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
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
