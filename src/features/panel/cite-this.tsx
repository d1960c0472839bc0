import { useState } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { countryName } from "../../data/countries";
import { todayIso } from "../../data/today";
import { citations } from "../../domain/citation";
import { CopyField } from "../../ui/copy-field";

/** The dataset's (or a country page's) public address; the base from Vite, so sub-paths work. */
function citedUrl(iso3: string | null): string {
  const site = `${window.location.origin}${import.meta.env.BASE_URL}`;
  return iso3 ? `${site}country/${iso3.toLowerCase()}/` : site;
}

/**
 * "Cite this": the dataset, or one country's entry, in APA, Chicago and BibTeX, with the
 * dataset's version, its address and today as the access date, each with a Copy button.
 */
export function CiteThis({ iso3 = null }: { iso3?: string | null }) {
  const { dataset, index } = useLoadedDataset();
  // The fields (and their copy status lines) exist only while open: the page's live regions
  // stay the notices, and a closed section costs nothing.
  const [isOpen, setOpen] = useState(false);
  const hasPage = iso3 !== null && index.byIso3.has(iso3);
  const cites = citations({
    version: dataset.version,
    updated: dataset.updated,
    url: citedUrl(hasPage ? iso3 : null),
    accessed: todayIso(),
    country: hasPage ? { iso3, name: countryName(iso3) } : undefined,
  });
  return (
    <details className="cite-this" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Cite this {hasPage ? "entry" : "dataset"}</summary>
      {isOpen && (
        <>
          <CopyField label="APA" copyLabel="Copy the APA citation" value={cites.apa} rows={4} />
          <CopyField
            label="Chicago"
            copyLabel="Copy the Chicago citation"
            value={cites.chicago}
            rows={4}
          />
          <CopyField
            label="BibTeX"
            copyLabel="Copy the BibTeX citation"
            value={cites.bibtex}
            rows={9}
          />
        </>
      )}
    </details>
  );
}
