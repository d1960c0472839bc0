import { formatDate } from "../domain/dates";
import { useAsOfDate } from "../state/derived";

/** The as-of date as the reader sees it (a contract hook: time[data-testid="as-of-date"]). */
export function AsOfDate() {
  const date = useAsOfDate();
  return (
    <time data-testid="as-of-date" dateTime={date}>
      {formatDate(date)}
    </time>
  );
}
