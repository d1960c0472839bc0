import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { AreaBoundary } from "./area-boundary";

export interface RetryableLazy<P> {
  /** The current lazy component; a new one after a failed load is retried. */
  current(): ComponentType<P>;
  /** Forgets a failed load, so the next render imports the code again. */
  reset(): void;
}

/**
 * React.lazy keeps a rejected import forever, so a Retry after a failed chunk would only show
 * the same error. This keeps one lazy component while it works and makes a fresh one (a fresh
 * import()) after a failure.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): RetryableLazy<P> {
  let failed = false;
  // Typed as the component it loads: React renders a lazy component like the one it wraps.
  const make = (): ComponentType<P> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      ),
    ) as unknown as ComponentType<P>;
  let component = make();
  return {
    current: () => component,
    reset() {
      if (!failed) return;
      failed = false;
      component = make();
    },
  };
}

interface LazyPartProps<P> {
  part: RetryableLazy<P>;
  /** What the part is, for its error message ("the table"). */
  name: string;
  fallback: ReactNode;
  props: P;
  compact?: boolean;
  onDismiss?: () => void;
}

/** A lazily loaded part with its own boundary: its failure stays its own, and Retry re-imports. */
export function LazyPart<P extends object>({
  onDismiss,
  part,
  name,
  fallback,
  props,
  compact,
}: LazyPartProps<P>) {
  // Held in state: a Retry swaps in the fresh lazy component, which mounts and imports anew.
  const [Part, setPart] = useState(() => part.current());
  return (
    <AreaBoundary
      name={name}
      compact={compact}
      onDismiss={onDismiss}
      onRetry={() => {
        part.reset();
        setPart(() => part.current());
      }}
    >
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    </AreaBoundary>
  );
}
