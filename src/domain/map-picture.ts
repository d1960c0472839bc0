import { countryName } from "../data/countries";
import type { Dataset } from "../data/schema";
import { formatDate } from "./dates";
import { NO_DATA_LABEL } from "./labels";
import type { MapSvgInput, MapSvgLine } from "./map-svg";
import { statusAt, type StatusIndex } from "./status-index";
import { sinceText, statusPhrase } from "./status-text";

export const SITE_TITLE = "Huawei 5G Policy Map";

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
  dataset: Dataset,
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
  dataset: Dataset,
  index: StatusIndex,
  geometry: MapSvgInput["geometry"],
  request: PictureRequest,
): MapSvgInput {
  return {
    width: request.width,
    height: request.height,
    geometry,
    statusOf: (iso3) => statusAt(index, iso3, request.date).status,
    markerIso3s: new Set(dataset.countries.map((c) => c.iso3)),
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
