import { formatDate } from "../../domain/dates";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";

/**
 * Says, near the top, that a comparison is on: the two dates, which one the map shows (a toggle
 * between them where the maps are not side by side), and a way to end it.
 */
export function CompareBanner({ sideBySide = false }: { sideBySide?: boolean }) {
  const since = useStore((s) => s.since);
  if (!since) return null;
  return <Comparing since={since} sideBySide={sideBySide} />;
}

/** The banner's text and buttons: their own component, so a date step renders them only while comparing. */
function Comparing({ since, sideBySide }: { since: string; sideBySide: boolean }) {
  const side = useStore((s) => s.compareSide);
  const showSide = useStore((s) => s.showCompareSide);
  const setSince = useStore((s) => s.setSince);
  const date = useAsOfDate();
  const [early, late] = since <= date ? [since, date] : [date, since];
  return (
    <section className="compare-banner" aria-label="Comparison" data-testid="compare-banner">
      <p>
        <strong>Comparing</strong> <time dateTime={early}>{formatDate(early)}</time> with{" "}
        <time dateTime={late}>{formatDate(late)}</time>. Countries with a bold dashed outline
        changed category; a thin dotted outline marks data only from after the first date.
      </p>
      <div className="compare-actions">
        {!sideBySide && (
          <div className="view-switch" role="group" aria-label="Show the map at">
            <button type="button" aria-pressed={side === "since"} onClick={() => showSide("since")}>
              Show map at {formatDate(since)}
            </button>
            <button type="button" aria-pressed={side === "date"} onClick={() => showSide("date")}>
              Show map at {formatDate(date)}
            </button>
          </div>
        )}
        <button type="button" onClick={() => setSince(null)}>
          Stop comparing
        </button>
      </div>
    </section>
  );
}
