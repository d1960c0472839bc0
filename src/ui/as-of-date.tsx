import { formatDate } from "../domain/dates";

/**
 * The as-of date as the reader sees it (a contract hook: time[data-testid="as-of-date"]). The
 * date comes in as a prop: ui reads no state, so the build's prerender can use it too.
 */
export function AsOfDate({ date }: { date: string }) {
  return (
    <time data-testid="as-of-date" dateTime={date}>
      {formatDate(date)}
    </time>
  );
}
