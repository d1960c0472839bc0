import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useLoadedDataset } from "../data/loaded-dataset";
import { countryRowsAt, type CountryFilter } from "../domain/country-rows";
import {
  changedBetween,
  statusesAt,
  type StatusAtDate,
  type StatusIndex,
} from "../domain/status-index";
import { useStore } from "./store";

/** The as-of date: the link's date, or the latest data. */
export function useAsOfDate(): string {
  const { dataset } = useLoadedDataset();
  const date = useStore((s) => s.date);
  return date ?? dataset.updated;
}

// Map, legend and list all ask for the statuses at the same date: share one result.
let lastStatuses: { index: StatusIndex; date: string; value: Map<string, StatusAtDate> } | null =
  null;
function sharedStatusesAt(index: StatusIndex, date: string) {
  if (lastStatuses?.index !== index || lastStatuses.date !== date)
    lastStatuses = { index, date, value: statusesAt(index, date) };
  return lastStatuses.value;
}

export function useStatusesAtAsOf(): Map<string, StatusAtDate> {
  return useStatusesAt(useAsOfDate());
}

/** Every country's status at `date` (the compare view shows the map at either date). */
export function useStatusesAt(date: string): Map<string, StatusAtDate> {
  const { index } = useLoadedDataset();
  return sharedStatusesAt(index, date);
}

export function useCountryRows() {
  const { dataset, index } = useLoadedDataset();
  const date = useAsOfDate();
  return useMemo(() => countryRowsAt(dataset, index, date), [dataset, index, date]);
}

export function useCountryFilter(): CountryFilter {
  return useStore(useShallow((s) => ({ statuses: s.statuses, region: s.region, query: s.query })));
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
  const { index } = useLoadedDataset();
  const date = useAsOfDate();
  const since = useStore((s) => s.since);
  return useMemo(() => {
    if (!since) return NO_COMPARISON;
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
