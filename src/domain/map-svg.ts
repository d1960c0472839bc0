import { escapeMarkup as esc } from "./escape-markup";
import type { Box } from "../data/geometry-query";
import {
  fitBox,
  frameFor,
  insetContent,
  zoomInset,
  type MapInset,
  type MapModel,
} from "./map-model";
import { hasPattern, patternDefsSvg, patternId } from "./patterns";
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
  /** A pattern per category over its colour; on unless asked otherwise (downloads and previews). */
  patterns?: boolean;
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

/** Pattern ids of the legend and of everything drawn in picture pixels. */
const KEY = "key";

function swatch(x: number, y: number, size: number, status: StatusId, patterns: boolean) {
  const rect = (fill: string, stroke = "none") =>
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="2" fill="${fill}" stroke="${stroke}"/>`;
  return (
    rect(STATUS_COLORS[status], "rgba(0,0,0,0.35)") +
    (patterns && hasPattern(status) ? rect(`url(#${patternId(KEY, status)})`) : "")
  );
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

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = ({ x, y, width, height }: Rect): Box => [
  [x, y],
  [x + width, y + height],
];

const rectOf = ([[x0, y0], [x1, y1]]: Box): Rect => ({
  x: x0,
  y: y0,
  width: x1 - x0,
  height: y1 - y0,
});

/** Pattern tiles in a picture, in pixels per pattern unit (a 4-unit tile is about 5.6 px). */
const PATTERN_PX = 1.4;
/** Inset labels: 13 px, growing with the picture (19 px on a 1920 slide). */
const insetLabelSize = (width: number) => Math.round(Math.max(13, width / 100));

/** Where everything goes in a picture: shared by composeMapSvg and the tests that check overlaps. */
export function pictureLayout(input: MapSvgInput) {
  const { width, height, model } = input;
  let y = PAD;
  const lines = [{ text: input.title, size: 26, isBold: true }, ...input.lines].map((line) => {
    y += line.size * 1.2;
    return { line, y };
  });
  const headline: Rect = { x: 0, y: 0, width, height: y + 4 };
  const rows = legendRows(input.legend, width - 2 * PAD);
  const footerHeight = input.footer.length * FOOTER_SIZE * 1.45;
  const legendHeight = rows.length * LEGEND_SIZE * 1.7;
  const mapTop = y + 16;
  const mapBottom = height - PAD - footerHeight - legendHeight - 12;
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
  const at = (x: number, y: number) => ({ x: x * fit.scale + fit.x, y: y * fit.scale + fit.y });
  const toPx = ([[x0, y0], [x1, y1]]: Box): Rect => {
    const a = at(x0, y0);
    const b = at(x1, y1);
    return rectOf([
      [a.x, a.y],
      [b.x, b.y],
    ]);
  };
  const legendTop = mapTop + world.height * fit.scale + 12;
  const legend: Rect = { x: 0, y: legendTop, width, height: legendHeight };
  const footer: Rect = { x: 0, y: height - PAD - footerHeight, width, height: footerHeight + PAD };
  const zoom = input.highlightIso3 ? zoomInset(model, input.highlightIso3) : null;
  // Where the insets go depends on the free room the picture leaves around the globe:
  // - a tall picture (the square) has a band under the legend: the regions go there in a row;
  // - a wide one (the 1200×630 link preview) has margins beside the globe: the regions, and a
  //   zoom, go there in two columns (left: Europe, Caribbean; right: Gulf, zoom);
  // - otherwise (1200×720, 1920×1080) they sit on their slots of open ocean.
  // Each is then framed again to its box's proportions.
  const gap = 12;
  const bandTop = legendTop + legendHeight + 8;
  const band = { top: bandTop, height: footer.y - 8 - bandTop };
  const mapLeft = fit.x;
  const margin = mapLeft - PAD - gap;
  const all = [...model.insets, ...(zoom ? [zoom] : [])];
  const reframe = (inset: MapInset, box: Rect) => ({
    inset: { ...inset, frame: frameFor(inset.around, boxOf(box), inset.pad, inset.minSide) },
    box,
  });
  let placed: { inset: MapInset; box: Rect }[];
  if (band.height >= 160) {
    const n = model.insets.length;
    const cell = (width - 2 * PAD - gap * (n - 1)) / n;
    placed = model.insets.map((inset, i) =>
      reframe(inset, {
        x: PAD + i * (cell + gap),
        y: band.top,
        width: cell,
        height: Math.min(band.height, cell * 1.1),
      }),
    );
    if (zoom) placed.push({ inset: zoom, box: toPx(zoom.slot) });
  } else if (margin >= 160) {
    const mapHeight = model.world.height * fit.scale;
    const columns = [all.filter((_, i) => i < 2), all.filter((_, i) => i >= 2)];
    placed = columns.flatMap((column, side) => {
      const cellHeight = (mapHeight - gap) / 2;
      return column.map((inset, i) =>
        reframe(inset, {
          x: side === 0 ? PAD : width - PAD - margin,
          y: mapTop + i * (cellHeight + gap),
          width: margin,
          height: cellHeight,
        }),
      );
    });
  } else placed = all.map((inset) => ({ inset, box: toPx(inset.slot) }));
  const insets = placed.map((p) => ({ ...p, source: toPx(p.inset.frame) }));
  return { lines, rows, headline, legend, footer, fit, at, insets, zoom };
}

const fmt = (v: number) => v.toFixed(2);

/**
 * One drawing of the map's shapes under a transform (the world, or an inset's enlargement):
 * background land, countries by status, their patterns, and the highlighted outline. Only the
 * world carries data attributes, so a country is found once.
 */
function mapLayer(
  input: MapSvgInput,
  scope: string,
  transform: { scale: number; x: number; y: number },
  frame: Box | null,
) {
  const { model } = input;
  const patterns = input.patterns ?? true;
  const px = (value: number) => +(value / transform.scale).toFixed(3);
  const content = frame ? insetContent(model, frame) : model;
  const parts = [
    `<g transform="translate(${fmt(transform.x)} ${fmt(transform.y)}) scale(${transform.scale.toFixed(4)})">`,
    frame
      ? `<rect x="${frame[0][0]}" y="${frame[0][1]}" width="${frame[1][0] - frame[0][0]}" height="${frame[1][1] - frame[0][1]}" fill="${OCEAN}"/>`
      : `<path d="${model.world.sphere}" fill="${OCEAN}"/>`,
    `<g fill="#ececec" stroke="#ffffff" stroke-width="${px(0.5)}">`,
  ];
  for (const shape of content.background) parts.push(`<path d="${shape.d}"/>`);
  parts.push(`</g><g stroke="#ffffff" stroke-width="${px(0.5)}">`);
  const overlays: string[] = [];
  for (const shape of content.countries) {
    const status = input.statusOf(shape.iso3);
    const data = frame ? "" : `data-iso3="${esc(shape.iso3)}" data-status="${status}" `;
    parts.push(`<path ${data}fill="${STATUS_COLORS[status]}" d="${shape.d}"/>`);
    if (patterns && hasPattern(status))
      overlays.push(`<path fill="url(#${patternId(scope, status)})" d="${shape.d}"/>`);
  }
  parts.push("</g>");
  if (overlays.length) parts.push(`<g data-patterns="${scope}">`, ...overlays, "</g>");
  const highlight = input.highlightIso3;
  const shape = highlight ? content.countries.find((s) => s.iso3 === highlight) : undefined;
  // Drawn last, so no neighbour covers the outline.
  if (shape)
    parts.push(
      `<path d="${shape.d}" fill="none" stroke="${INK}" stroke-width="${px(2.5)}" stroke-linejoin="round"/>`,
    );
  parts.push("</g>");
  const defs = patterns ? patternDefsSvg(scope, PATTERN_PX / transform.scale) : "";
  return { defs, body: parts.join("\n") };
}

/** Small states as dots in picture pixels (a fixed size at any scale), with their pattern. */
function markerDots(
  input: MapSvgInput,
  at: (x: number, y: number) => { x: number; y: number },
  r: number,
  frame: Box | null,
) {
  const patterns = input.patterns ?? true;
  const parts = [`<g stroke="#ffffff" stroke-width="1">`];
  for (const marker of frame ? insetContent(input.model, frame).dots : input.model.markers) {
    const status = input.statusOf(marker.iso3);
    const { x, y } = at(marker.x, marker.y);
    const data = frame ? "" : `data-iso3="${esc(marker.iso3)}" data-status="${status}" `;
    const circle = (attrs: string) =>
      `<circle ${attrs}cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="`;
    parts.push(`${circle(data)}${STATUS_COLORS[status]}"/>`);
    if (patterns && hasPattern(status))
      parts.push(`${circle("")}url(#${patternId(KEY, status)})" stroke="none"/>`);
  }
  parts.push("</g>");
  return parts.join("\n");
}

/** An inset: the region enlarged in a labelled box, and a thin box on the world map around its source. */
function insetSvg(
  input: MapSvgInput,
  { inset, box, source }: { inset: MapInset; box: Rect; source: Rect },
) {
  const transform = fitBox(inset.frame, [
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ]);
  const at = (x: number, y: number) => ({
    x: x * transform.scale + transform.x,
    y: y * transform.scale + transform.y,
  });
  const scope = `inset-${inset.id}`;
  const layer = mapLayer(input, scope, transform, inset.frame);
  const isZoom = inset.id === "zoom";
  const size = insetLabelSize(input.width);
  const labelWidth = textWidth(inset.label, size) + 10;
  const parts = [
    `<g data-inset="${esc(inset.id)}" data-box="${[box.x, box.y, box.width, box.height].map(fmt).join(" ")}">`,
    `<clipPath id="clip-${scope}"><rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(box.width)}" height="${fmt(box.height)}"/></clipPath>`,
    `<g clip-path="url(#clip-${scope})">`,
    layer.body,
    markerDots(input, at, 5.5, inset.frame),
    "</g>",
    `<rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(box.width)}" height="${fmt(box.height)}" fill="none" stroke="${isZoom ? INK : MUTED}" stroke-width="${isZoom ? 1.5 : 1}"/>`,
    `<rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(labelWidth)}" height="${size + 6}" fill="#ffffff" fill-opacity="0.85"/>`,
    text(box.x + 5, box.y + size + 1, {
      text: inset.label,
      size,
      isBold: isZoom,
    }),
    // Where the inset's region is on the world map.
    `<rect x="${fmt(source.x)}" y="${fmt(source.y)}" width="${fmt(source.width)}" height="${fmt(source.height)}" fill="none" stroke="${isZoom ? INK : MUTED}" stroke-width="1"${isZoom ? "" : ' stroke-dasharray="3 2"'}/>`,
  ];
  if (isZoom) {
    // A leader from the zoomed box's side that faces the country to the country's place.
    const onRight = source.x > box.x + box.width;
    const from = { x: onRight ? box.x + box.width : box.x, y: box.y + box.height / 2 };
    const to = { x: onRight ? source.x : source.x + source.width, y: source.y + source.height / 2 };
    parts.push(
      `<line x1="${fmt(from.x)}" y1="${fmt(from.y)}" x2="${fmt(to.x)}" y2="${fmt(to.y)}" stroke="${INK}" stroke-width="1" stroke-opacity="0.7"/>`,
    );
  }
  parts.push("</g>");
  return { defs: layer.defs, body: parts.join("\n") };
}

/**
 * A self-contained SVG of the map: title, headline lines, the map coloured by status (one
 * `data-iso3` element per country, like the live map), a pattern per category (on by default,
 * src/domain/patterns.ts), insets of the small states' regions and of a small selected country,
 * legend and source lines. The same picture is the download (in the browser) and the link
 * preview (rendered by resvg at build).
 */
export function composeMapSvg(input: MapSvgInput): string {
  const layout = pictureLayout(input);
  const { fit, at } = layout;
  const patterns = input.patterns ?? true;
  const parts: string[] = [];
  for (const { line, y } of layout.lines) {
    if ("swatch" in line && line.swatch) {
      parts.push(swatch(PAD, y - line.size * 0.8, line.size * 0.85, line.swatch, patterns));
      parts.push(text(PAD + line.size * 1.2, y, line));
    } else parts.push(text(PAD, y, line));
  }
  const world = mapLayer(input, "map", fit, null);
  parts.push(world.body, markerDots(input, at, 4.5, null));
  const highlight = input.highlightIso3;
  if (highlight && !layout.zoom) {
    const marker = input.model.markers.find((m) => m.iso3 === highlight);
    const shape = input.model.countries.find((s) => s.iso3 === highlight);
    const [[x0, y0], [x1, y1]] = shape?.focus ??
      shape?.bounds ?? [
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
  const insets = layout.insets.map((inset) => insetSvg(input, inset));
  parts.push(...insets.map((i) => i.body));

  let legendY = layout.legend.y;
  for (const row of layout.rows) {
    for (const { x, item } of row) {
      parts.push(swatch(PAD + x, legendY, LEGEND_SIZE, item.status, patterns));
      parts.push(
        text(PAD + x + LEGEND_SIZE * 1.5, legendY + LEGEND_SIZE * 0.85, {
          text: item.label,
          size: LEGEND_SIZE,
        }),
      );
    }
    legendY += LEGEND_SIZE * 1.7;
  }
  let footerY = layout.footer.y + FOOTER_SIZE;
  for (const line of input.footer) {
    parts.push(text(PAD, footerY, { text: line, size: FOOTER_SIZE, color: MUTED }));
    footerY += FOOTER_SIZE * 1.45;
  }
  const defs = [
    patterns ? patternDefsSvg(KEY, PATTERN_PX) : "",
    world.defs,
    ...insets.map((i) => i.defs),
  ].join("");

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${input.width}" height="${input.height}" viewBox="0 0 ${input.width} ${input.height}" font-family="${SVG_FONT}">`,
    `<title>${esc(input.title)}</title>`,
    defs ? `<defs>${defs}</defs>` : "",
    `<rect width="${input.width}" height="${input.height}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
