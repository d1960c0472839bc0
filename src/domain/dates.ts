import { utcDay, utcMonth } from "d3-time";
import type { Dataset } from "../data/schema";

/** A YYYY-MM-DD day as UTC midnight, and back: UTC throughout, so no time zone shifts a day. */
const toDay = (date: string) => new Date(`${date}T00:00:00Z`);
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  month: "long",
  year: "numeric",
});
// Every shape's label formats its entry's date on each date step; the dates repeat.
const formatted = new Map<string, string>();

/** "5 July 2020", or "July 2020" for month-precision entries. */
export function formatDate(date: string, precision: "day" | "month" = "day"): string {
  const key = precision === "month" ? `m${date}` : date;
  let text = formatted.get(key);
  if (text === undefined) {
    text = (precision === "month" ? MONTH_FORMAT : DAY_FORMAT).format(toDay(date));
    formatted.set(key, text);
  }
  return text;
}

/**
 * The map's time axis starts in 2018, when governments began to decide on Huawei and 5G. A
 * measure from before then (Taiwan's 2013 rule) still shows: it is in force on the first day.
 */
export const TIMELINE_START = "2018-01-01";

/** The span the date controls cover: the first dated fact (from 2018 on) to the update day. */
export function datasetSpan(dataset: Dataset): { start: string; end: string } {
  let start = dataset.updated;
  for (const country of dataset.countries)
    for (const entry of country.history) if (entry.date < start) start = entry.date;
  for (const event of dataset.events) if (event.date < start) start = event.date;
  return { start: start < TIMELINE_START ? TIMELINE_START : start, end: dataset.updated };
}

export function addDays(date: string, days: number): string {
  return isoDay(utcDay.offset(toDay(date), days));
}

export function daysBetween(from: string, to: string): number {
  return utcDay.count(toDay(from), toDay(to));
}

/** First day of each month after `start` up to `end` (both YYYY-MM-DD). */
export function monthStarts(start: string, end: string): string[] {
  // utcMonth.range stops before its end, so the end day itself is included by going one past it.
  return utcMonth
    .range(utcMonth.offset(utcMonth.floor(toDay(start)), 1), utcDay.offset(toDay(end), 1))
    .map(isoDay);
}
