import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { fixtureDataset } from "../fixtures/fixture-dataset";
import { pictureInput } from "../../src/domain/map-picture";
import { composeMapSvg } from "../../src/domain/map-svg";
import { STATUS_COLORS } from "../../src/domain/palette";
import { projectWorld } from "../../src/domain/world-projection";

const { dataset, index } = fixtureDataset();

// Clockwise rings (north up), as d3-geo expects for a polygon's outside.
const square = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon, lat + size],
  [lon + size, lat + size],
  [lon + size, lat],
  [lon, lat],
];
const geometry = projectWorld(
  {
    type: "Topology",
    objects: {
      countries: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", id: "FRA", arcs: [[0]] },
          { type: "Polygon", id: "GBR", arcs: [[1]] },
          { type: "Polygon", arcs: [[2]] },
        ],
      },
    },
    arcs: [square(0, 42, 8), square(-8, 50, 6), square(20, 0, 10)],
  } as unknown as Topology,
  [
    { iso3: "MLT", coordinates: [14.4, 35.9] },
    { iso3: "SGP", coordinates: [103.8, 1.35] },
    { iso3: "AND", coordinates: [1.5, 42.5] },
  ],
);

const svgAt = (date: string, iso3: string | null, width = 1200, height = 630) =>
  composeMapSvg(
    pictureInput(dataset, index, geometry, {
      date,
      iso3,
      width,
      height,
      url: "https://example.org/?a=1&b=<2>",
    }),
  );
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

describe("composeMapSvg", () => {
  it("is well-formed SVG of the requested size", () => {
    const doc = parse(svgAt("2024-12-31", null));
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.documentElement.getAttribute("width")).toBe("1200");
    expect(doc.documentElement.getAttribute("height")).toBe("630");
  });

  it.each([
    ["GBR before its first entry", "2018-01-01", "GBR", "no_data"],
    ["GBR while restricted", "2021-01-01", "GBR", "restricted"],
    ["GBR once banned", "2024-12-31", "GBR", "ban"],
    ["France, restricted", "2024-12-31", "FRA", "restricted"],
    ["Malta as a dot, partner", "2024-12-31", "MLT", "partner"],
  ])("colours %s", (_, date, iso3, status) => {
    const shape = parse(svgAt(date, null)).querySelector(`[data-iso3="${iso3}"]`);
    expect(shape?.getAttribute("data-status")).toBe(status);
    expect(shape?.getAttribute("fill")).toBe(STATUS_COLORS[status as keyof typeof STATUS_COLORS]);
  });

  it("gives dots to the same small states as the live map: the dataset's and the named ones", () => {
    const doc = parse(svgAt("2024-12-31", null));
    const dots = [...doc.querySelectorAll("circle[data-iso3]")].map((c) =>
      c.getAttribute("data-iso3"),
    );
    expect(dots).toEqual(["MLT", "SGP"]);
  });

  it.each([
    [1200, 630],
    [1200, 720],
    [1920, 1080],
    [1080, 1080],
  ])("draws the whole globe inside a %i×%i picture, never sliced", (width, height) => {
    const doc = parse(svgAt("2024-12-31", null, width, height));
    expect(doc.documentElement.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
    const group = doc.querySelector("g[transform]")!;
    // Only insets are clipped, never the world.
    expect(group.closest("[clip-path]")).toBeNull();
    const [, x, y, scale] = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)/
      .exec(group.getAttribute("transform")!)!
      .map(Number);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x! + geometry.width * scale!).toBeLessThanOrEqual(width);
    expect(y! + geometry.height * scale!).toBeLessThanOrEqual(height);
    expect(group.firstElementChild?.getAttribute("d")).toBe(geometry.sphere);
  });

  it("names the country, its status and the date, and outlines it", () => {
    const svg = svgAt("2024-12-31", "GBR");
    const texts = [...parse(svg).querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Huawei 5G Policy Map",
        "United Kingdom",
        "Banned (whole network) since 13 October 2022",
        "As of 31 December 2024",
      ]),
    );
    expect(svg).toMatch(/fill="none" stroke="#1a1a1a"/);
  });

  it("carries a legend with every category and no data", () => {
    const texts = [...parse(svgAt("2024-12-31", null)).querySelectorAll("text")].map(
      (t) => t.textContent,
    );
    for (const label of [...dataset.categories.map((c) => c.label), "No data"])
      expect(texts).toContain(label);
  });

  it("escapes text, so a source line with markup stays text", () => {
    const svg = svgAt("2024-12-31", null);
    expect(svg).toContain("?a=1&amp;b=&lt;2&gt;");
    const footer = [...parse(svg).querySelectorAll("text")].find((t) =>
      t.textContent?.startsWith("Source:"),
    );
    expect(footer?.textContent).toContain("?a=1&b=<2>");
  });
});
