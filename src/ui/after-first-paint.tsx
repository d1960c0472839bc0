import { useEffect, useState, type ReactNode } from "react";

/**
 * Renders `children` only after the frame that holds everything else has been painted, and
 * `fallback` (a box that keeps their place) until then. The live map is what a reader reaches
 * for first: the long lists (events, countries) and the chart must not hold back its first
 * interactive frame. Without requestAnimationFrame (a hidden tab), a timer stands in.
 */
export function AfterFirstPaint({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the frame's callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setReady(true))));
    const fallbackTimer = setTimeout(() => setReady(true), 500);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallbackTimer);
    };
  }, []);
  return isReady ? children : fallback;
}
