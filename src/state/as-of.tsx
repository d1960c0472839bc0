import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useLoadedDataset } from "./loaded-dataset";
import type { DatasetStatuses } from "../data/schema";
import { rowsAtDate, type RowsAtDate } from "../domain/country-rows";
import type { StatusIndex } from "../domain/status-index";
import { useAsOfDate } from "./derived";
import { whenStill } from "./when-still";

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
  // The map, its legend and the date controls answer every date step at once. The list,
  // table, chart and story follow a single step at once too, but a run of steps (dragging the
  // slider, holding an arrow key) only when it pauses (useSettled): the map recolours each
  // frame without the side panel repainting in between (issue 12).
  const settled = useSettled(value);
  return (
    <RowsAtAsOfContext.Provider value={value}>
      <SettledRowsContext.Provider value={settled}>{children}</SettledRowsContext.Provider>
    </RowsAtAsOfContext.Provider>
  );
}

/**
 * Steps closer together than this are a run: longer than the gap between the steps of a drag
 * or a held arrow key (a frame to about 35 ms), short enough that the lists catching up at the
 * end of a run reads as at once.
 */
export const SETTLE_MS = 120;

/**
 * `value`, following it at once when it changes after a rest (a link, a click, one arrow key),
 * and, while it keeps changing (a drag, a held key, a play-through faster than SETTLE_MS), only
 * once it has rested for SETTLE_MS: the dates passed through are skipped. useDeferredValue
 * rendered each of them right after the map, before the next frame when it could, and a list
 * row that changed made the browser repaint and re-layer the whole side panel: about 4 ms of
 * every frame of a drag (a trace of 80 steps: paint 4.5 and layerize 1.9 ms a frame, against
 * 1.6 and 0.3 ms), and at 4× CPU the next paint of a step went from 39 to 25 ms (median). The
 * catching-up render is a transition: an input that comes during it goes first.
 */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  const still = useRef<ReturnType<typeof whenStill>>(undefined);
  // A layout effect: after a rest the lists change in the same frame as the map, never a
  // frame of two dates.
  useLayoutEffect(() => {
    if (Object.is(latest.current, value)) return;
    latest.current = value;
    still.current ??= whenStill(SETTLE_MS, () => startTransition(() => setSettled(latest.current)));
    // A step after a rest: at once. A step in a run: when the run rests (whenStill).
    if (!still.current.step()) setSettled(value);
  }, [value]);
  useEffect(() => () => still.current?.cancel(), []);
  return settled;
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
