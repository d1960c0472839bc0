import { scaleLinear, scaleTime } from "d3-scale";
import { useMemo, type MouseEvent } from "react";
import { useLoadedDataset } from "../../data/loaded-dataset";
import { CATEGORY_IDS } from "../../data/schema";
import { countsOverTime } from "../../domain/counts-over-time";
import { addDays, datasetSpan, daysBetween, formatDate } from "../../domain/dates";
import { statusColor } from "../../domain/palette";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";

const WIDTH = 600;
const HEIGHT = 90;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** How many countries sat in each category over time (stacked steps); click to set the date. */
export function CountsChart() {
  const { dataset, index } = useLoadedDataset();
  const span = datasetSpan(dataset);
  const date = useAsOfDate();
  const setDate = useStore((s) => s.setDate);
  const series = useMemo(() => countsOverTime(index, span), [index, span.start, span.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const maxTotal = Math.max(
    1,
    ...series.map((p) => CATEGORY_IDS.reduce((sum, id) => sum + p.counts[id], 0)),
  );
  const x = scaleTime()
    .domain([toTime(span.start), toTime(span.end)])
    .range([0, WIDTH]);
  const y = scaleLinear().domain([0, maxTotal]).range([HEIGHT, 0]);

  // Stacked step bands, ban at the bottom: each band is a polygon of steps.
  const bands = CATEGORY_IDS.map((id, level) => {
    const below = (i: number) =>
      CATEGORY_IDS.slice(0, level).reduce((sum, c) => sum + series[i]!.counts[c], 0);
    const top: string[] = [];
    const bottom: string[] = [];
    series.forEach((point, i) => {
      const x0 = x(toTime(point.date));
      const x1 = x(toTime(series[i + 1]?.date ?? span.end));
      const low = below(i);
      const high = low + point.counts[id];
      top.push(`${x0},${y(high)}`, `${x1},${y(high)}`);
      bottom.unshift(`${x1},${y(low)}`, `${x0},${y(low)}`);
    });
    return { id, points: [...top, ...bottom].join(" ") };
  });

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    setDate(addDays(span.start, Math.round(fraction * daysBetween(span.start, span.end))));
  };
  const markerX = x(toTime(date));
  const latest = series[series.length - 1]?.counts;

  return (
    <figure className="counts-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Countries per category over time, ${formatDate(span.start)} to ${formatDate(span.end)}${latest ? `; at the end: ${CATEGORY_IDS.map((id) => `${latest[id]} ${dataset.categories.find((c) => c.id === id)?.label.toLowerCase()}`).join(", ")}` : ""}. Click to set the date.`}
        onClick={onClick}
      >
        {bands.map((band) => (
          <polygon key={band.id} points={band.points} fill={statusColor(band.id)} />
        ))}
        <line
          x1={markerX}
          x2={markerX}
          y1={0}
          y2={HEIGHT}
          className="counts-chart-marker"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <figcaption className="muted">
        Countries per category over time · the line marks the as-of date · click to jump
      </figcaption>
    </figure>
  );
}
