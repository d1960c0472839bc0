import type { Dataset } from "../data/schema";
import { formatDate } from "./dates";
import { sortEvents } from "./events";
import { SITE_TITLE } from "./map-picture";

/** More slides than this make a file too heavy to mail; the range is cut and the reader told. */
export const MAX_EVENT_SLIDES = 40;

export interface PlannedSlide {
  /** The map's as-of date on this slide. */
  date: string;
  /** The event shown, or null for the current view alone. */
  eventId: string | null;
  heading: string;
  description: string;
}

export interface SlidePlan {
  title: string;
  subtitle: string;
  /** The attribution under every slide. */
  source: string;
  slides: PlannedSlide[];
  /** Events in the range left out beyond MAX_EVENT_SLIDES. */
  leftOut: number;
}

/**
 * What a deck holds: a title slide, then one slide per event from `from` to `to` (oldest
 * first), or, without a range, the current view alone at `date`.
 */
export function planSlides(
  dataset: Dataset,
  request: { date: string; range: { from: string; to: string } | null },
): SlidePlan {
  const source = `Source: ${SITE_TITLE}, dataset ${dataset.version}; every status sourced.`;
  if (!request.range)
    return {
      title: SITE_TITLE,
      subtitle: `Where each country stands on Huawei's 5G network equipment, as of ${formatDate(request.date)}`,
      source,
      slides: [
        {
          date: request.date,
          eventId: null,
          heading: `As of ${formatDate(request.date)}`,
          description: "Where each country stands on Huawei's 5G network equipment.",
        },
      ],
      leftOut: 0,
    };
  const { from, to } = request.range;
  const events = sortEvents(dataset.events).filter((e) => e.date >= from && e.date <= to);
  return {
    title: SITE_TITLE,
    subtitle: `Events from ${formatDate(from)} to ${formatDate(to)}`,
    source,
    slides: events.slice(0, MAX_EVENT_SLIDES).map((event) => ({
      date: event.date,
      eventId: event.id,
      heading: event.title,
      description: event.description,
    })),
    leftOut: Math.max(0, events.length - MAX_EVENT_SLIDES),
  };
}
