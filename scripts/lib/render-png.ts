import { Resvg } from "@resvg/resvg-js";

/** Debian's fonts (fonts-dejavu-core); SVG_FONT names DejaVu Sans first. */
const FONT_DIRS = [process.env.FONT_DIR ?? "/usr/share/fonts"];

/** Rasterises an SVG at its own size. resvg has no system font lookup by default: point it at ours. */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: { fontDirs: FONT_DIRS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
