import type { DatasetEvent } from "../data/schema";
import { monthStarts } from "./dates";
import { sortEvents } from "./events";

export interface PlayStep {
  date: string;
  /** The event whose caption shows at this step, if the step is an event. */
  eventId: string | null;
}

/**
 * The steps of a play-through: a step a month so the map moves at a steady pace, plus one step
 * per event (several events on one day each get their own step, so every caption is seen).
 */
export function playbackSteps(
  span: { start: string; end: string },
  events: readonly DatasetEvent[],
): PlayStep[] {
  const eventSteps = sortEvents(events)
    .filter((e) => e.date >= span.start && e.date <= span.end)
    .map((e) => ({ date: e.date, eventId: e.id }));
  const eventDates = new Set(eventSteps.map((s) => s.date));
  const plainSteps = [span.start, ...monthStarts(span.start, span.end), span.end]
    .filter((date, i, all) => all.indexOf(date) === i && !eventDates.has(date))
    .map((date) => ({ date, eventId: null }));
  return [...plainSteps, ...eventSteps].sort((a, b) => a.date.localeCompare(b.date));
}

/** Where a play-through starting at `date` begins: the first step after it, or the start. */
export function firstStepAfter(steps: readonly PlayStep[], date: string, atEnd: boolean): number {
  if (atEnd) return 0;
  const next = steps.findIndex((s) => s.date > date);
  return next === -1 ? 0 : next;
}
