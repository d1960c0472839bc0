import type { DatasetEvent } from "../data/schema";

export function sortEvents(events: readonly DatasetEvent[]): DatasetEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function eventsTouching(events: readonly DatasetEvent[], iso3: string): DatasetEvent[] {
  return events.filter((event) => event.countries.includes(iso3));
}

/** Events (already in date order) grouped by year, years in order: [["2018", [...]], …]. */
export function eventsByYear(events: readonly DatasetEvent[]): [string, DatasetEvent[]][] {
  const groups = new Map<string, DatasetEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), event]);
  }
  return [...groups];
}
