import { isCalendarDate, type Dataset } from "../data/schema";

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

/** "5 July 2020", or "July 2020" for month-precision entries. Dates are parsed by hand so no time zone can shift them. */
export function formatDate(date: string, precision: "day" | "month" = "day"): string {
  const [year, month, day] = date.split("-").map(Number);
  const monthName = MONTHS[(month ?? 1) - 1];
  return precision === "month" ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
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
