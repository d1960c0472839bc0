import { useMemo, useState, type RefObject } from "react";
import type { ShapeHandlers } from "./country-shape";
import type { TooltipAnchor } from "./map-tooltip";

/** The shapes' select and point handlers, and where the tooltip sits (container pixels). */
export function useMapTooltip(
  containerRef: RefObject<HTMLElement | null>,
  selectCountry: (iso3: string) => void,
) {
  const [tooltip, setTooltip] = useState<TooltipAnchor | null>(null);
  const handlers = useMemo<ShapeHandlers>(
    () => ({
      onSelect: (iso3) => selectCountry(iso3),
      onPoint: (iso3, target, clientX, clientY) => {
        const box = containerRef.current?.getBoundingClientRect();
        if (!iso3 || !box) return setTooltip(null);
        if (target) {
          const rect = target.getBoundingClientRect();
          return setTooltip({
            iso3,
            x: rect.left + rect.width / 2 - box.left,
            y: rect.top - box.top,
          });
        }
        setTooltip({ iso3, x: (clientX ?? 0) - box.left, y: (clientY ?? 0) - box.top });
      },
    }),
    [containerRef, selectCountry],
  );
  return { tooltip, handlers };
}
