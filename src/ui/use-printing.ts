import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

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

/** Whether the page is being printed (or previewed or emulated for print) right now. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isPrinting,
    () => false,
  );
}
