import type { ReactNode, RefObject } from "react";
import { formatDate } from "../../domain/dates";
import { useAsOfDate } from "../../state/derived";

/**
 * The map's svg element and its name, which says the date shown. Its own component so that a
 * date step re-renders this element alone: `children` (the shapes) are the element the map
 * built before, which React skips.
 */
export function MapFrame({
  svgRef,
  viewBox,
  crop,
  isStatic,
  date,
  pointerHandlers,
  children,
}: {
  svgRef: RefObject<SVGSVGElement>;
  viewBox: string;
  crop: boolean;
  isStatic: boolean;
  /** The date shown when it is not the as-of date (a comparison's earlier map). */
  date: string | undefined;
  pointerHandlers: React.SVGProps<SVGSVGElement>;
  children: ReactNode;
}) {
  const asOf = useAsOfDate();
  return (
    <svg
      ref={svgRef}
      viewBox={viewBox}
      // Phones give the map a taller box than the world's shape: fill it rather than letterbox.
      preserveAspectRatio={crop ? "xMidYMid slice" : undefined}
      {...(isStatic
        ? { "aria-hidden": true }
        : {
            "data-testid": "world-map",
            role: "group",
            "aria-label": `World map of positions on Huawei 5G equipment on ${formatDate(date ?? asOf)}. Use the arrow keys to move between countries, Enter to select, Escape to clear.`,
          })}
      {...pointerHandlers}
    >
      {children}
    </svg>
  );
}
