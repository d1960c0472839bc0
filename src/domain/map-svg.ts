import { escapeMarkup as esc } from "./escape-markup";
import { fitBox, type MapModel } from "./map-model";
import { STATUS_COLORS } from "./palette";
import type { StatusId } from "./status-index";

export interface MapSvgLine {
  text: string;
  size: number;
  isBold?: boolean;
  color?: string;
  /** A colour key drawn before the text. */
  swatch?: StatusId;
}

export interface MapSvgInput {
  width: number;
  height: number;
  /** What to draw: the same model as the live map (src/domain/map-model.ts). */
  model: MapModel;
  statusOf(iso3: string): StatusId;
  highlightIso3?: string | null;
  title: string;
  lines: readonly MapSvgLine[];
  legend: readonly { status: StatusId; label: string }[];
  footer: readonly string[];
}

/** Fonts that both resvg (DejaVu on Debian) and browsers have. */
export const SVG_FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
const PAD = 32;
const INK = "#1a1a1a";
const MUTED = "#595959";
const OCEAN = "#eef3f7";
const LEGEND_SIZE = 18;
const FOOTER_SIZE = 15;
/** Countries smaller than this (pixels) get a ring around their outline. */
const RING_BELOW = 40;

/** DejaVu Sans averages about 0.6 em per character; good enough to wrap a legend row. */
const textWidth = (text: string, size: number) => text.length * size * 0.6;

function text(x: number, y: number, line: Omit<MapSvgLine, "swatch">, anchor = "start") {
  const weight = line.isBold ? ' font-weight="bold"' : "";
  return `<text x="${x}" y="${y}" font-size="${line.size}"${weight} fill="${line.color ?? INK}" text-anchor="${anchor}">${esc(line.text)}</text>`;
}

function swatch(x: number, y: number, size: number, status: StatusId) {
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="2" fill="${STATUS_COLORS[status]}" stroke="rgba(0,0,0,0.35)"/>`;
}

function legendRows(legend: MapSvgInput["legend"], maxWidth: number) {
  const rows: { x: number; item: MapSvgInput["legend"][number] }[][] = [[]];
  let x = 0;
  for (const item of legend) {
    const width = LEGEND_SIZE * 1.5 + textWidth(item.label, LEGEND_SIZE) + 24;
    if (x > 0 && x + width > maxWidth) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ x, item });
    x += width;
  }
  return rows;
}

/**
 * A self-contained SVG of the map: title, headline lines, the map coloured by status (one
 * `data-iso3` element per country, like the live map), legend and source lines. The same
 * picture is the download (in the browser) and the link preview (rendered by resvg at build).
 */
export function composeMapSvg(input: MapSvgInput): string {
  const { width, height } = input;
  const parts: string[] = [];
  let y = PAD;
  for (const line of [{ text: input.title, size: 26, isBold: true }, ...input.lines]) {
    y += line.size * 1.2;
    if ("swatch" in line && line.swatch) {
      parts.push(swatch(PAD, y - line.size * 0.8, line.size * 0.85, line.swatch));
      parts.push(text(PAD + line.size * 1.2, y, line));
    } else parts.push(text(PAD, y, line));
  }
  const rows = legendRows(input.legend, width - 2 * PAD);
  const footerHeight = input.footer.length * FOOTER_SIZE * 1.45;
  const legendHeight = rows.length * LEGEND_SIZE * 1.7;
  const mapTop = y + 16;
  const mapBottom = height - PAD - footerHeight - legendHeight - 12;
  const { model } = input;
  const { world } = model;
  // The whole globe, scaled into the box: a picture never slices it. In a tall picture (the
  // square) it sits under the headline and the legend follows it, instead of floating apart.
  const centred = fitBox(
    [
      [0, 0],
      [world.width, world.height],
    ],
    [
      [PAD, mapTop],
      [width - PAD, mapBottom],
    ],
  );
  const fit = { ...centred, y: mapTop };
  const px = (value: number) => +(value / fit.scale).toFixed(3);
  const at = (x: number, y: number) => ({ x: x * fit.scale + fit.x, y: y * fit.scale + fit.y });
  parts.push(
    `<g transform="translate(${fit.x.toFixed(2)} ${fit.y.toFixed(2)}) scale(${fit.scale.toFixed(4)})">`,
    `<path d="${world.sphere}" fill="${OCEAN}"/>`,
    `<g fill="#ececec" stroke="#ffffff" stroke-width="${px(0.5)}">`,
  );
  for (const shape of model.background) parts.push(`<path d="${shape.d}"/>`);
  parts.push(`</g><g stroke="#ffffff" stroke-width="${px(0.5)}">`);
  for (const shape of model.countries) {
    const status = input.statusOf(shape.iso3);
    parts.push(
      `<path data-iso3="${esc(shape.iso3)}" data-status="${status}" fill="${STATUS_COLORS[status]}" d="${shape.d}"/>`,
    );
  }
  parts.push("</g>");
  const highlight = input.highlightIso3;
  const shape = highlight ? model.countries.find((s) => s.iso3 === highlight) : undefined;
  // Drawn last, so no neighbour covers the outline.
  if (shape)
    parts.push(
      `<path d="${shape.d}" fill="none" stroke="${INK}" stroke-width="${px(2.5)}" stroke-linejoin="round"/>`,
    );
  parts.push(`</g><g stroke="#ffffff" stroke-width="1">`);
  // Dots keep their size in pixels at any picture size.
  for (const marker of model.markers) {
    const status = input.statusOf(marker.iso3);
    const { x, y } = at(marker.x, marker.y);
    parts.push(
      `<circle data-iso3="${esc(marker.iso3)}" data-status="${status}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4.5" fill="${STATUS_COLORS[status]}"/>`,
    );
  }
  parts.push("</g>");
  if (highlight) {
    const marker = model.markers.find((m) => m.iso3 === highlight);
    const [[x0, y0], [x1, y1]] = shape?.bounds ?? [
      [0, 0],
      [0, 0],
    ];
    const corner = at(x0, y0);
    const size = Math.max(x1 - x0, y1 - y0) * fit.scale;
    // A country a few pixels wide would hide under its own outline: ring it so it can be found.
    const ring = marker
      ? { ...at(marker.x, marker.y), r: 11 }
      : shape && size < RING_BELOW
        ? {
            x: corner.x + ((x1 - x0) * fit.scale) / 2,
            y: corner.y + ((y1 - y0) * fit.scale) / 2,
            r: size / 2 + 9,
          }
        : null;
    if (ring)
      parts.push(
        `<circle cx="${ring.x.toFixed(1)}" cy="${ring.y.toFixed(1)}" r="${ring.r.toFixed(1)}" fill="none" stroke="${INK}" stroke-width="2.5"/>`,
      );
  }

  let legendY = mapTop + world.height * fit.scale + 12;
  for (const row of rows) {
    for (const { x, item } of row) {
      parts.push(swatch(PAD + x, legendY, LEGEND_SIZE, item.status));
      parts.push(
        text(PAD + x + LEGEND_SIZE * 1.5, legendY + LEGEND_SIZE * 0.85, {
          text: item.label,
          size: LEGEND_SIZE,
        }),
      );
    }
    legendY += LEGEND_SIZE * 1.7;
  }
  let footerY = height - PAD - footerHeight + FOOTER_SIZE;
  for (const line of input.footer) {
    parts.push(text(PAD, footerY, { text: line, size: FOOTER_SIZE, color: MUTED }));
    footerY += FOOTER_SIZE * 1.45;
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SVG_FONT}">`,
    `<title>${esc(input.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
