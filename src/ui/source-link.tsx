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
