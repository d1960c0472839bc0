import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useLoadedDataset } from "./loaded-dataset";
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
  const { index } = useLoadedDataset();
  const date = useAsOfDate();
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

/** Countries whose status differs between the compare date and the as-of date. */
export function useChangedIso3s(): ReadonlySet<string> {
  const { index } = useLoadedDataset();
  const date = useAsOfDate();
  const since = useStore((s) => s.since);
  return useMemo(
    () => (since ? new Set(changedBetween(index, since, date).map((c) => c.iso3)) : NONE),
    [index, since, date],
  );
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
