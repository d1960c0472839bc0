import { LoadError } from "../data/fetch-json";

/** A named failure with a way out: never a blank area. */
export function LoadErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const what = error instanceof LoadError ? error.what : "this part of the page";
  const details = error instanceof LoadError ? error.details : [];
  return (
    <div className="load-error" role="alert">
      <h2>Could not load {what}</h2>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      {details.length > 0 && (
        <ul className="error-details">
          {details.slice(0, 10).map((detail) => (
            <li key={detail}>
              <code>{detail}</code>
            </li>
          ))}
          {details.length > 10 && <li>… and {details.length - 10} more</li>}
        </ul>
      )}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
