import { statusColorIn } from "./palette";
import type { StatusId } from "./status-index";

/**
 * A pattern per category, drawn over its colour, so a status never rests on colour alone (print,
 * grey-scale, colour-vision deficiency). Defined once here: the live map and legend (React, from
 * these marks) and every picture (patternDefsSvg) draw the same tiles. "No restriction" and "no
 * data" stay plain: plain means "nothing in the way", and the many countries without data would
 * otherwise make the map busy; their colours differ in lightness (tested in palette.test.ts).
 */
export type PatternMark =
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number }
  | { kind: "dot"; cx: number; cy: number; r: number };

export interface StatusPattern {
  /** Tile size in pattern units (map units in the live map, pixels in a picture). */
  size: number;
  /** Degrees; lines drawn vertical and turned. */
  rotate: number;
  strokeWidth: number;
  marks: readonly PatternMark[];
}

const vertical = (size: number): PatternMark => ({ kind: "line", x1: 0, y1: 0, x2: 0, y2: size });

export const STATUS_PATTERNS: Record<StatusId, StatusPattern | null> = {
  // Dense cross-hatch: the strongest mark for the strongest measure.
  ban: {
    size: 4,
    rotate: 45,
    strokeWidth: 0.9,
    marks: [vertical(4), { kind: "line", x1: 0, y1: 0, x2: 4, y2: 0 }],
  },
  restricted: { size: 4, rotate: 45, strokeWidth: 0.9, marks: [vertical(4)] },
  under_review: {
    size: 4,
    rotate: 0,
    strokeWidth: 0,
    marks: [{ kind: "dot", cx: 2, cy: 2, r: 0.85 }],
  },
  no_restriction: null,
  partner: { size: 5, rotate: 90, strokeWidth: 0.9, marks: [vertical(5)] },
  no_data: null,
};

/** The element id of a status's pattern; `scope` keeps ids apart when several SVGs share a page. */
export const patternId = (scope: string, status: StatusId) => `${scope}-pattern-${status}`;

export const hasPattern = (status: StatusId) => STATUS_PATTERNS[status] !== null;

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * The ink a pattern is drawn in: dark on the light fills, white on the dark blue, chosen by
 * contrast with the fill it sits on (so it follows the theme's fill), translucent so the colour
 * still reads through.
 */
export function patternInk(status: StatusId, scheme: "light" | "dark" = "light") {
  return luminance(statusColorIn(scheme, status)) > 0.18
    ? { color: "#000000", opacity: 0.7 }
    : { color: "#ffffff", opacity: 0.5 };
}

const num = (v: number) => +v.toFixed(3);

/**
 * `<pattern>` elements for every patterned status, as SVG text (pictures). `unit` is how many
 * user units one pattern unit is: a picture whose map group is scaled passes 1/scale, so the
 * tiles keep their size in pixels.
 */
export function patternDefsSvg(scope: string, unit = 1, scheme: "light" | "dark" = "light") {
  return Object.entries(STATUS_PATTERNS)
    .filter((entry): entry is [StatusId, StatusPattern] => entry[1] !== null)
    .map(([status, p]) => {
      const ink = patternInk(status, scheme);
      const marks = p.marks
        .map((m) =>
          m.kind === "line"
            ? `<line x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}"/>`
            : `<circle cx="${m.cx}" cy="${m.cy}" r="${m.r}"/>`,
        )
        .join("");
      return (
        `<pattern id="${patternId(scope, status)}" patternUnits="userSpaceOnUse" width="${p.size}" height="${p.size}" patternTransform="scale(${num(unit)}) rotate(${p.rotate})">` +
        `<g stroke="${ink.color}" stroke-width="${p.strokeWidth}" fill="${ink.color}" opacity="${ink.opacity}">${marks}</g></pattern>`
      );
    })
    .join("");
}
