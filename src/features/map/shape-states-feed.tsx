import { useEffect, useLayoutEffect, useMemo } from "react";
import { isFilterActive, rowsAtDate } from "../../domain/country-rows";
import { shapeStatesFor, type ShapeContext } from "../../domain/map-shapes";
import { rowsAtAsOf, useRowsAtAsOf } from "../../state/as-of";
import { useCountryFilter } from "../../state/derived";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { useStore } from "../../state/store";
import type { ShapeStates } from "./shape-states";

// Layout effects do nothing on the server (the build's prerender): there the first fill serves.
const useClientLayoutEffect = typeof document === "undefined" ? () => {} : useLayoutEffect;

export interface ShapeStatesFeedProps {
  store: ShapeStates;
  /** Every country the map draws: shapes and small-state markers. */
  iso3s: readonly string[];
  /** The date shown when it is not the as-of date (a comparison's earlier map). */
  date: string | undefined;
  selectedIso3: string | null;
  highlighted: ReadonlySet<string>;
  changed: ReadonlySet<string>;
  coverageBegan: ReadonlySet<string>;
  focusIso3: string | null;
}

/**
 * Works out every shape's state (src/domain/map-shapes.ts) from the rows at the shown date, the
 * filter, the selection and the marks, and hands them to the map's store, which re-renders just
 * the shapes that changed. It draws nothing. On a date step it and the frame's name
 * (map-frame.tsx) are the only parts of the map that render besides the changed shapes.
 */
export function ShapeStatesFeed({
  store,
  iso3s,
  date,
  selectedIso3,
  highlighted,
  changed,
  coverageBegan,
  focusIso3,
}: ShapeStatesFeedProps) {
  const { dataset, index } = useLoadedDataset();
  const asOf = useRowsAtAsOf();
  // While comparing, the reader may show the earlier date's map; only then is a second scan made.
  const other = useMemo(
    () => (date && date !== asOf.date ? rowsAtDate(dataset, index, date) : undefined),
    [date, asOf.date, dataset, index],
  );
  const rowsByIso3 = (other ?? asOf).byIso3;
  const filter = useCountryFilter();
  const states = useMemo(() => {
    const context: ShapeContext = {
      categories: dataset.categories,
      rowsByIso3,
      filter,
      isFilterActive: isFilterActive(filter),
      selectedIso3,
      highlighted,
      changed,
      coverageBegan,
      focusIso3,
    };
    // The last published states: a date step keeps the objects of the shapes it did not change.
    return { context, states: shapeStatesFor(iso3s, context, store.published) };
  }, [
    store,
    iso3s,
    dataset.categories,
    rowsByIso3,
    filter,
    selectedIso3,
    highlighted,
    changed,
    coverageBegan,
    focusIso3,
  ]);
  // A date step recolours from the store's change itself, before React renders, so the changed
  // shapes render in the same pass as the slider and legend, not in a second one after this
  // component's commit. The render above then finds the same rows and states and does nothing.
  // A comparison's steps (the marks change with the date) and a fixed date go the React way.
  useEffect(() => {
    if (date) return;
    return useStore.subscribe((state, previous) => {
      const published = store.published;
      if (state.date === previous.date || state.since || !published) return;
      const rows = rowsAtAsOf(dataset, index, state.date ?? dataset.updated);
      const context = { ...published.context, rowsByIso3: rows.byIso3 };
      store.publish({ context, states: shapeStatesFor(iso3s, context, published) });
    });
  }, [store, date, dataset, index, iso3s]);
  // The shapes below read their first states as they mount, in this same render: nothing is
  // subscribed yet, so this notifies no one. Later states go in once committed.
  if (!store.published) store.publish(states);
  useClientLayoutEffect(() => store.publish(states), [store, states]);
  return null;
}
