import { useStore } from "../../state/store";
import { usePrinting } from "../../ui/use-printing";

/**
 * Whether the map draws its category patterns: when the reader turns them on, and always on
 * paper, where a status must never rest on colour alone. Otherwise they are not in the DOM at
 * all rather than hidden: the overlays were a third of the live map's elements, paid for by the
 * first load and by every date step (issue 12).
 */
export function usePatternsShown(): boolean {
  const patterns = useStore((s) => s.patterns);
  const printing = usePrinting();
  return patterns || printing;
}
