/** The dataset's fixed id lists and its date rule, without zod (see schema.ts). */

export const CATEGORY_IDS = [
  "ban",
  "restricted",
  "under_review",
  "no_restriction",
  "partner",
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const REGION_IDS = ["europe", "americas", "asia-pacific", "middle-east", "africa"] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** What kind of act a history entry records; defined in docs/method.md ("Instruments"). */
export const INSTRUMENT_IDS = [
  "law",
  "bill",
  "regulation",
  "government_decision",
  "regulator_decision",
  "court_ruling",
  "operator_commitment",
  "policy_statement",
  "agreement",
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Which parts of networks a measure covers; defined in docs/method.md ("Scope"). */
export const SCOPE_IDS = ["core", "ran", "transport", "government", "critical_sites"] as const;
export type ScopeId = (typeof SCOPE_IDS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2019-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Orders ISO dates and ids (plain ASCII) by code point, which is their order. Not
 * String.localeCompare: that sets up an ICU collator on first use, 20–30 ms of the first load.
 */
export const compareCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
