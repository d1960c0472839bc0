import { useEffect, useRef, type ReactNode } from "react";

/**
 * A sheet over the bottom of the screen, for phones: what the reader tapped opens right there,
 * with the map still in view above it. Non-modal (the map stays usable); focus moves into the
 * sheet on open (to its first heading that takes focus) and back where it was on close;
 * Escape closes it.
 */
export function BottomSheet({
  label,
  onClose,
  children,
}: {
  label: string;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | SVGElement | null;
    const sheet = ref.current;
    const target = sheet?.querySelector<HTMLElement>("[tabindex='-1']") ?? sheet;
    target?.focus({ preventScroll: true });
    return () => {
      // Back to where the reader was (a country shape, a list button), if it is still there.
      if (previous && previous !== document.body && previous.isConnected)
        previous.focus({ preventScroll: true });
    };
  }, []);

  return (
    <div
      ref={ref}
      className="bottom-sheet"
      role="dialog"
      aria-modal="false"
      aria-label={label}
      tabIndex={-1}
      data-testid="bottom-sheet"
      // The map fits what the reader picked above the sheet, not under it.
      data-covers-map
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCloseRef.current();
        }
      }}
    >
      <div className="bottom-sheet-grip" aria-hidden="true" />
      {children}
    </div>
  );
}
