import { useLoadedDataset } from "../../state/loaded-dataset";
import { NO_DATA_LABEL } from "../../domain/labels";
import { useRowsAtAsOf } from "../../state/as-of";
import { useStore } from "../../state/store";
import { StatusSwatch } from "../../ui/status-swatch";

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
      {dataset.categories.map((category) => {
        const isOn = active.length === 0 || active.includes(category.id);
        const content = (
          <>
            <StatusSwatch status={category.id} />
            <span className="legend-label">{category.label}</span>
            <span className="legend-count">{counts[category.id]}</span>
          </>
        );
        return (
          <li key={category.id}>
            {interactive ? (
              <button
                type="button"
                className={`legend-item${isOn ? "" : " is-off"}`}
                aria-pressed={active.includes(category.id)}
                title={category.definition}
                aria-label={`${category.label} ${counts[category.id]} countries`}
                onClick={() => toggleStatus(category.id)}
              >
                {content}
              </button>
            ) : (
              <span className="legend-item">{content}</span>
            )}
          </li>
        );
      })}
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
