import type { Category } from "../data/schema";
import { matchesFilter, type CountryFilter, type CountryRow } from "./country-rows";
import type { StatusAtDate } from "./status-index";
import { describeStatus } from "./status-text";

export interface ShapeContext {
  categories: readonly Category[];
  statuses: ReadonlyMap<string, StatusAtDate>;
  rowsByIso3: ReadonlyMap<string, CountryRow>;
  filter: CountryFilter;
  selectedIso3: string | null;
  highlighted: ReadonlySet<string>;
  changed: ReadonlySet<string>;
  /** While comparing: countries whose coverage began between the dates (not a change). */
  coverageBegan?: ReadonlySet<string>;
  focusIso3: string | null;
}

/** Everything one country shape shows, as plain values (so memoised shapes can compare them). */
export function shapeStateFor(iso3: string, context: ShapeContext) {
  const at = context.statuses.get(iso3);
  const row = context.rowsByIso3.get(iso3);
  const isFilterActive =
    context.filter.statuses.length > 0 ||
    context.filter.region !== null ||
    context.filter.query.trim() !== "";
  return {
    iso3,
    status: at?.status ?? ("no_data" as const),
    label: describeStatus(iso3, at, context.categories),
    // Filtered-out countries fade rather than vanish, so the map keeps its shape.
    isFaded: isFilterActive && !(row && matchesFilter(row, context.filter)),
    isSelected: context.selectedIso3 === iso3,
    isHighlighted: context.highlighted.has(iso3),
    isChanged: context.changed.has(iso3),
    isCoverageBegan: context.coverageBegan?.has(iso3) ?? false,
    isFocusTarget: context.focusIso3 === iso3,
  };
}
