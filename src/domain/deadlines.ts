import type { DatasetStatuses, DeadlineStatuses } from "../data/schema";
import { compareCodePoints } from "../data/ids";

export interface DatedDeadline extends DeadlineStatuses {
  iso3: string;
}

/** Every country's deadlines after `date`, soonest first: the milestones still ahead. */
export function deadlinesAfter(dataset: DatasetStatuses, date: string): DatedDeadline[] {
  return dataset.countries
    .flatMap((country) =>
      (country.deadlines ?? []).map((deadline) => ({ ...deadline, iso3: country.iso3 })),
    )
    .filter((deadline) => deadline.date > date)
    .sort((a, b) => compareCodePoints(a.date, b.date) || compareCodePoints(a.iso3, b.iso3));
}
