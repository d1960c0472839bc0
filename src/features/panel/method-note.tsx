import { useLoadedDataset } from "../../state/loaded-dataset";
import { formatDate } from "../../domain/dates";
import { StatusSwatch } from "../../ui/status-swatch";
import { CiteThis } from "./cite-this";

/** The method in brief; the full note is docs/method.md, linked from here. */
export function MethodNote() {
  const { dataset } = useLoadedDataset();
  return (
    <details className="method-note">
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
        Dataset version {dataset.version}, updated {formatDate(dataset.updated)}.{" "}
        {dataset.corrections.length} correction
        {dataset.corrections.length === 1 ? "" : "s"} logged. To report an error, open an issue on
        the project with the country, the date and a source.
      </p>
      {dataset.corrections.length > 0 && (
        <ul className="corrections">
          {dataset.corrections.map((c) => (
            <li key={c.date + c.text}>
              <time dateTime={c.date}>{formatDate(c.date)}</time>: {c.text}
            </li>
          ))}
        </ul>
      )}
      <CiteThis />
    </details>
  );
}
