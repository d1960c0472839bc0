import type { DatasetEvent } from "../data/schema";

export function sortEvents(events: readonly DatasetEvent[]): DatasetEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function eventsTouching(events: readonly DatasetEvent[], iso3: string): DatasetEvent[] {
  return events.filter((event) => event.countries.includes(iso3));
}
