import { useId, useState } from "react";
import { useGeometry } from "../../data/geometry-query";
import { useLoadDetails } from "../../state/dataset-details";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { pictureInput } from "../../domain/map-picture";
import { composeMapSvg } from "../../domain/map-svg";
import { MAX_EVENT_SLIDES, planSlides } from "../../domain/slide-plan";
import { useAsOfDate } from "../../state/derived";
import { useStore } from "../../state/store";
import { saveFile, svgToPng } from "./save-file";
import { viewUrl } from "./share-links";
import type { DeckImage } from "./slide-deck";

const PICTURE = { width: 1200, height: 720 };

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error("could not read the picture"));
    reader.readAsDataURL(blob);
  });

function DateInput(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  disabled: boolean;
}) {
  const { span } = useLoadedDataset();
  return (
    <input
      type="date"
      aria-label={props.label}
      value={props.value}
      min={span.start}
      max={span.end}
      disabled={props.disabled}
      // A cleared field keeps the last date rather than an empty range.
      onChange={(e) => e.target.value && props.onChange(e.target.value)}
    />
  );
}

/** "Slides (PowerPoint)": the view, or the events of a range, as a 16:9 .pptx built here. */
export function SlidesExport() {
  const { dataset, index, span } = useLoadedDataset();
  const geometry = useGeometry();
  const loadDetails = useLoadDetails();
  const date = useAsOfDate();
  const id = useId();
  const [useRange, setUseRange] = useState(false);
  const [from, setFrom] = useState(span.start);
  const [to, setTo] = useState(span.end);
  const [status, setStatus] = useState("");
  const [isBusy, setBusy] = useState(false);

  const build = async () => {
    if (!geometry.data) return;
    setBusy(true);
    try {
      const range = useRange ? { from: from <= to ? from : to, to: from <= to ? to : from } : null;
      const plan = planSlides((await loadDetails()).dataset, { date, range });
      if (plan.slides.length === 0) {
        setStatus("No events in that range: choose other dates.");
        return;
      }
      const state = useStore.getState();
      const iso3 = range ? null : state.selectedIso3;
      const base = import.meta.env.BASE_URL;
      const hasPage = (code: string) => index.byIso3.has(code);
      const images: DeckImage[] = [];
      const links: string[] = [];
      for (const [i, slide] of plan.slides.entries()) {
        setStatus(`Drawing slide ${i + 1} of ${plan.slides.length}…`);
        const view = range ? { ...state, date: slide.date, eventId: slide.eventId } : state;
        const url = viewUrl(window.location.origin, base, view, "full", hasPage);
        const svg = composeMapSvg(
          pictureInput(dataset, index, geometry.data, { ...PICTURE, date: slide.date, iso3, url }),
        );
        images.push({
          data: await dataUrl(await svgToPng(svg, PICTURE.width, PICTURE.height)),
          ...PICTURE,
        });
        links.push(url);
      }
      setStatus("Writing the file…");
      // Loaded only now: the slide library is the largest part of any download.
      const [{ default: Pptx }, { composeDeck }] = await Promise.all([
        import("pptxgenjs"),
        import("./slide-deck"),
      ]);
      const deck = composeDeck(Pptx, plan, images, links);
      const blob = (await deck.write({ outputType: "blob" })) as Blob;
      const name = range
        ? `huawei-5g-events-${range.from}-to-${range.to}`
        : `huawei-5g-map-${date}`;
      saveFile(blob, `${name}.pptx`);
      setStatus(
        `Saved ${plan.slides.length + 1} slides.` +
          (plan.leftOut
            ? ` The range has ${plan.leftOut} more events than the ${MAX_EVENT_SLIDES} a deck holds: choose a shorter range for them.`
            : ""),
      );
    } catch (error) {
      setStatus(`The slides could not be made: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="slides-export" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Slides</h3>
      <fieldset>
        <legend className="muted">A 16:9 deck for PowerPoint, Keynote or Google Slides</legend>
        <label>
          <input
            type="radio"
            name={`${id}-what`}
            checked={!useRange}
            onChange={() => setUseRange(false)}
          />{" "}
          This view
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-what`}
            checked={useRange}
            onChange={() => setUseRange(true)}
          />{" "}
          One slide per event from{" "}
          <DateInput
            label="First event date"
            value={from}
            onChange={setFrom}
            disabled={!useRange}
          />{" "}
          to <DateInput label="Last event date" value={to} onChange={setTo} disabled={!useRange} />
        </label>
      </fieldset>
      <button type="button" onClick={build} disabled={isBusy || !geometry.data}>
        Slides (PowerPoint)
      </button>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
