import { useStore } from "../../state/store";
import { CountryList } from "./country-list";
import { CountryStory } from "./country-story";
import { RegionFilter, SearchBox, StatusFilter } from "./filters";
import { MethodNote } from "./method-note";
import { WhatChanged } from "./what-changed";

/** `showStory` is off on phones, where the story opens in a sheet over the map instead. */
export function SidePanel({ showStory = true }: { showStory?: boolean }) {
  const selectedIso3 = useStore((s) => s.selectedIso3);
  const since = useStore((s) => s.since);
  return (
    <aside className="side-panel" aria-label="Filters and countries">
      {showStory && selectedIso3 && <CountryStory iso3={selectedIso3} />}
      {since && <WhatChanged since={since} />}
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
