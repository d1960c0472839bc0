import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useLoadedDataset } from "./loaded-dataset";
import { rowsAtDate, type RowsAtDate } from "../domain/country-rows";
import { useAsOfDate } from "./derived";

const RowsAtAsOfContext = createContext<RowsAtDate | null>(null);

/**
 * Computes every country's status at the as-of date once per date and hands the result to the
 * map, legend, tooltip, list and table (OWID's MapChartState derives its lookups the same way).
 * Only this provider subscribes to the date; its children element is stable, so a date step
 * re-renders just the components that read the rows.
 */
export function RowsAtAsOfProvider({ children }: { children: ReactNode }) {
  const { dataset, index } = useLoadedDataset();
  const date = useAsOfDate();
  const value = useMemo(() => rowsAtDate(dataset, index, date), [dataset, index, date]);
  return <RowsAtAsOfContext.Provider value={value}>{children}</RowsAtAsOfContext.Provider>;
}

export function useRowsAtAsOf(): RowsAtDate {
  const value = useContext(RowsAtAsOfContext);
  if (!value) throw new Error("useRowsAtAsOf must be used inside RowsAtAsOfProvider");
  return value;
}
