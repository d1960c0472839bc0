import type { EventStatuses } from "../data/schema";
import { monthStarts } from "./dates";
import { sortEvents } from "./events";
import { compareCodePoints } from "../data/ids";

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
  events: readonly EventStatuses[],
): PlayStep[] {
  const eventSteps = sortEvents(events)
    .filter((e) => e.date >= span.start && e.date <= span.end)
    .map((e) => ({ date: e.date, eventId: e.id }));
  const eventDates = new Set(eventSteps.map((s) => s.date));
  const plainSteps = [span.start, ...monthStarts(span.start, span.end), span.end]
    .filter((date, i, all) => all.indexOf(date) === i && !eventDates.has(date))
    .map((date) => ({ date, eventId: null }));
  return [...plainSteps, ...eventSteps].sort((a, b) => compareCodePoints(a.date, b.date));
}

/** Where a play-through starting at `date` begins: the first step after it, or the start. */
export function firstStepAfter(steps: readonly PlayStep[], date: string, atEnd: boolean): number {
  if (atEnd) return 0;
  const next = steps.findIndex((s) => s.date > date);
  return next === -1 ? 0 : next;
}

/** A play-through of the whole span takes about this long at normal speed. */
export const PLAY_TOTAL_MS = 60_000;

/** An event's step lasts this many month steps: a brief pause, so its caption registers. */
export const EVENT_WEIGHT = 2.5;

/**
 * How long each step shows so the whole play-through takes `totalMs`: month steps share the time
 * evenly, event steps last EVENT_WEIGHT times longer. Speeds slower than 1 stretch the total.
 */
export function playTiming(
  steps: readonly PlayStep[],
  speed = 1,
  totalMs = PLAY_TOTAL_MS,
): { stepMs: number; eventMs: number } {
  const events = steps.filter((s) => s.eventId).length;
  const units = Math.max(1, steps.length - events + EVENT_WEIGHT * events);
  const stepMs = totalMs / speed / units;
  return { stepMs, eventMs: stepMs * EVENT_WEIGHT };
}

/** The speeds the reader can choose: the label says how long the whole span takes. */
export const PLAY_SPEEDS = [
  { speed: 1, label: "1 minute" },
  { speed: 0.5, label: "2 minutes (slower)" },
  { speed: 0.25, label: "4 minutes (slowest)" },
] as const;
