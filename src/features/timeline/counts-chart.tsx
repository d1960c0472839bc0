import { scaleLinear, scaleTime } from "d3-scale";
import { useMemo, type MouseEvent } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { CATEGORY_IDS } from "../../data/ids";
import { countsOverTime, type CountsAtDate } from "../../domain/counts-over-time";
import { addDays, daysBetween, formatDate } from "../../domain/dates";
import { statusColor } from "../../domain/palette";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";

const WIDTH = 600;
const HEIGHT = 90;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** How many countries sat in each category over time (stacked steps); click to set the date. */
export function CountsChart() {
  const { dataset, index, span } = useLoadedDataset();
  const { start, end } = span;
  const date = useAsOfDate();
  const setDate = useStore((s) => s.setDate);
  const series = useMemo(() => countsOverTime(index, { start, end }), [index, start, end]);
  const x = useMemo(
    () =>
      scaleTime()
        .domain([toTime(start), toTime(end)])
        .range([0, WIDTH]),
    [start, end],
  );
  // The bands depend on the data only; a date change moves just the marker line.
  const bands = useMemo(() => stackedBands(series, x, end), [series, x, end]);
  const latest = series[series.length - 1]?.counts;
  const summary = latest
    ? `; at the end: ${dataset.categories.map((c) => `${latest[c.id]} ${c.label.toLowerCase()}`).join(", ")}`
    : "";

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    setDate(addDays(start, Math.round(fraction * daysBetween(start, end))));
  };
  const markerX = x(toTime(date));

  return (
    <figure className="counts-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Countries per category over time, ${formatDate(start)} to ${formatDate(end)}${summary}. Click to set the date.`}
        onClick={onClick}
      >
        {bands.map((band) => (
          <polygon key={band.id} points={band.points} fill={statusColor(band.id)} />
        ))}
      </svg>
      {/* Outside the SVG: moving it repaints a line, not every band of the chart. */}
      <div
        className="counts-chart-marker"
        style={{ left: `${(100 * markerX) / WIDTH}%` }}
        aria-hidden="true"
      />
      <figcaption className="muted">
        Countries per category over time · the line marks the as-of date · click to jump
      </figcaption>
    </figure>
  );
}

/** Stacked step bands, ban at the bottom: each band is one polygon of steps. */
function stackedBands(series: CountsAtDate[], x: (time: number) => number, end: string) {
  const total = (point: CountsAtDate) =>
    CATEGORY_IDS.reduce((sum, id) => sum + point.counts[id], 0);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...series.map(total))])
    .range([HEIGHT, 0]);
  return CATEGORY_IDS.map((id, level) => {
    const top: string[] = [];
    const bottom: string[] = [];
    series.forEach((point, i) => {
      const x0 = x(toTime(point.date));
      const x1 = x(toTime(series[i + 1]?.date ?? end));
      const low = CATEGORY_IDS.slice(0, level).reduce((sum, c) => sum + point.counts[c], 0);
      const high = low + point.counts[id];
      top.push(`${x0},${y(high)}`, `${x1},${y(high)}`);
      bottom.unshift(`${x1},${y(low)}`, `${x0},${y(low)}`);
    });
    return { id, points: [...top, ...bottom].join(" ") };
  });
}
