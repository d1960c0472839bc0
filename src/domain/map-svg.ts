import type { Topology } from "topojson-specification";
import { escapeMarkup as esc } from "./escape-markup";
import { STATUS_COLORS } from "./palette";
import type { StatusId } from "./status-index";
import { projectWorld } from "./world-projection";

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
  geometry: {
    topology: Topology;
    smallStates: readonly { iso3: string; coordinates: [number, number] }[];
  };
  statusOf(iso3: string): StatusId;
  /** Small states drawn as dots (the countries with data). */
  markerIso3s: ReadonlySet<string>;
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
  const world = projectWorld(
    input.geometry.topology,
    input.geometry.smallStates,
    [
      [PAD, mapTop],
      [width - PAD, mapBottom],
    ],
    input.markerIso3s,
  );

  // Antarctica is left out, so the globe's outline reaches below the box: clip it there.
  parts.push(
    `<clipPath id="map-box"><rect x="0" y="${mapTop}" width="${width}" height="${mapBottom - mapTop + 4}"/></clipPath>`,
    `<path d="${world.sphere}" fill="${OCEAN}" clip-path="url(#map-box)"/>`,
  );
  parts.push(`<g fill="#ececec" stroke="#ffffff" stroke-width="0.5">`);
  for (const d of world.background) parts.push(`<path d="${d}"/>`);
  parts.push(`</g><g stroke="#ffffff" stroke-width="0.5">`);
  for (const shape of world.shapes) {
    const status = input.statusOf(shape.iso3);
    parts.push(
      `<path data-iso3="${esc(shape.iso3)}" data-status="${status}" fill="${STATUS_COLORS[status]}" d="${shape.d}"/>`,
    );
  }
  parts.push(`</g><g stroke="#ffffff" stroke-width="1">`);
  for (const marker of world.markers) {
    const status = input.statusOf(marker.iso3);
    parts.push(
      `<circle data-iso3="${esc(marker.iso3)}" data-status="${status}" cx="${marker.x}" cy="${marker.y}" r="4.5" fill="${STATUS_COLORS[status]}"/>`,
    );
  }
  parts.push("</g>");
  const highlight = input.highlightIso3;
  if (highlight) {
    // Drawn last, so no neighbour covers the outline.
    const shape = world.shapes.find((s) => s.iso3 === highlight);
    const marker = world.markers.find((m) => m.iso3 === highlight);
    if (shape)
      parts.push(
        `<path d="${shape.d}" fill="none" stroke="${INK}" stroke-width="2.5" stroke-linejoin="round"/>`,
      );
    const [[left, top], [right, bottom]] = shape?.bounds ?? [
      [0, 0],
      [0, 0],
    ];
    // A country a few pixels wide would hide under its own outline: ring it so it can be found.
    const ring = marker
      ? { x: marker.x, y: marker.y, r: 11 }
      : shape && Math.max(right - left, bottom - top) < RING_BELOW
        ? {
            x: (left + right) / 2,
            y: (top + bottom) / 2,
            r: Math.max(right - left, bottom - top) / 2 + 9,
          }
        : null;
    if (ring)
      parts.push(
        `<circle cx="${ring.x.toFixed(1)}" cy="${ring.y.toFixed(1)}" r="${ring.r.toFixed(1)}" fill="none" stroke="${INK}" stroke-width="2.5"/>`,
      );
  }

  let legendY = mapBottom + 12;
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
