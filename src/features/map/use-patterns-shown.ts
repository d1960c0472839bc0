import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { useStore } from "../../state/store";

/*
 * Whether the page is being printed. `beforeprint` comes before the browser lays out the
 * printed page, and what its listeners render synchronously (flushSync) is on the paper; the
 * print media query covers print previews and emulation, which fire no `beforeprint`.
 */
let isPrinting = false;
const listeners = new Set<() => void>();
const printQuery = () => window.matchMedia?.("print");
function setPrinting(value: boolean) {
  if (value === isPrinting) return;
  isPrinting = value;
  flushSync(() => listeners.forEach((listener) => listener()));
}
const onBeforePrint = () => setPrinting(true);
const onAfterPrint = () => setPrinting(printQuery()?.matches ?? false);
const onMediaChange = (event: MediaQueryListEvent) => setPrinting(event.matches);

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener("beforeprint", onBeforePrint);
    window.addEventListener("afterprint", onAfterPrint);
    printQuery()?.addEventListener("change", onMediaChange);
    isPrinting = printQuery()?.matches ?? false;
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener("beforeprint", onBeforePrint);
    window.removeEventListener("afterprint", onAfterPrint);
    printQuery()?.removeEventListener("change", onMediaChange);
  };
}

/**
 * Whether the map draws its category patterns: when the reader turns them on, and always on
 * paper, where a status must never rest on colour alone. Otherwise they are not in the DOM at
 * all rather than hidden: the overlays were a third of the live map's elements, paid for by the
 * first load and by every date step (issue 12).
 */
export function usePatternsShown(): boolean {
  const patterns = useStore((s) => s.patterns);
  const printing = useSyncExternalStore(
    subscribe,
    () => isPrinting,
    () => false,
  );
  return patterns || printing;
}
