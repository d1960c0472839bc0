import type { EventStatuses } from "../data/schema";
import { compareCodePoints } from "../data/ids";

export function sortEvents<E extends EventStatuses>(events: readonly E[]): E[] {
  return [...events].sort(
    (a, b) => compareCodePoints(a.date, b.date) || compareCodePoints(a.id, b.id),
  );
}

export function eventsTouching<E extends EventStatuses>(events: readonly E[], iso3: string): E[] {
  return events.filter((event) => event.countries.includes(iso3));
}

/** Events (already in date order) grouped by year, years in order: [["2018", [...]], …]. */
export function eventsByYear<E extends EventStatuses>(events: readonly E[]): [string, E[]][] {
  const groups = new Map<string, E[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), event]);
  }
  return [...groups];
}
