import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATUS_COLORS, STATUS_COLORS_DARK } from "../../src/domain/palette";
import { patternInk, STATUS_PATTERNS } from "../../src/domain/patterns";
import type { StatusId } from "../../src/domain/status-index";

/**
 * Colour-vision-deficiency check: Machado, Oliveira & Fernandes (2009) simulation matrices at
 * full severity, applied in linear RGB, then CIE76 ΔE in Lab between every pair of categories.
 */
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function hexToLinear(hex: string): number[] {
  return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
}
function linearToLab([r, g, b]: number[]): number[] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const [R, G, B] = [clamp(r!), clamp(g!), clamp(b!)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const simulate = (rgb: number[], m: number[][]) =>
  m.map((row) => row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!);
const deltaE = (a: number[], b: number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

const pairsOf = (colors: Record<string, string>) => {
  const entries = Object.entries(colors);
  return entries.flatMap(([a, ca], i) =>
    entries.slice(i + 1).map(([b, cb]) => [a, ca, b, cb] as const),
  );
};
const VISIONS = ["normal", ...Object.keys(MACHADO)];
const THEMES = { light: pairsOf(STATUS_COLORS), dark: pairsOf(STATUS_COLORS_DARK) };

describe("status palette", () => {
  it.each(VISIONS.flatMap((vision) => (["light", "dark"] as const).map((t) => [vision, t])))(
    "keeps every pair of categories apart in %s vision, %s theme",
    (vision, theme) => {
      const pairs = THEMES[theme as keyof typeof THEMES];
      const view = (hex: string) =>
        linearToLab(
          vision === "normal" ? hexToLinear(hex) : simulate(hexToLinear(hex), MACHADO[vision]!),
        );
      const tooClose = pairs
        .map(([a, ca, b, cb]) => ({
          pair: `${a}/${b}`,
          dE: Math.round(deltaE(view(ca), view(cb))),
        }))
        .filter(({ dE }) => dE < 12);
      expect(tooClose).toEqual([]);
    },
  );
});

describe("category patterns in simulated vision", () => {
  const view = (vision: string, rgb: number[]) =>
    linearToLab(vision === "normal" ? rgb : simulate(rgb, MACHADO[vision]!));
  /** The ink as seen: blended over the fill at its opacity (in linear light). */
  const inkOver = (status: StatusId, theme: "light" | "dark") => {
    const fill = hexToLinear((theme === "dark" ? STATUS_COLORS_DARK : STATUS_COLORS)[status]);
    const ink = patternInk(status, theme);
    const color = hexToLinear(ink.color);
    return { fill, ink: fill.map((c, i) => c * (1 - ink.opacity) + color[i]! * ink.opacity) };
  };
  const patterned = (Object.keys(STATUS_PATTERNS) as StatusId[]).filter((s) => STATUS_PATTERNS[s]);

  it.each(VISIONS.flatMap((vision) => (["light", "dark"] as const).map((t) => [vision, t])))(
    "keeps every pattern's ink visible on its colour in %s vision, %s theme",
    (vision, theme) => {
      const faint = patterned
        .map((status) => {
          const { fill, ink } = inkOver(status, theme as "light" | "dark");
          return {
            status,
            dL: Math.round(Math.abs(view(vision, fill)[0]! - view(vision, ink)[0]!)),
          };
        })
        .filter(({ dL }) => dL < 20);
      expect(faint).toEqual([]);
    },
  );

  it.each(VISIONS)(
    "tells the plain categories apart by lightness alone in %s vision (grey-scale print)",
    (vision) => {
      const plain = (Object.keys(STATUS_PATTERNS) as StatusId[]).filter((s) => !STATUS_PATTERNS[s]);
      expect(plain).toEqual(["no_restriction", "no_data"]);
      const [a, b] = plain.map((s) => view(vision, hexToLinear(STATUS_COLORS[s]))[0]!);
      expect(Math.abs(a! - b!)).toBeGreaterThan(10);
    },
  );
});

describe("swatch classes in styles.css", () => {
  it.each(Object.entries(STATUS_COLORS))("colour .swatch-%s with %s", (status, color) => {
    const css = readFileSync("src/styles.css", "utf8");
    const rule = new RegExp(
      `\\.swatch-${status}\\s*\\{\\s*background:\\s*(?:var\\(--no-data\\)|(#[0-9a-f]{6}))`,
      "i",
    ).exec(css);
    const light =
      status === "no_data" ? /--no-data:\s*light-dark\((#[0-9a-f]{6})/i.exec(css) : rule;
    expect(rule).not.toBeNull();
    expect(light?.[1]?.toLowerCase()).toBe(color.toLowerCase());
  });

  it("gives no data its dark-theme colour, one value for legend and map", () => {
    const css = readFileSync("src/styles.css", "utf8");
    const dark = /--no-data:\s*light-dark\(#[0-9a-f]{6},\s*(#[0-9a-f]{6})\)/i.exec(css);
    expect(dark?.[1]?.toLowerCase()).toBe(STATUS_COLORS_DARK.no_data.toLowerCase());
    // The map's shapes and markers take the same variable, over their light fill attribute.
    expect(css).toMatch(/\.country\[data-status="no_data"\]\s*\{\s*fill:\s*var\(--no-data\)/);
  });
});
