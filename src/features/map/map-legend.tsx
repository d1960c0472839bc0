import { memo, useMemo } from "react";
import type { Category, CategoryId } from "../../data/schema";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { NO_DATA_LABEL } from "../../domain/labels";
import { useRowsAtAsOf } from "../../state/as-of";
import { useStore } from "../../state/store";
import { StatusSwatch } from "../../ui/status-swatch";

/**
 * One category of the key. Memoised: a date step changes a count or two, and only those items
 * re-render (their swatches and patterns stay as they are).
 */
const LegendItem = memo(function LegendItem({
  category,
  count,
  isOn,
  isPressed,
  onToggle,
}: {
  category: Category;
  count: number;
  isOn: boolean;
  isPressed: boolean;
  /** Absent on a picture of the key (the prerender, embeds without controls). */
  onToggle: ((id: CategoryId) => void) | undefined;
}) {
  // The same element from step to step: a count change does not redraw the swatch's pattern.
  const swatch = useMemo(() => <StatusSwatch status={category.id} />, [category.id]);
  const content = (
    <>
      {swatch}
      <span className="legend-label">{category.label}</span>{" "}
      <span className="legend-count">{count}</span>{" "}
      {/* The name read out is the text shown, and then what the number counts. */}
      <span className="visually-hidden">countries</span>
    </>
  );
  return (
    <li>
      {onToggle ? (
        <button
          type="button"
          className={`legend-item${isOn ? "" : " is-off"}`}
          aria-pressed={isPressed}
          title={category.definition}
          onClick={() => onToggle(category.id)}
        >
          {content}
        </button>
      ) : (
        <span className="legend-item">{content}</span>
      )}
    </li>
  );
});

/** The key, with counts at the as-of date; each item toggles that category's filter. */
export function MapLegend({ interactive = true }: { interactive?: boolean }) {
  const { dataset } = useLoadedDataset();
  const { counts } = useRowsAtAsOf();
  const active = useStore((s) => s.statuses);
  const toggleStatus = useStore((s) => s.toggleStatus);
  const patterns = useStore((s) => s.patterns);
  const setPatterns = useStore((s) => s.setPatterns);
  const list = (
    <ul
      className={`legend${patterns ? " patterns-on" : ""}`}
      aria-label="Legend: countries per category"
    >
      {dataset.categories.map((category) => (
        <LegendItem
          key={category.id}
          category={category}
          count={counts[category.id]}
          isOn={active.length === 0 || active.includes(category.id)}
          isPressed={active.includes(category.id)}
          onToggle={interactive ? toggleStatus : undefined}
        />
      ))}
      <li>
        <span className="legend-item">
          <StatusSwatch status="no_data" />
          <span className="legend-label">{NO_DATA_LABEL}</span>
        </span>
      </li>
    </ul>
  );
  if (!interactive) return list;
  return (
    <div className="legend-bar">
      {list}
      <button
        type="button"
        className="patterns-toggle"
        aria-pressed={patterns}
        title="Draw a pattern per category over its colour (always on in print and downloads)"
        onClick={() => setPatterns(!patterns)}
      >
        Patterns
      </button>
    </div>
  );
}
