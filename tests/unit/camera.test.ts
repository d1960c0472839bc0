import { describe, expect, it } from "vitest";
import type { Box } from "../../src/data/geometry-query";
import {
  cameraTransform,
  clampCamera,
  fitCamera,
  interpolateCamera,
  MAX_ZOOM,
  panBy,
  unionBoxes,
  WORLD_CAMERA,
  zoomAround,
  type Viewport,
} from "../../src/domain/camera";
import { boxAround, mapModel } from "../../src/domain/map-model";
import type { ProjectedWorld } from "../../src/data/geometry-query";

const box = (x0: number, y0: number, x1: number, y1: number): Box => [
  [x0, y0],
  [x1, y1],
];
/** A desktop: the whole 800 × 400 view box shows. */
const desktop: Viewport = { view: box(0, 0, 800, 400), window: box(0, 0, 800, 400) };
/** A phone: a tall box crops the sides, 200 units of the width show. */
const phone: Viewport = { view: box(0, 0, 800, 400), window: box(300, 0, 500, 400) };

describe("fitCamera", () => {
  it("fits a country's box with a margin, centred on it", () => {
    // 100 × 50 with 15 % each side is 130 × 65: the width limits the zoom to 800 / 130.
    const camera = fitCamera(box(350, 100, 450, 150), desktop);
    expect(camera.zoom).toBeCloseTo(800 / 130);
    expect(camera.center).toEqual([400, 125]);
  });

  it("zooms a small state (a point) in as far as the camera goes, not further", () => {
    expect(fitCamera(box(420, 120, 420, 120), desktop)).toEqual({
      zoom: MAX_ZOOM,
      center: [420, 120],
    });
  });

  it("shows the world for a target as large as the map", () =>
    expect(fitCamera(box(0, 0, 800, 400), desktop)).toEqual(WORLD_CAMERA));

  it("keeps the target inside the map's edges: no empty space beside the map", () => {
    // A country at the left edge: centred on it, the view would show space left of the map.
    const camera = fitCamera(box(0, 180, 40, 220), desktop);
    const halfWidth = 400 / camera.zoom;
    expect(camera.center![0]).toBeCloseTo(halfWidth);
  });

  it("fits into the part of the map above a sheet, not under it", () => {
    // The lower half of the window is covered: the target's middle goes to the upper half's.
    const frame = box(0, 0, 800, 200);
    const camera = fitCamera(box(380, 240, 420, 260), desktop, frame);
    const t = cameraTransform(camera, desktop.view);
    // Where the target's middle lands on the unzoomed screen.
    expect(t.x + t.k * 400).toBeCloseTo(400);
    expect(t.y + t.k * 250).toBeCloseTo(100);
  });

  it("fits to the narrow window of a phone, so the whole target is on screen", () => {
    const camera = fitCamera(box(300, 100, 500, 200), phone);
    // 200 wide + margins is 260: a phone shows 200 units at zoom 1, so it cannot zoom in.
    expect(camera.zoom).toBe(1);
    const wide = fitCamera(box(300, 100, 500, 200), desktop);
    expect(wide.zoom).toBeGreaterThan(3);
  });
});

describe("clampCamera", () => {
  it.each([
    ["a zoom past the closest", { zoom: 20, center: [400, 200] as const }, 8],
    ["a zoom below the world", { zoom: 0.2, center: null }, 1],
    ["a zoom that is not a number", { zoom: NaN, center: null }, 1],
  ])("clamps %s", (_, camera, zoom) => expect(clampCamera(camera, desktop).zoom).toBe(zoom));

  it("writes the world view as zoom 1 with no centre, for a clean link", () =>
    expect(clampCamera({ zoom: 1, center: [400, 200] }, desktop)).toEqual(WORLD_CAMERA));

  it("keeps a zoomed view from panning past the map's edge", () =>
    expect(clampCamera({ zoom: 2, center: [10, 390] }, desktop)).toEqual({
      zoom: 2,
      center: [200, 300],
    }));

  it("lets a phone pan sideways at zoom 1, where it crops the sides", () =>
    expect(clampCamera({ zoom: 1, center: [0, 200] }, phone)).toEqual({
      zoom: 1,
      center: [100, 200],
    }));
});

