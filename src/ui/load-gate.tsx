import type { ReactNode } from "react";
import { LoadErrorPanel } from "./load-error";
import { Loading } from "./loading";

/** What the gate needs of a query result (a TanStack Query result has it). */
export interface LoadState<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A part that needs data loaded on demand: a busy message while it loads, a named error with a
 * working Retry if it fails, and the part itself once it is there.
 */
export function LoadGate<T>({
  state,
  loading,
  children,
}: {
  state: LoadState<T>;
  loading: string;
  children: (data: T) => ReactNode;
}) {
  if (state.data !== undefined) return children(state.data);
  if (state.isError)
    return <LoadErrorPanel error={state.error} onRetry={() => void state.refetch()} />;
  return <Loading>{loading}</Loading>;
}
