import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { fixtureDataset } from "../fixtures/fixture-dataset";
import { pictureInput } from "../../src/domain/map-picture";
import { composeMapSvg, type MapSvgInput } from "../../src/domain/map-svg";
import { STATUS_COLORS } from "../../src/domain/palette";

const { dataset, index } = fixtureDataset();

// Clockwise rings (north up), as d3-geo expects for a polygon's outside.
const square = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon, lat + size],
  [lon + size, lat + size],
  [lon + size, lat],
  [lon, lat],
];
const geometry: MapSvgInput["geometry"] = {
  topology: {
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
  smallStates: [
    { iso3: "MLT", coordinates: [14.4, 35.9] },
    { iso3: "SGP", coordinates: [103.8, 1.35] },
  ],
};

const svgAt = (date: string, iso3: string | null) =>
  composeMapSvg(
    pictureInput(dataset, index, geometry, {
      date,
      iso3,
      width: 1200,
      height: 630,
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

  it("gives dots only to small states in the dataset", () => {
    const doc = parse(svgAt("2024-12-31", null));
    expect(doc.querySelectorAll("circle[data-iso3]")).toHaveLength(1);
    expect(doc.querySelector('[data-iso3="SGP"]')).toBeNull();
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
