import { describe, expect, it } from "vitest";
import type { ProjectedWorld } from "../../src/data/geometry-query";
import { fitBox, mapModel } from "../../src/domain/map-model";

const box = (x: number, y: number): ProjectedWorld["shapes"][number]["bounds"] => [
  [x, y],
  [x + 10, y + 10],
];
const world: ProjectedWorld = {
  width: 800,
  height: 390,
  sphere: "M0,0Z",
  land: [
    [0, 20],
    [800, 360],
  ],
  shapes: [
    { iso3: "FRA", d: "M1,1Z", bounds: box(400, 100) },
    { iso3: "ATA", d: "M2,2Z", bounds: box(400, 370) },
    { d: "M3,3Z", bounds: box(300, 100) },
    { iso3: "DEU", d: "M4,4Z", bounds: box(410, 90) },
  ],
  smallStates: [
    { iso3: "MLT", x: 420, y: 120 },
    { iso3: "SGP", x: 600, y: 200 },
    { iso3: "AND", x: 399, y: 110 },
  ],
};

describe("mapModel", () => {
  const model = mapModel(world, new Set(["FRA", "MLT", "GBR"]));

  it("leaves Antarctica out of every map", () => {
    expect(model.countries.map((c) => c.iso3)).toEqual(["FRA", "DEU"]);
  });

  it("draws land without an ISO code as background", () => {
    expect(model.background.map((s) => s.d)).toEqual(["M3,3Z"]);
  });

  it("marks small states with data and the named ones (Singapore), but not others (Andorra)", () => {
    expect(model.markers.map((m) => m.iso3)).toEqual(["MLT", "SGP"]);
  });

  it("orders the keyboard stops by name over drawn or marked countries with data", () => {
    // GBR has data but is neither drawn nor marked here; DEU is drawn but has no data.
    expect(model.focusOrder).toEqual(["FRA", "MLT"]);
  });

  it("crops the live view to the land, full width", () => {
    expect(model.viewBox).toEqual([
      [0, 16],
      [800, 364],
    ]);
  });
});

describe("fitBox", () => {
  it("fits a wide frame into a square, centred vertically", () => {
    expect(
      fitBox(
        [
          [0, 0],
          [800, 400],
        ],
        [
          [0, 0],
          [400, 400],
        ],
      ),
    ).toEqual({ scale: 0.5, x: 0, y: 100 });
  });
});
