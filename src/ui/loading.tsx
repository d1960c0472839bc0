import { useEffect, useState, type ReactNode } from "react";

/** Long enough that a quick load never flashes a message, short enough that a slow one is told. */
export const LOADING_MESSAGE_DELAY_MS = 400;

/**
 * A busy area: aria-busy at once, and its words shown after a short delay, so a reader on a
 * slow connection sees that something is under way while a fast load stays calm.
 */
export function Loading({ children, className }: { children: ReactNode; className?: string }) {
  const [isShown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), LOADING_MESSAGE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className={className ?? "loading"} aria-busy="true">
      <span className={isShown ? undefined : "loading-pending"}>{children}</span>
    </p>
  );
}
