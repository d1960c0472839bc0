import { useMemo, useRef, useState } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { countryName } from "../../data/countries";
import { formatDate } from "../../domain/dates";
import { eventsByYear, eventsTouching, sortEvents } from "../../domain/events";
import { useStore } from "../../state/store";
import { useScrollSelectedIntoStrip } from "./use-scroll-selected";

/** Every event in date order: a scrolling strip on wide screens, a list on phones. */
export function EventsTimeline() {
  const { dataset } = useLoadedDataset();
  const eventId = useStore((s) => s.eventId);
  const selectedIso3 = useStore((s) => s.selectedIso3);
  const selectEvent = useStore((s) => s.selectEvent);
  const [onlySelected, setOnlySelected] = useState(false);
  const isFiltered = onlySelected && selectedIso3 !== null;
  const events = useMemo(
    () => sortEvents(isFiltered ? eventsTouching(dataset.events, selectedIso3) : dataset.events),
    [dataset, isFiltered, selectedIso3],
  );
  const years = useMemo(() => eventsByYear(events), [events]);
  const stripRef = useRef<HTMLDivElement>(null);
  useScrollSelectedIntoStrip(stripRef, eventId);

  return (
    <section className="events-timeline" aria-labelledby="events-heading">
      <div className="events-timeline-head">
        <h2 id="events-heading">
          Events <span className="muted">({events.length})</span>
        </h2>
        {selectedIso3 && (
          <label className="check">
            <input
              type="checkbox"
              checked={onlySelected}
              onChange={(e) => setOnlySelected(e.target.checked)}
            />
            Only events that touched {countryName(selectedIso3)}
          </label>
        )}
      </div>
      {/* One scroller for every year, so the strip scrolls as one on wide screens. */}
      <div className="events-strip" ref={stripRef}>
        {years.map(([year, yearEvents]) => (
          <section key={year} className="events-year" aria-labelledby={`events-${year}`}>
            <h3 id={`events-${year}`}>{year}</h3>
            <ol>
              {yearEvents.map((event) => {
                const isSelected = event.id === eventId;
                return (
                  <li key={event.id}>
                    <button
                      type="button"
                      className="timeline-event"
                      data-testid="timeline-event"
                      data-date={event.date}
                      data-event-id={event.id}
                      aria-pressed={isSelected}
                      onClick={() =>
                        isSelected ? selectEvent(null) : selectEvent(event.id, event.date)
                      }
                    >
                      <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
                      <span className="timeline-event-title">{event.title}</span>
                      <span className="timeline-event-countries muted">
                        {event.countries.length > 4
                          ? `${event.countries.length} countries`
                          : event.countries.map(countryName).join(", ")}
                      </span>
                      {isSelected && <span className="visually-hidden">(selected)</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
