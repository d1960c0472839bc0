import { useEffect, useState, type ReactNode } from "react";

/**
 * Renders `children` only after the frame that holds everything else has been painted, and
 * `fallback` (a box that keeps their place) until then. The live map is what a reader reaches
 * for first: the long lists (events, countries) and the chart must not hold back its first
 * interactive frame. `frames={2}` waits one frame more, so two deferred parts render in two
 * shorter tasks rather than one long one (a phone's input stays responsive between them).
 * Without requestAnimationFrame (a hidden tab), a timer stands in.
 */
export function AfterFirstPaint({
  children,
  fallback = null,
  frames = 1,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  frames?: number;
}) {
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the frame's callback runs after that frame is painted.
    const afterPaint = (left: number) => {
      frame = requestAnimationFrame(
        () => (timer = setTimeout(() => (left > 1 ? afterPaint(left - 1) : setReady(true)))),
      );
    };
    afterPaint(frames);
    const fallbackTimer = setTimeout(() => setReady(true), 500 * frames);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallbackTimer);
    };
  }, [frames]);
  return isReady ? children : fallback;
}
