import { useCallback, useSyncExternalStore } from "react";
import {
  isSameShapeState,
  noDataShapeState,
  type ShapeState,
  type ShapeStatesWithContext,
} from "../../domain/map-shapes";

type Listener = () => void;

/**
 * What every shape of one live map shows (src/domain/map-shapes.ts), kept outside React so that
 * a date step re-renders only the shapes whose state changed: the map's frame, its background
 * and every unchanged shape are left alone (issue 12). Each shape subscribes to its own country;
 * a shape whose fields are all unchanged keeps its state object, so nothing is notified for it.
 */
export class ShapeStates {
  private readonly states = new Map<string, ShapeState>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly anyListeners = new Set<Listener>();

  get(iso3: string): ShapeState {
    let state = this.states.get(iso3);
    // Not published (no shape asks before the first states are in): "no data", never a guess.
    if (!state) this.states.set(iso3, (state = noDataShapeState(iso3)));
    return state;
  }

  /** The last states published and what they were worked out from; none before the first. */
  published: ShapeStatesWithContext | undefined;

  subscribe(iso3: string, listener: Listener): () => void {
    let set = this.listeners.get(iso3);
    if (!set) this.listeners.set(iso3, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Called after any shape's state changed (the insets, which draw many countries each). */
  subscribeAny(listener: Listener): () => void {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  }

  /** Takes the new states, keeping each unchanged one's object; notifies only changed shapes. */
  publish({ context, states: next }: ShapeStatesWithContext): void {
    const changed: string[] = [];
    this.published = { context, states: this.states };
    if (next === this.states) return;
    for (const [iso3, state] of next) {
      const previous = this.states.get(iso3);
      if (previous === state || (previous && isSameShapeState(previous, state))) continue;
      this.states.set(iso3, state);
      changed.push(iso3);
    }
    if (changed.length === 0) return;
    for (const iso3 of changed) this.listeners.get(iso3)?.forEach((listener) => listener());
    this.anyListeners.forEach((listener) => listener());
  }
}

/** One shape's state; re-renders its component only when that state changes. */
export function useShapeState(store: ShapeStates, iso3: string): ShapeState {
  const subscribe = useCallback(
    (listener: Listener) => store.subscribe(iso3, listener),
    [store, iso3],
  );
  const get = () => store.get(iso3);
  return useSyncExternalStore(subscribe, get, get);
}

/**
 * A value worked out from many shapes' states (a string or number, compared by value): the
 * component re-renders only when it differs, not on every change elsewhere on the map.
 */
export function useShapeStatesValue<T extends string | number | boolean>(
  store: ShapeStates,
  select: (store: ShapeStates) => T,
): T {
  const subscribe = useCallback((listener: Listener) => store.subscribeAny(listener), [store]);
  const get = () => select(store);
  return useSyncExternalStore(subscribe, get, get);
}
