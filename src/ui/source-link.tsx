import { findSource } from "../data/find-source";
import type { Source } from "../data/schema";
import { formatDate } from "../domain/dates";

/** A citation: publisher, title (the link) and date. */
export function SourceLink({ source }: { source: Source }) {
  return (
    <cite className="source">
      {source.publisher},{" "}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      , {formatDate(source.date, source.precision)}
    </cite>
  );
}

/** The sources of one claim, by id; an id without a source is skipped (the schema forbids it). */
export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: Readonly<Record<string, Source>>;
}) {
  return (
    <ul className="sources" aria-label="Sources">
      {ids.map((id) => {
        const source = findSource({ sources }, id);
        return source ? (
          <li key={id}>
            <SourceLink source={source} />
          </li>
        ) : null;
      })}
    </ul>
  );
}
