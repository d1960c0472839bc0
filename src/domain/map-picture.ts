import { countryName } from "../data/countries";
import type { ProjectedWorld } from "../data/geometry-query";
import type { DatasetStatuses } from "../data/schema";
import { formatDate } from "./dates";
import { NO_DATA_LABEL } from "./labels";
import { mapModel } from "./map-model";
import type { MapSvgInput, MapSvgLine } from "./map-svg";
import { statusAt, type StatusIndex } from "./status-index";
import { sinceText, statusPhrase } from "./status-text";

export const SITE_TITLE = "Huawei 5G Policy Map";

/** The picture sizes readers can download: a page, a slide and a square (social posts). */
export const PICTURE_SIZES = [
  // The PNG of the standard size is drawn at 2× for sharp text; the others are large already.
  { id: "standard", label: "1200×720", width: 1200, height: 720, pngScale: 2 },
  { id: "slide", label: "1920×1080 (slide)", width: 1920, height: 1080, pngScale: 1 },
  { id: "square", label: "1080×1080 (square)", width: 1080, height: 1080, pngScale: 1 },
] as const;
export type PictureSize = (typeof PICTURE_SIZES)[number];

export interface PictureRequest {
  date: string;
  /** The country to name and outline; null for the whole world. */
  iso3: string | null;
  width: number;
  height: number;
  /** Where the picture points readers to (the page's address). */
  url: string;
}

/** The headline under the title: the country and its status, or what the map shows. */
export function pictureLines(
  dataset: DatasetStatuses,
  index: StatusIndex,
  { date, iso3 }: Pick<PictureRequest, "date" | "iso3">,
): MapSvgLine[] {
  const asOf: MapSvgLine = { text: `As of ${formatDate(date)}`, size: 20, color: "#595959" };
  if (!iso3)
    return [{ text: "Where each country stands on Huawei's 5G network equipment", size: 24 }, asOf];
  const at = statusAt(index, iso3, date);
  const since = sinceText(at);
  return [
    { text: countryName(iso3), size: 44, isBold: true },
    {
      text: `${statusPhrase(dataset.categories, at)}${since ? ` ${since}` : ""}`,
      size: 26,
      swatch: at.status,
    },
    asOf,
  ];
}

/** Everything composeMapSvg needs to draw the dataset at a date, minus the geometry. */
export function pictureInput(
  dataset: DatasetStatuses,
  index: StatusIndex,
  geometry: ProjectedWorld,
  request: PictureRequest,
): MapSvgInput {
  return {
    width: request.width,
    height: request.height,
    model: mapModel(geometry, new Set(dataset.countries.map((c) => c.iso3))),
    statusOf: (iso3) => statusAt(index, iso3, request.date).status,
    highlightIso3: request.iso3,
    title: SITE_TITLE,
    lines: pictureLines(dataset, index, request),
    legend: [
      ...dataset.categories.map((c) => ({ status: c.id, label: c.label })),
      { status: "no_data" as const, label: NO_DATA_LABEL },
    ],
    footer: [
      `Source: ${SITE_TITLE}, dataset ${dataset.version}, every status sourced: ${request.url}`,
      "Map: Natural Earth via world-atlas. Colours: Okabe–Ito.",
    ],
  };
}
