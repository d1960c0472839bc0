/** Today's date as YYYY-MM-DD in UTC: the "future" limit for dataset dates. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
