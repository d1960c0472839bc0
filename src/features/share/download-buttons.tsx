import { useRowsAtAsOf } from "../../state/as-of";
import { useState } from "react";
import { useGeometry } from "../../data/geometry-query";
import { useLoadDetails } from "../../state/dataset-details";
import { useLoadedDataset } from "../../state/loaded-dataset";
import { csvRows, toCsv } from "../../domain/csv-rows";
import { formatDate } from "../../domain/dates";
import { PICTURE_SIZES, pictureInput, type PictureSize } from "../../domain/map-picture";
import { composeMapSvg } from "../../domain/map-svg";
import { useAsOfDate } from "../../state/derived";
import { selectSelectedIso3, useStore } from "../../state/store";
import { saveFile, svgToPng } from "./save-file";
import { useViewUrl } from "./use-view-url";

/** Downloads of the current view (SVG, PNG) and of the data (CSV at the date, full JSON). */
export function DownloadButtons() {
  const { dataset, index } = useLoadedDataset();
  const geometry = useGeometry();
  const date = useAsOfDate();
  const { rows } = useRowsAtAsOf();
  const loadDetails = useLoadDetails();
  const iso3 = useStore(selectSelectedIso3);
  const url = useViewUrl("full");
  const [problem, setProblem] = useState<string | null>(null);
  const [size, setSize] = useState<PictureSize>(PICTURE_SIZES[0]);
  const name = `huawei-5g-map-${date}${iso3 ? `-${iso3.toLowerCase()}` : ""}${size.id === "standard" ? "" : `-${size.width}x${size.height}`}`;

  const svg = () =>
    geometry.data &&
    composeMapSvg(
      pictureInput(dataset, index, geometry.data, {
        width: size.width,
        height: size.height,
        date,
        iso3,
        url,
      }),
    );
  const run = (work: () => void | Promise<void>) => async () => {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(`The download failed: ${(error as Error).message}`);
    }
  };

  const downloads = [
    {
      label: "Download SVG",
      needsMap: true,
      save: () => {
        const text = svg();
        if (text) saveFile(new Blob([text], { type: "image/svg+xml" }), `${name}.svg`);
      },
    },
    {
      label: "Download PNG",
      needsMap: true,
      save: async () => {
        const text = svg();
        if (text)
          saveFile(await svgToPng(text, size.width, size.height, size.pngScale), `${name}.png`);
      },
    },
    {
      label: "Download CSV",
      needsMap: false,
      save: async () =>
        saveFile(
          new Blob([toCsv(csvRows(await loadDetails(), rows))], { type: "text/csv" }),
          `huawei-5g-status-${date}.csv`,
        ),
    },
    {
      label: "Download JSON",
      needsMap: false,
      // The whole dataset (the page holds only the statuses until a story or export asks).
      save: async () =>
        saveFile(
          new Blob([JSON.stringify((await loadDetails()).dataset, null, 2)], {
            type: "application/json",
          }),
          `huawei-5g-${dataset.version}.json`,
        ),
    },
  ];

  return (
    <section className="downloads" aria-labelledby="downloads-heading">
      <h3 id="downloads-heading">Download</h3>
      <p className="muted">
        The map as shown (on {formatDate(date)}, with legend and sources), the status of every
        country on that date as CSV, or the whole dataset with its history and sources as JSON.
      </p>
      <fieldset className="picture-size">
        <legend>Picture size</legend>
        {PICTURE_SIZES.map((option) => (
          <label key={option.id} className="check">
            <input
              type="radio"
              name="picture-size"
              checked={size.id === option.id}
              onChange={() => setSize(option)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="download-buttons">
        {downloads.map((d) => (
          <button
            key={d.label}
            type="button"
            onClick={run(d.save)}
            disabled={d.needsMap && !geometry.data}
          >
            {d.label}
          </button>
        ))}
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
