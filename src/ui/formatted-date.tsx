import { formatDate } from "../domain/dates";

/** A date as the reader sees it everywhere ("14 July 2020", or "July 2020"), machine-readable too. */
export function FormattedDate({ date, precision }: { date: string; precision?: "day" | "month" }) {
  return <time dateTime={date}>{formatDate(date, precision)}</time>;
}
