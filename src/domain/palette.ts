import type { StatusId } from "./status-index";

/**
 * Okabe–Ito colours (designed for colour-vision deficiency), ordered from exclusion to
 * partnership. tests/unit/palette.test.ts simulates protan, deutan and tritan vision
 * (Machado et al. 2009) and checks every pair stays apart. The domain is the dataset's full
 * category list, not what shows at the current date, so colours never shift as the date moves.
 */
export const STATUS_COLORS: Record<StatusId, string> = {
  ban: "#D55E00",
  restricted: "#E69F00",
  under_review: "#F0E442",
  no_restriction: "#56B4E9",
  partner: "#0072B2",
  no_data: "#D9D9D9",
};

/**
 * Dark theme: the same colours, but "no data" a dim grey, so the countries without a recorded
 * position recede instead of being the brightest thing on a dark map. The legend swatch
 * (styles.css, `--no-data`), the map shapes and any dark picture take it from here.
 */
export const NO_DATA_DARK = "#55595F";
export const STATUS_COLORS_DARK: Record<StatusId, string> = {
  ...STATUS_COLORS,
  no_data: NO_DATA_DARK,
};

export function statusColorIn(scheme: "light" | "dark", status: StatusId): string {
  return (scheme === "dark" ? STATUS_COLORS_DARK : STATUS_COLORS)[status];
}

/** A plain table lookup: the SVG pictures and the live map read the same table. */
export const statusColor = (id: StatusId): string => STATUS_COLORS[id];
