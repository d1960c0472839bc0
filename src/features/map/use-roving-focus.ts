import { useCallback, useState, type KeyboardEvent, type RefObject } from "react";

/**
 * One tab stop for the whole map; arrow keys move between countries (in name order), Enter or
 * Space selects, Escape clears. 200 separate tab stops would make the rest of the page unreachable.
 */
export function useRovingFocus(
  order: readonly string[],
  selectedIso3: string | null,
  containerRef: RefObject<HTMLElement | null>,
  select: (iso3: string | null) => void,
) {
  const [moved, setMoved] = useState<string | null>(null);
  const focusIso3 =
    (moved && order.includes(moved) ? moved : null) ??
    (selectedIso3 && order.includes(selectedIso3) ? selectedIso3 : null) ??
    order[0] ??
    null;

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as Element;
      const current = target.getAttribute?.("data-iso3");
      if (!current) return;
      const at = order.indexOf(current);
      let next: string | undefined;
      if (event.key === "ArrowRight" || event.key === "ArrowDown")
        next = order[(at + 1) % order.length];
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp")
        next = order[(at - 1 + order.length) % order.length];
      else if (event.key === "Home") next = order[0];
      else if (event.key === "End") next = order[order.length - 1];
      else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(current);
        return;
      } else if (event.key === "Escape") {
        select(null);
        return;
      } else return;
      event.preventDefault();
      if (!next) return;
      setMoved(next);
      containerRef.current?.querySelector<SVGElement>(`[data-iso3="${next}"]`)?.focus();
    },
    [order, select, containerRef],
  );
  return { focusIso3, onKeyDown };
}
