import { utcDay, utcMonth } from "d3-time";
import { isCalendarDate } from "../data/ids";
import type { DatasetStatuses } from "../data/schema";

/** A YYYY-MM-DD day as UTC midnight, and back: UTC throughout, so no time zone shifts a day. */
const toDay = (date: string) => new Date(`${date}T00:00:00Z`);
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/*
 * The app speaks British English only, so dates are written from a fixed month list rather than
 * through Intl.DateTimeFormat, whose setup at module start cost about 35 ms of the first load's
 * script (perf profile, issue 12). A unit test checks both forms against Intl.
 */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "5 July 2020", or "July 2020" for month-precision entries. */
export function formatDate(date: string, precision: "day" | "month" = "day"): string {
  const [year, month, day] = date.split("-");
  const monthYear = `${MONTHS[Number(month) - 1]} ${Number(year)}`;
  return precision === "month" ? monthYear : `${Number(day)} ${monthYear}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A month from its name or its first three letters, any case: 1–12, or 0 when unknown. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(lower)) + 1;
}

/**
 * A date the reader typed, as YYYY-MM-DD, or null. Accepts only unambiguous forms: "14 July
 * 2020", "14 Jul 2020", "July 14, 2020" and "2020-07-14"; never "07/14/2020", which reads
 * differently on either side of the Atlantic.
 */
export function parseReaderDate(text: string): string | null {
  const value = text.trim().replace(/\s+/g, " ");
  let date: string | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(value);
  const monthFirst = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(value);
  if (iso) date = `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  else if (dayFirst) {
    const month = monthNumber(dayFirst[2]!);
    if (month) date = `${dayFirst[3]}-${pad(month)}-${pad(Number(dayFirst[1]))}`;
  } else if (monthFirst) {
    const month = monthNumber(monthFirst[1]!);
    if (month) date = `${monthFirst[3]}-${pad(month)}-${pad(Number(monthFirst[2]))}`;
  }
  return date && isCalendarDate(date) ? date : null;
}

/**
 * The map's time axis starts in 2018, when governments began to decide on Huawei and 5G. A
 * measure from before then (Taiwan's 2013 rule) still shows: it is in force on the first day.
 */
export const TIMELINE_START = "2018-01-01";

/** The span the date controls cover: the first dated fact (from 2018 on) to the update day. */
export function datasetSpan(dataset: DatasetStatuses): { start: string; end: string } {
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
