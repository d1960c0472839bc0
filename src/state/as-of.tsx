import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from "react";
import { useLoadedDataset } from "./loaded-dataset";
import type { DatasetStatuses } from "../data/schema";
import { rowsAtDate, type RowsAtDate } from "../domain/country-rows";
import type { StatusIndex } from "../domain/status-index";
import { useAsOfDate } from "./derived";

const RowsAtAsOfContext = createContext<RowsAtDate | null>(null);

let lastRows: { dataset: object; index: object; rows: RowsAtDate } | undefined;
/**
 * The rows at a date, scanned once per date: the provider below and the live map, which
 * recolours from the store's date change before React renders (features/map/shape-states.ts),
 * share one scan per step.
 */
export function rowsAtAsOf(dataset: DatasetStatuses, index: StatusIndex, date: string): RowsAtDate {
  if (lastRows?.dataset === dataset && lastRows.index === index && lastRows.rows.date === date)
    return lastRows.rows;
  lastRows = { dataset, index, rows: rowsAtDate(dataset, index, date) };
  return lastRows.rows;
}
const SettledRowsContext = createContext<RowsAtDate | null>(null);

/**
 * Computes every country's status at the as-of date once per date and hands the result to the
 * map, legend, tooltip, list and table (OWID's MapChartState derives its lookups the same way).
 * Only this provider subscribes to the date; its children element is stable, so a date step
 * re-renders just the components that read the rows.
 */
export function RowsAtAsOfProvider({ children }: { children: ReactNode }) {
  const { dataset, index } = useLoadedDataset();
  const date = useAsOfDate();
  const value = useMemo(() => rowsAtAsOf(dataset, index, date), [dataset, index, date]);
  // The map, its legend and the date controls answer a date step at once. The list, table,
  // chart and story read the same rows a moment later, in a render React sets aside for the
  // next input (useDeferredValue): dragging the slider recolours the map without waiting for a
  // hundred list rows, and the lists catch up as soon as the reader pauses (issue 12).
  const settled = useDeferredValue(value);
  return (
    <RowsAtAsOfContext.Provider value={value}>
      <SettledRowsContext.Provider value={settled}>{children}</SettledRowsContext.Provider>
    </RowsAtAsOfContext.Provider>
  );
}

function useRowsFrom(context: typeof RowsAtAsOfContext): RowsAtDate {
  const value = useContext(context);
  if (!value) throw new Error("The as-of rows must be read inside RowsAtAsOfProvider");
  return value;
}

/** The rows at the as-of date, for what answers a date step at once: the map and its legend. */
export const useRowsAtAsOf = () => useRowsFrom(RowsAtAsOfContext);

/**
 * The rows (and their date) for the lists, table, chart and story: the as-of rows once the map
 * has answered a date step. Read the date from here too, so a view never mixes two dates.
 */
export const useSettledRowsAtAsOf = () => useRowsFrom(SettledRowsContext);
