import { useState } from "react";
import { useDatasetDetails } from "../../state/dataset-details";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { LoadGate } from "../../ui/load-gate";
import { formatDate } from "../../domain/dates";
import { StatusSwatch } from "../../ui/status-swatch";
import { CiteThis } from "./cite-this";

/** The method in brief; the full note is docs/method.md, linked from here. */
export function MethodNote() {
  const { dataset } = useLoadedDataset();
  // The corrections come with the details, fetched when the reader opens the note.
  const [isOpen, setOpen] = useState(false);
  const details = useDatasetDetails({ enabled: isOpen });
  return (
    <details className="method-note" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Method: what the categories mean</summary>
      <dl>
        {dataset.categories.map((category) => (
          <div key={category.id}>
            <dt>
              <StatusSwatch status={category.id} /> {category.label}
            </dt>
            <dd>{category.definition}</dd>
          </div>
        ))}
        <div>
          <dt>
            <StatusSwatch status="no_data" /> No data
          </dt>
          <dd>We found no sourced position for the country at that date. Grey is never a guess.</dd>
        </div>
      </dl>
      <p>
        Each status holds from the date of the decision that set it (the announcement, not the later
        effective date) until the next entry. Every entry cites its sources; month-only dates are
        shown as a month.
      </p>
      <p>
        Dataset version {dataset.version}, updated {formatDate(dataset.updated)}. To report an
        error, open an issue on the project with the country, the date and a source.
      </p>
      {isOpen && (
        <LoadGate state={details} loading="Loading the corrections…">
          {({ dataset: { corrections } }) => (
            <>
              <p>
                {corrections.length} correction{corrections.length === 1 ? "" : "s"} logged.
              </p>
              {corrections.length > 0 && (
                <ul className="corrections">
                  {corrections.map((c) => (
                    <li key={c.date + c.text}>
                      <time dateTime={c.date}>{formatDate(c.date)}</time>: {c.text}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </LoadGate>
      )}
      <CiteThis />
    </details>
  );
}
