import { useEffect, useMemo } from "react";
import { useLoadedDataset } from "./loaded-dataset";
import type { CountryFilter } from "../domain/country-rows";
import { changedBetween } from "../domain/status-index";
import { useStore } from "./store";

/** The as-of date: the link's date, or the latest data. */
export function useAsOfDate(): string {
  const { dataset } = useLoadedDataset();
  const date = useStore((s) => s.date);
  return date ?? dataset.updated;
}

/**
 * A link (or a choice) naming an event but no date shows the map on the event's date, in every
 * mode. Keyed on the event alone: pressing "Latest" with an event open keeps the latest date.
 */
export function useEventDateWhenUndated() {
  const { dataset } = useLoadedDataset();
  const eventId = useStore((s) => s.eventId);
  useEffect(() => {
    const event = eventId ? dataset.events.find((e) => e.id === eventId) : undefined;
    const { date, selectEvent } = useStore.getState();
    if (event && date === null) selectEvent(event.id, event.date);
  }, [eventId, dataset]);
}

/**
 * The filter as one object, the same object until one of its parts changes. Three plain
 * selectors, not a shallow-compared object: every store change (each date step) runs every
 * subscribed selector, and `shallow` builds Maps for each comparison (issue 12).
 */
export function useCountryFilter(): CountryFilter {
  const statuses = useStore((s) => s.statuses);
  const region = useStore((s) => s.region);
  const query = useStore((s) => s.query);
  return useMemo(() => ({ statuses, region, query }), [statuses, region, query]);
}

const NONE: ReadonlySet<string> = new Set();

export interface Comparison {
  /** Countries whose status changed from one category to another between the two dates. */
  changed: ReadonlySet<string>;
  /** Countries with no recorded position at the earlier date: our coverage began, nothing changed. */
  coverageBegan: ReadonlySet<string>;
}

const NO_COMPARISON: Comparison = { changed: NONE, coverageBegan: NONE };

/** What differs between the compare date and the as-of date, real changes apart from coverage. */
export function useComparison(): Comparison {
  const { dataset, index } = useLoadedDataset();
  const since = useStore((s) => s.since);
  // The as-of date only while comparing: without a comparison a date step must not re-render
  // what reads this (the dashboard's map, issue 12).
  const date = useStore((s) => (s.since ? (s.date ?? dataset.updated) : null));
  return useMemo(() => {
    if (!since || !date) return NO_COMPARISON;
    const changes = changedBetween(index, since, date);
    const of = (kind: "change" | "coverage") =>
      new Set(changes.filter((c) => c.kind === kind).map((c) => c.iso3));
    return { changed: of("change"), coverageBegan: of("coverage") };
  }, [index, since, date]);
}

/** Countries the selected event touched. */
export function useEventIso3s(): ReadonlySet<string> {
  const { dataset } = useLoadedDataset();
  const eventId = useStore((s) => s.eventId);
  return useMemo(() => {
    const event = eventId ? dataset.events.find((e) => e.id === eventId) : undefined;
    return event ? new Set(event.countries) : NONE;
  }, [dataset, eventId]);
}
