import { useId } from "react";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { addDays, daysBetween, formatDate } from "../../domain/dates";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";
import { PLAY_SPEEDS } from "../../domain/playback";
import { DateField } from "../../ui/date-field";
import { usePlayback } from "./use-playback";

/** As-of date (slider and date field), play/pause, and the compare-from date. */
export function DateControls() {
  const { span } = useLoadedDataset();
  const date = useAsOfDate();
  const since = useStore((s) => s.since);
  const setDate = useStore((s) => s.setDate);
  const setSince = useStore((s) => s.setSince);
  const { isPlaying, toggle } = usePlayback();
  const speed = useStore((s) => s.playSpeed);
  const setPlaySpeed = useStore((s) => s.setPlaySpeed);
  const sliderId = useId();
  const total = daysBetween(span.start, span.end);

  return (
    <div className="date-controls">
      <button
        type="button"
        className="play-button"
        onClick={toggle}
        aria-label={isPlaying ? "Pause" : "Play the map through time"}
      >
        <span aria-hidden="true">{isPlaying ? "❚❚" : "▶"}</span> {isPlaying ? "Pause" : "Play"}
      </button>
      <label className="field play-speed">
        <span>Play speed</span>
        <select value={speed} onChange={(e) => setPlaySpeed(Number(e.target.value))}>
          {PLAY_SPEEDS.map((option) => (
            <option key={option.speed} value={option.speed}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <div className="date-slider">
        <label htmlFor={sliderId}>As of</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={total}
          step={1}
          value={daysBetween(span.start, date)}
          aria-valuetext={formatDate(date)}
          onChange={(e) => setDate(addDays(span.start, Number(e.target.value)))}
        />
        <div className="date-slider-ends" aria-hidden="true">
          <span>{formatDate(span.start)}</span>
          <span>{formatDate(span.end)}</span>
        </div>
      </div>
      <DateField label="Date" value={date} min={span.start} max={span.end} onCommit={setDate} />
      <button type="button" onClick={() => setDate(null)} disabled={date === span.end}>
        Latest
      </button>
      <DateField
        label="Compare with"
        value={since}
        min={span.start}
        max={span.end}
        onCommit={setSince}
        isOptional
        describedBy={`${sliderId}-compare-help`}
      />
      <p id={`${sliderId}-compare-help`} className="visually-hidden">
        Marks every country whose status differs between this date and the as-of date.
      </p>
    </div>
  );
}
