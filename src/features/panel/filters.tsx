import { useLoadedDataset } from "../../state/loaded-dataset";
import { REGION_IDS, type RegionId } from "../../data/ids";
import { useStore } from "../../state/store";
import { StatusSwatch } from "../../ui/status-swatch";

export const REGION_LABELS: Record<RegionId, string> = {
  europe: "Europe",
  americas: "Americas",
  "asia-pacific": "Asia-Pacific",
  "middle-east": "Middle East",
  africa: "Africa",
};

export function StatusFilter() {
  const { dataset } = useLoadedDataset();
  const active = useStore((s) => s.statuses);
  const toggleStatus = useStore((s) => s.toggleStatus);
  const setStatuses = useStore((s) => s.setStatuses);
  return (
    <fieldset className="status-filter" data-testid="status-filter">
      <legend>Category</legend>
      {dataset.categories.map((category) => (
        <label key={category.id} className="check">
          <input
            type="checkbox"
            name="status"
            value={category.id}
            checked={active.includes(category.id)}
            onChange={() => toggleStatus(category.id)}
          />
          <StatusSwatch status={category.id} /> {category.label}
        </label>
      ))}
      {active.length > 0 && (
        <button type="button" className="link-button" onClick={() => setStatuses([])}>
          Show all categories
        </button>
      )}
    </fieldset>
  );
}

export function RegionFilter() {
  const region = useStore((s) => s.region);
  const setRegion = useStore((s) => s.setRegion);
  return (
    <label className="field">
      <span>Region</span>
      <select
        value={region ?? ""}
        onChange={(e) => setRegion((e.target.value || null) as RegionId | null)}
      >
        <option value="">All regions</option>
        {REGION_IDS.map((id) => (
          <option key={id} value={id}>
            {REGION_LABELS[id]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SearchBox() {
  const query = useStore((s) => s.query);
  const setQuery = useStore((s) => s.setQuery);
  return (
    <label className="field">
      <span>Search countries</span>
      <input
        type="search"
        value={query}
        maxLength={100}
        placeholder="e.g. Italy"
        onChange={(e) => setQuery(e.target.value)}
      />
    </label>
  );
}
