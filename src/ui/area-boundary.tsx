import { Component, type ErrorInfo, type ReactNode } from "react";
import { isChunkGone, isChunkLoadError } from "./chunk-error";

interface Props {
  /** What the area is, in words a reader understands ("the map"). */
  name: string;
  children: ReactNode;
  /** Runs before the area renders again after Retry (a lazy part re-imports its code here). */
  onRetry?: () => void;
  /** A smaller message for a small part (the counts chart), so it does not crowd its neighbours. */
  compact?: boolean;
  /** The whole page failed: the message stands alone, in the page's main landmark. */
  page?: boolean;
  /** For a part the reader opened (a dialog): a way to put it away instead of retrying. */
  onDismiss?: () => void;
}

interface State {
  error: Error | null;
  /** The failed code chunk is no longer on the server: the site changed since the page loaded. */
  isGone: boolean;
}

/**
 * A throw inside one area (map, panel, timeline, a lazy part) shows a named message with Retry
 * there, while the other areas keep working.
 */
export class AreaBoundary extends Component<Props, State> {
  state: State = { error: null, isGone: false };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error, isGone: false };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Error in ${this.props.name}:`, error, info.componentStack);
    if (isChunkLoadError(error))
      void isChunkGone(error).then((isGone) => {
        if (isGone && this.state.error === error) this.setState({ isGone });
      });
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null, isGone: false });
  };

  render() {
    const { error, isGone } = this.state;
    if (!error) return this.props.children;
    const isChunk = isChunkLoadError(error);
    const Heading = this.props.compact ? "h3" : "h2";
    const message = (
      <div className={`load-error${this.props.compact ? " compact" : ""}`} role="alert">
        <Heading>
          {isChunk
            ? `Could not load ${this.props.name}`
            : `Something went wrong in ${this.props.name}`}
        </Heading>
        <p>
          {isGone
            ? "The site has been updated since this page was opened. Reload the page to get the new version."
            : isChunk
              ? "Its code did not arrive: the connection may be down. Check it and retry."
              : error.message}
        </p>
        <div className="load-error-actions">
          <button type="button" onClick={this.retry}>
            Retry
          </button>
          {isChunk && (
            <button type="button" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          )}
          {this.props.onDismiss && (
            <button type="button" onClick={this.props.onDismiss}>
              Close
            </button>
          )}
        </div>
      </div>
    );
    return this.props.page ? <main className="app-status">{message}</main> : message;
  }
}
