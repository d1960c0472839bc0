import { useCallback, useLayoutEffect, useMemo, useState } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { formatDate } from "../../domain/dates";
import { sortEvents } from "../../domain/events";
import { SITE_TITLE } from "../../domain/map-picture";
import { useAsOfDate, useEventDateWhenUndated } from "../../state/derived";
import { selectEventId, useStore } from "../../state/store";
import { GeometryGate } from "../../features/map/geometry-gate";
import { MapLegend } from "../../features/map/map-legend";
import { MapSummary } from "../../features/map/map-summary";
import { WorldMap } from "../../features/map/world-map";
import { presentAction, stepTo, type PresentAction } from "../../features/share/present-keys";
import { useIdle } from "../../features/share/use-idle";
import { useNotices } from "../../state/notices";
import { Notices } from "../../ui/notices";
import { useDatasetDetails } from "../../state/dataset-details";
import { LoadGate } from "../../ui/load-gate";

function toggleFullscreen() {
  const request = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  // Refused (no user gesture, iframe without allowfullscreen): the view works windowed.
  request?.catch(() => undefined);
}

/** Longer than about three lines of caption on a slide: clamped, with a button for the rest. */
const LONG_CAPTION = 180;

/** ?present=1: a full-window map that steps through the events with the keyboard. */
export function PresentView() {
  const { dataset } = useLoadedDataset();
  const details = useDatasetDetails();
  const date = useAsOfDate();
  const events = useMemo(() => sortEvents(dataset.events), [dataset]);
  const eventId = useStore(selectEventId);
  const selectEvent = useStore((s) => s.selectEvent);
  const step = events.findIndex((e) => e.id === eventId);
  const event = events[step];
  const highlighted = useMemo(() => new Set(event?.countries), [event]);
  // The buttons fade after three seconds without the pointer moving: the slide is the map.
  const isIdle = useIdle(3000);
  // A long caption is clamped; the reader can open the rest. Each event opens clamped.
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const isExpanded = expandedFor !== null && expandedFor === event?.id;
  const setExpanded = (toggle: (open: boolean) => boolean) =>
    setExpandedFor(toggle(isExpanded) ? (event?.id ?? null) : null);

  const act = useCallback(
    (action: PresentAction) => {
      if (action === "fullscreen") return toggleFullscreen();
      const target = events[stepTo(action, step, events.length)];
      if (target && target.id !== eventId) selectEvent(target.id, target.date);
    },
    [events, step, eventId, selectEvent],
  );

  useEventDateWhenUndated();

  // A layout effect: the keys work from the moment the view is in the page, not a frame later.
  useLayoutEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const action = presentAction(e);
      if (!action || e.defaultPrevented) return;
      if ((e.target as Element | null)?.closest?.("input, textarea, select")) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [act]);

  return (
    <main className={isIdle ? "present is-idle" : "present"}>
      <header className="present-header">
        <h1>{SITE_TITLE}</h1>
        <time data-testid="as-of-date" dateTime={date}>
          {formatDate(date)}
        </time>
      </header>
      <MapSummary date={date} />
      <div className="present-map">
        {/* Over the map, not a grid row: the map keeps its size whether or not a notice shows. */}
        <Notices {...useNotices()} />
        <GeometryGate>
          {(geometry) => (
            <WorldMap geometry={geometry} highlighted={highlighted} interactive={false} />
          )}
        </GeometryGate>
      </div>
      <section
        className={isExpanded ? "present-caption is-expanded" : "present-caption"}
        aria-live="polite"
        aria-label="Event"
      >
        {event ? (
          <>
            <p className="present-step">
              Event {step + 1} of {events.length} ·{" "}
              <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
            </p>
            <h2>{event.title}</h2>
            <LoadGate state={details} loading="Loading the caption…">
              {(d) => {
                const description = d.events.get(event.id)?.description ?? "";
                return (
                  <>
                    <p className="present-description" id="present-description">
                      {description}
                    </p>
                    {description.length > LONG_CAPTION && (
                      <button
                        type="button"
                        className="link-button present-more"
                        aria-expanded={isExpanded}
                        aria-controls="present-description"
                        onClick={() => setExpanded((open) => !open)}
                      >
                        {isExpanded ? "Show less" : "Read the rest"}
                      </button>
                    )}
                  </>
                );
              }}
            </LoadGate>
          </>
        ) : (
          <p>
            {events.length} events. Press → or Page Down to step through them, F for full screen.
          </p>
        )}
      </section>
      <footer className="present-footer">
        <MapLegend interactive={false} />
        <nav className="present-nav" aria-label="Steps">
          <button type="button" onClick={() => act("previous")} disabled={step <= 0}>
            ← Previous
          </button>
          <button type="button" onClick={() => act("next")} disabled={step >= events.length - 1}>
            Next →
          </button>
          <button type="button" onClick={() => act("fullscreen")}>
            Full screen
          </button>
        </nav>
      </footer>
    </main>
  );
}
