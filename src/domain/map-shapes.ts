import type { Category } from "../data/schema";
import { matchesFilter, type CountryFilter, type CountryRow } from "./country-rows";
import type { StatusAtDate } from "./status-index";
import { describeStatus } from "./status-text";

export interface ShapeContext {
  categories: readonly Category[];
  rowsByIso3: ReadonlyMap<string, CountryRow>;
  filter: CountryFilter;
  /** Computed once per render of the map, not once per shape. */
  isFilterActive: boolean;
  selectedIso3: string | null;
  highlighted: ReadonlySet<string>;
  changed: ReadonlySet<string>;
  /** While comparing: countries whose coverage began between the dates (not a change). */
  coverageBegan?: ReadonlySet<string>;
  focusIso3: string | null;
}

export type ShapeState = ReturnType<typeof shapeStateFor>;

/**
 * Each shape's label, once per entry in force (an entry belongs to one country, and its run's
 * start is fixed by the index), not rebuilt for every shape on every date step.
 */
const labels = new WeakMap<object, { categories: readonly Category[]; label: string }>();
const noDataLabels = new Map<string, string>();
function labelFor(iso3: string, at: StatusAtDate | undefined, categories: readonly Category[]) {
  if (!at?.entry) {
    let label = noDataLabels.get(iso3);
    if (label === undefined) noDataLabels.set(iso3, (label = describeStatus(iso3, at, categories)));
    return label;
  }
  const cached = labels.get(at.entry);
  if (cached?.categories === categories) return cached.label;
  const label = describeStatus(iso3, at, categories);
  labels.set(at.entry, { categories, label });
  return label;
}

/** Everything one country shape shows, as plain values (so memoised shapes can compare them). */
export function shapeStateFor(iso3: string, context: ShapeContext) {
  const row = context.rowsByIso3.get(iso3);
  const at = row?.entry ? row.at : undefined;
  return {
    iso3,
    status: row?.status ?? ("no_data" as const),
    label: labelFor(iso3, at, context.categories),
    // Filtered-out countries fade rather than vanish, so the map keeps its shape.
    isFaded: context.isFilterActive && !(row && matchesFilter(row, context.filter)),
    isSelected: context.selectedIso3 === iso3,
    isHighlighted: context.highlighted.has(iso3),
    isChanged: context.changed.has(iso3),
    isCoverageBegan: context.coverageBegan?.has(iso3) ?? false,
    isFocusTarget: context.focusIso3 === iso3,
  };
}

/** Shape states and what they were worked out from (a later step keeps unchanged ones). */
export interface ShapeStatesWithContext {
  context: ShapeContext;
  states: ReadonlyMap<string, ShapeState>;
}

/** Whether two contexts are the same but perhaps for their rows (a date step). */
function sameBut(a: ShapeContext, b: ShapeContext, but: keyof ShapeContext | null): boolean {
  for (const key in a)
    if (key !== but && a[key as keyof ShapeContext] !== b[key as keyof ShapeContext]) return false;
  return true;
}

/**
 * Every shape's state. After a date step (`before` differs from `context` in its rows alone), a
 * country whose entry in force and status are the ones it had keeps its state object: its label
 * comes from the entry and its fading from the status, so nothing it shows changed. A step makes
 * new objects only for the countries that changed, not 200 of them to compare and drop.
 */
export function shapeStatesFor(
  iso3s: readonly string[],
  context: ShapeContext,
  before?: ShapeStatesWithContext,
): ReadonlyMap<string, ShapeState> {
  if (before && sameBut(before.context, context, null)) return before.states;
  const keep = before && sameBut(before.context, context, "rowsByIso3") ? before : undefined;
  const states = new Map<string, ShapeState>();
  for (const iso3 of iso3s) {
    const row = context.rowsByIso3.get(iso3);
    const was = keep?.context.rowsByIso3.get(iso3);
    const kept = keep && was?.entry === row?.entry && was?.status === row?.status;
    states.set(iso3, (kept && keep.states.get(iso3)) || shapeStateFor(iso3, context));
  }
  return states;
}

/** Whether two states of one shape draw the same (every field is a plain value). */
export function isSameShapeState(a: ShapeState, b: ShapeState): boolean {
  for (const key in a) if (a[key as keyof ShapeState] !== b[key as keyof ShapeState]) return false;
  return true;
}

const NO_ROWS: ShapeContext = {
  categories: [],
  rowsByIso3: new Map(),
  filter: { statuses: [], region: null, query: "" },
  isFilterActive: false,
  selectedIso3: null,
  highlighted: new Set(),
  changed: new Set(),
  focusIso3: null,
};

/** A shape with no status known: drawn as "no data". */
export const noDataShapeState = (iso3: string): ShapeState => shapeStateFor(iso3, NO_ROWS);
