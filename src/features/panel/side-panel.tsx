import { useStore } from "../../state/store";
import { CountryList } from "./country-list";
import { CountryStory } from "./country-story";
import { RegionFilter, SearchBox, StatusFilter } from "./filters";
import { MethodNote } from "./method-note";

export function SidePanel() {
  const selectedIso3 = useStore((s) => s.selectedIso3);
  return (
    <aside className="side-panel" aria-label="Filters and countries">
      {selectedIso3 && <CountryStory iso3={selectedIso3} />}
      <section className="filters" aria-label="Filters">
        <StatusFilter />
        <div className="filter-row">
          <RegionFilter />
          <SearchBox />
        </div>
      </section>
      <CountryList />
      <MethodNote />
    </aside>
  );
}
