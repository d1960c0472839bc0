import { scaleLinear, scaleTime } from "d3-scale";
import { useMemo, type MouseEvent } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { CATEGORY_IDS } from "../../data/ids";
import { countsOverTime, type CountsAtDate } from "../../domain/counts-over-time";
import { addDays, daysBetween, formatDate } from "../../domain/dates";
import { statusColor } from "../../domain/palette";
import { useSettledRowsAtAsOf } from "../../state/as-of";
import { useStore } from "../../state/store";

const WIDTH = 600;
const HEIGHT = 90;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const totalOf = (point: CountsAtDate) =>
  CATEGORY_IDS.reduce((sum, id) => sum + point.counts[id], 0);

/** How many countries sat in each category over time (stacked steps); click to set the date. */
export function CountsChart() {
  const { dataset, index, span } = useLoadedDataset();
  const { start, end } = span;
  const { date } = useSettledRowsAtAsOf();
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
  const maxTotal = useMemo(() => Math.max(1, ...series.map(totalOf)), [series]);
  const bands = useMemo(() => stackedBands(series, x, end, maxTotal), [series, x, end, maxTotal]);
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

  const yTicks = countTicks(maxTotal);
  const years = yearStarts(start, end);

  return (
    <figure className="counts-chart">
      <div className="counts-plot">
        <div className="counts-axis-y" aria-hidden="true">
          {yTicks.map((tick) => (
            <span key={tick} style={{ top: `${100 - (100 * tick) / maxTotal}%` }}>
              {tick}
            </span>
          ))}
        </div>
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
          {yTicks.map((tick) => (
            <line
              key={tick}
              className="counts-grid"
              x1={0}
              x2={WIDTH}
              y1={HEIGHT - (HEIGHT * tick) / maxTotal}
              y2={HEIGHT - (HEIGHT * tick) / maxTotal}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        {/* Outside the SVG: moving it repaints a line, not every band of the chart. A transform,
            not `left`, so the moving line is never a layout shift. */}
        <div className="counts-chart-marker-track" aria-hidden="true">
          <div
            className="counts-chart-marker"
            style={{ transform: `translateX(${(100 * markerX) / WIDTH}%)` }}
          />
        </div>
        <div className="counts-axis-x" aria-hidden="true">
          {years.map((year) => (
            <span key={year} style={{ left: `${(100 * x(toTime(`${year}-01-01`))) / WIDTH}%` }}>
              {year}
            </span>
          ))}
        </div>
      </div>
      <figcaption className="muted">
        Countries per category over time (count on the left, years below) · the line marks the as-of
        date · click to jump
      </figcaption>
    </figure>
  );
}

/** 0, a round middle and the top: a count scale that stays readable at 90 px tall. */
function countTicks(max: number): number[] {
  return scaleLinear()
    .domain([0, max])
    .nice()
    .ticks(3)
    .filter((t) => t <= max);
}

/** Each year whose 1 January lies within the span. */
function yearStarts(start: string, end: string): number[] {
  const years: number[] = [];
  for (let year = Number(start.slice(0, 4)); `${year}-01-01` <= end; year++)
    if (`${year}-01-01` >= start) years.push(year);
  return years;
}

/** Stacked step bands, ban at the bottom: each band is one polygon of steps. */
function stackedBands(
  series: CountsAtDate[],
  x: (time: number) => number,
  end: string,
  maxTotal: number,
) {
  const y = scaleLinear().domain([0, maxTotal]).range([HEIGHT, 0]);
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
