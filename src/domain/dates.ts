import type { Dataset } from "../data/schema";

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
];

// Every shape's label formats its entry's date on each date step; the dates repeat.
const formatted = new Map<string, string>();

/** "5 July 2020", or "July 2020" for month-precision entries. Dates are parsed by hand so no time zone can shift them. */
export function formatDate(date: string, precision: "day" | "month" = "day"): string {
  const key = precision === "month" ? `m${date}` : date;
  let text = formatted.get(key);
  if (text === undefined) {
    const [year, month, day] = date.split("-").map(Number);
    const monthName = MONTHS[(month ?? 1) - 1];
    text = precision === "month" ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
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
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
