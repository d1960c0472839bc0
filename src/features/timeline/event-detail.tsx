import { useLoadedDataset } from "../../state/loaded-dataset";
import { countryName } from "../../data/countries";
import { formatDate } from "../../domain/dates";
import { useStore } from "../../state/store";
import { useDatasetDetails } from "../../state/dataset-details";
import { LoadGate } from "../../ui/load-gate";
import { SourceList } from "../../ui/source-link";

/** The selected event's caption: what happened, which countries it touched, its sources. */
export function EventDetail() {
  const { dataset } = useLoadedDataset();
  const eventId = useStore((s) => s.eventId);
  const selectEvent = useStore((s) => s.selectEvent);
  const selectCountry = useStore((s) => s.selectCountry);
  const isPlaying = useStore((s) => s.isPlaying);
  const event = dataset.events.find((e) => e.id === eventId);
  const details = useDatasetDetails({ enabled: event !== undefined });
  const slotClass = isPlaying ? "event-slot is-playing" : "event-slot";
  if (!event) return isPlaying ? <div className={slotClass} /> : null;
  return (
    <div className={slotClass}>
      <article
        className="event-detail"
        aria-labelledby="event-detail-heading"
        data-event-id={event.id}
      >
        <header className="story-header">
          <div>
            <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
            <h2 id="event-detail-heading">{event.title}</h2>
          </div>
          <button
            type="button"
            className="close"
            onClick={() => selectEvent(null)}
            aria-label="Close this event"
          >
            ×
          </button>
        </header>
        <LoadGate state={details} loading="Loading what happened and its sources…">
          {(d) => <p>{d.events.get(event.id)?.description}</p>}
        </LoadGate>
        <p className="event-countries">
          Touched:{" "}
          {event.countries.map((iso3, i) => (
            <span key={iso3}>
              {i > 0 && ", "}
              <button type="button" className="link-button" onClick={() => selectCountry(iso3)}>
                {countryName(iso3)}
              </button>
            </span>
          ))}
        </p>
        {details.data && (
          <SourceList
            ids={details.data.events.get(event.id)?.sources ?? []}
            sources={details.data.dataset.sources}
          />
        )}
      </article>
    </div>
  );
}
