import { QUICK_VIEWS } from "../../domain/camera";
import { useStore } from "../../state/store";

/**
 * Buttons that fit the live map to an area whose small states are specks at world zoom, so
 * they can be read and clicked.
 */
export function QuickViews() {
  const requestFit = useStore((s) => s.requestFit);
  return (
    <div className="quick-views" role="group" aria-label="Zoom to an area">
      {QUICK_VIEWS.map((area) => (
        <button
          key={area.id}
          type="button"
          onClick={() => requestFit({ kind: "area", iso3s: area.iso3s })}
        >
          {area.label}
        </button>
      ))}
    </div>
  );
}
