import { countsAt, statusesAt, type StatusId, type StatusIndex } from "./status-index";

export interface CountsAtDate {
  date: string;
  counts: Record<StatusId, number>;
}

/** Category counts at every date any status changed (counts are constant in between). */
export function countsOverTime(
  index: StatusIndex,
  span: { start: string; end: string },
): CountsAtDate[] {
  const dates = new Set<string>([span.start, span.end]);
  for (const { dates: entryDates } of index.byIso3.values())
    for (const date of entryDates) if (date >= span.start && date <= span.end) dates.add(date);
  return [...dates].sort().map((date) => ({ date, counts: countsAt(statusesAt(index, date)) }));
}
