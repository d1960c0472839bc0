import { useEffect, type RefObject } from "react";

/**
 * Keeps the selected event in view inside the horizontal strip (wide screens), whoever selected
 * it: the list, the map's play-through, a link. Only the strip scrolls, never the page, so
 * nothing jumps while the map plays; on phones the list is part of the page and stays put.
 */
export function useScrollSelectedIntoStrip(
  stripRef: RefObject<HTMLElement | null>,
  eventId: string | null,
) {
  useEffect(() => {
    const strip = stripRef.current;
    if (!strip || !eventId || strip.scrollWidth <= strip.clientWidth) return;
    const item = strip.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);
    if (!item) return;
    const stripBox = strip.getBoundingClientRect();
    const itemBox = item.getBoundingClientRect();
    const left =
      strip.scrollLeft + itemBox.left - stripBox.left - (stripBox.width - itemBox.width) / 2;
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    strip.scrollTo({ left: Math.max(0, left), behavior: reduce ? "auto" : "smooth" });
  }, [stripRef, eventId]);
}
