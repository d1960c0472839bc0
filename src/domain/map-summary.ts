import type { Category, CategoryId } from "../data/schema";
import { formatDate } from "./dates";
import { countsAt, type StatusId } from "./status-index";

/** What a number of countries did, per category: "banned Huawei", "restricted it". */
const VERBS: Record<CategoryId, [one: string, many: string]> = {
  ban: ["banned Huawei", "banned Huawei"],
  restricted: ["restricted it", "restricted it"],
  under_review: ["was reviewing it", "were reviewing it"],
  no_restriction: ["placed no restriction on it", "placed no restriction on it"],
  partner: ["partnered with it", "partnered with it"],
};

const countries = (n: number) => (n === 1 ? "1 country" : `${n} countries`);

/**
 * The map in one sentence, for screen readers: "As of 14 July 2020: 3 countries banned Huawei,
 * 5 restricted it, …; 120 have no data." Categories in the dataset's order, empty ones left out.
 */
export function mapSummary(
  categories: readonly Category[],
  statuses: ReadonlyMap<string, { readonly status: StatusId }>,
  date: string,
): string {
  const counts = countsAt(statuses);
  const parts = categories
    .filter((category) => counts[category.id] > 0)
    .map((category) => {
      const n = counts[category.id];
      const verb = VERBS[category.id]?.[n === 1 ? 0 : 1] ?? `: ${category.label.toLowerCase()}`;
      return `${countries(n)} ${verb}`;
    });
  const known = parts.length > 0 ? parts.join(", ") : "no country had a recorded position";
  const noData = counts.no_data > 0 ? `; ${countries(counts.no_data)} with no data yet` : "";
  return `As of ${formatDate(date)}: ${known}${noData}.`;
}
