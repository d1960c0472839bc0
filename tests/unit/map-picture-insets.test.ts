import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Box, ProjectedWorld } from "../../src/data/geometry-query";
import { PICTURE_SIZES, pictureInput } from "../../src/domain/map-picture";
import { INSET_REGIONS, mapModel, ZOOM_SLOTS } from "../../src/domain/map-model";
import { composeMapSvg, pictureLayout, type Rect } from "../../src/domain/map-svg";
import { patternId, STATUS_PATTERNS } from "../../src/domain/patterns";
import { CATEGORY_IDS } from "../../src/data/ids";
import { fixtureDataset } from "../fixtures/fixture-dataset";

/** The real projected world (built by `npm run geometry` before the unit tests). */
const world = JSON.parse(readFileSync("public/data/world-map.json", "utf8")) as ProjectedWorld;
const { dataset, index } = fixtureDataset();
/** The picture sizes readers download, and the 1200×630 link preview. */
const SIZES = [...PICTURE_SIZES.map((s) => [s.width, s.height] as const), [1200, 630] as const];

const input = (iso3: string | null, width = 1200, height = 720, patterns?: boolean) => ({
  ...pictureInput(dataset, index, world, {
    date: "2024-12-31",
    iso3,
    width,
    height,
    url: "https://example.org/",
  }),
  ...(patterns === undefined ? {} : { patterns }),
});
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");
const svgOf = (...args: Parameters<typeof input>) => parse(composeMapSvg(input(...args)));

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxRect = ([[x0, y0], [x1, y1]]: Box): Rect => ({
  x: x0,
  y: y0,
  width: x1 - x0,
  height: y1 - y0,
});

describe("patterns in pictures", () => {
  it("gives every category its own pattern (one category may stay plain)", () => {
    const kinds = CATEGORY_IDS.map((id) => JSON.stringify(STATUS_PATTERNS[id]));
    expect(new Set(kinds).size).toBe(CATEGORY_IDS.length);
  });

  it("draws the patterns by default, over the countries and in the legend", () => {
    const doc = svgOf(null);
    for (const status of ["ban", "restricted", "under_review", "partner"] as const) {
      expect(doc.getElementById(patternId("map", status))).not.toBeNull();
      expect(doc.querySelector(`rect[fill="url(#${patternId("key", status)})"]`)).not.toBeNull();
    }
    // The fixture's United Kingdom is banned by the end of 2024: cross-hatched over its colour.
    const gbr = world.shapes.find((s) => s.iso3 === "GBR")!;
    const overlay = [...doc.querySelectorAll('[data-patterns="map"] path')].find(
      (p) => p.getAttribute("d") === gbr.d,
    );
    expect(overlay?.getAttribute("fill")).toBe(`url(#${patternId("map", "ban")})`);
  });

  it("leaves them out when asked", () => {
    const doc = svgOf(null, 1200, 720, false);
    expect(doc.querySelector("pattern")).toBeNull();
    expect(doc.querySelector("[data-patterns]")).toBeNull();
  });
});

describe("insets in pictures", () => {
  it("places every region's slot and the zoom slots over open ocean, covering no country", () => {
    const model = mapModel(world, new Set());
    // Fiji's box spans the antimeridian and the French Southern Lands are specks in the ocean.
    const land = model.countries.filter((c) => !["FJI", "ATF"].includes(c.iso3));
    for (const slot of [...INSET_REGIONS.map((r) => r.slot), ...ZOOM_SLOTS]) {
      const covered = land.filter((c) => overlaps(boxRect(slot), boxRect(c.bounds)));
      // The United States' box reaches from Hawaii to Maine; the slot only meets the box.
      expect(covered.map((c) => c.iso3).filter((iso3) => iso3 !== "USA")).toEqual([]);
    }
  });

  it("draws the Europe, Caribbean and Gulf insets, labelled", () => {
    const doc = svgOf(null);
    const insets = [...doc.querySelectorAll("[data-inset]")];
    expect(insets.map((g) => g.getAttribute("data-inset"))).toEqual([
      "europe",
      "caribbean",
      "gulf",
    ]);
    expect(insets.map((g) => g.querySelector("text")?.textContent)).toEqual([
      "Europe",
      "Caribbean",
      "Gulf",
    ]);
  });

  it.each(["LUX", "SGP", "BEL", "CHE", "ISR", "LKA", "BHR"])(
    "zooms on %s, small on the world map, with a leader to it",
    (iso3) => {
      const zoom = svgOf(iso3).querySelector('[data-inset="zoom"]');
      expect(zoom).not.toBeNull();
      expect(zoom?.querySelector("line")).not.toBeNull();
    },
  );

  it.each(["GBR", "FRA", "USA"])("does not zoom on %s, big enough to see", (iso3) => {
    expect(svgOf(iso3).querySelector('[data-inset="zoom"]')).toBeNull();
  });

  it.each(SIZES.flatMap(([w, h]) => [null, "LUX", "SGP"].map((iso3) => [w, h, iso3] as const)))(
    "keeps every inset of a %i×%i picture (%s) off the headline, legend and source lines",
    (width, height, iso3) => {
      const layout = pictureLayout(input(iso3, width, height));
      expect(layout.insets.length).toBe(iso3 ? 4 : 3);
      for (const { inset, box } of layout.insets) {
        for (const block of [layout.headline, layout.legend, layout.footer])
          expect({ inset: inset.id, hits: overlaps(box, block) }).toEqual({
            inset: inset.id,
            hits: false,
          });
        // Inside the picture, and apart from each other.
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        for (const other of layout.insets)
          if (other !== layout.insets.find((i) => i.box === box))
            expect(overlaps(box, other.box)).toBe(false);
      }
    },
  );
});