describe("zoomAround and panBy", () => {
  it("keeps the point under the pointer still while zooming", () => {
    const camera = zoomAround(WORLD_CAMERA, 2, [600, 100], desktop);
    const t = cameraTransform(camera, desktop.view);
    expect(t.x + t.k * 600).toBeCloseTo(600);
    expect(t.y + t.k * 100).toBeCloseTo(100);
  });
  it("moves the map with the pointer", () => {
    const camera = panBy({ zoom: 4, center: [400, 200] }, 40, -20, desktop);
    expect(camera.center).toEqual([390, 205]);
  });
  it("returns to the world when zoomed back out", () =>
    expect(zoomAround({ zoom: 2, center: [500, 150] }, 0.5, [0, 0], desktop)).toEqual(
      WORLD_CAMERA,
    ));
});

describe("interpolateCamera", () => {
  const from = WORLD_CAMERA;
  const to = { zoom: 8, center: [600, 100] as const };
  it("starts and ends at the two cameras", () => {
    expect(interpolateCamera(from, to, 0, desktop.view)).toEqual(from);
    expect(interpolateCamera(from, to, 1, desktop.view)).toEqual(to);
  });
  it("zooms in equal ratios: halfway from 1 to 8 is about 2.83", () =>
    expect(interpolateCamera(from, to, 0.5, desktop.view).zoom).toBeCloseTo(Math.sqrt(8)));
  it("moves the centre with the visible width, so the target grows steadily", () => {
    const half = interpolateCamera(from, to, 0.5, desktop.view);
    // The visible width has shrunk from 800 to 283 of the 800 → 100 it will: 74 % of the way.
    const share = (1 - 1 / Math.sqrt(8)) / (1 - 1 / 8);
    expect(half.center![0]).toBeCloseTo(400 + 200 * share);
  });
});

describe("boxAround", () => {
  const world: ProjectedWorld = {
    width: 800,
    height: 400,
    sphere: "",
    land: box(0, 0, 800, 400),
    shapes: [
      { iso3: "FRA", d: "M0,0Z", bounds: box(270, 50, 420, 190), focus: box(390, 50, 415, 75) },
      { iso3: "DEU", d: "M0,0Z", bounds: box(410, 40, 430, 65) },
    ],
    smallStates: [{ iso3: "MLT", x: 425, y: 90 }],
  };
  const model = mapModel(world, new Set(["FRA", "DEU", "MLT"]));
  it("uses a country's main land, not its far territories", () =>
    expect(boxAround(model, ["FRA"])).toEqual(box(390, 50, 415, 75)));
  it("joins countries and small states' markers", () =>
    expect(boxAround(model, ["FRA", "DEU", "MLT"])).toEqual(box(390, 40, 430, 90)));
  it("is null for countries not on the map", () => expect(boxAround(model, ["XYZ"])).toBeNull());
  it("leaves a giant out of a region's fit (Russia in Europe), on request", () => {
    const region = mapModel(
      {
        ...world,
        shapes: [
          ...["AAA", "BBB", "CCC", "DDD"].map((iso3, i) => ({
            iso3,
            d: "M0,0Z",
            bounds: box(400 + 10 * i, 50, 408 + 10 * i, 58),
          })),
          { iso3: "RUS", d: "M0,0Z", bounds: box(440, 5, 790, 80) },
        ],
      },
      new Set(),
    );
    const all = ["AAA", "BBB", "CCC", "DDD", "RUS"];
    expect(boxAround(region, all, { leaveOutGiants: true })).toEqual(box(400, 50, 438, 58));
    expect(boxAround(region, all)).toEqual(box(400, 5, 790, 80));
  });
  it("unionBoxes of nothing is null", () => expect(unionBoxes([])).toBeNull());
});
