import type { Category } from "../data/schema";
import type { StatusId } from "./status-index";

export const NO_DATA_LABEL = "No data";

/** The label of a status id, taken from the dataset's own category list. */
export function statusLabel(categories: readonly Category[], status: StatusId): string {
  if (status === "no_data") return NO_DATA_LABEL;
  return categories.find((c) => c.id === status)?.label ?? status;
}
