import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** What the area is, in words a reader understands ("the map"). */
  name: string;
  children: ReactNode;
}

/**
 * A throw inside one area (map, panel, timeline) shows a named message with Retry there, while
 * the other areas keep working.
 */
export class AreaBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Error in ${this.props.name}:`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="load-error" role="alert">
        <h2>Something went wrong in {this.props.name}</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
