import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { FRAME_WIDTH, projectWorld } from "../../src/domain/world-projection";

/** A clockwise ring (d3's exterior winding) along a latitude band, a point every 5° of longitude. */
function band(west: number, east: number, south: number, north: number): [number, number][] {
  const steps = Math.max(1, Math.round((east - west) / 5));
  const along = (lat: number) =>
    Array.from({ length: steps + 1 }, (_, i) => [west + (i * (east - west)) / steps, lat]);
  return [...along(north), ...along(south).reverse(), [west, north]] as [number, number][];
}

const world = (arcs: [number, number][][], geometries: object[]) =>
  projectWorld(
    {
      type: "Topology",
      objects: { countries: { type: "GeometryCollection", geometries } },
      arcs,
    } as unknown as Topology,
    [],
  );

describe("where the camera looks for a country (focus)", () => {
  it("leaves out the tip of a country that the date line cuts off (Russia's Chukotka)", () => {
    // One polygon on the sphere, from 30°E across 180° to 170°W: drawn, two parts at
    // opposite edges of the map. Its bounds are the map's width; its focus is the main part.
    const [shape] = world(
      [band(30, 190, 50, 70)],
      [{ type: "Polygon", id: "RUS", arcs: [[0]] }],
    ).shapes;
    expect(shape!.bounds[1][0] - shape!.bounds[0][0]).toBeGreaterThan(FRAME_WIDTH * 0.6);
    const [[x0], [x1]] = shape!.focus!;
    expect(x0).toBeGreaterThan(FRAME_WIDTH / 2);
    expect(x1).toBeLessThanOrEqual(shape!.bounds[1][0]);
  });

  it("keeps a near part of a fair size (Alaska beside the lower 48) and drops a far speck", () => {
    const [shape] = world(
      [band(-125, -70, 30, 48), band(-165, -140, 58, 70), band(-35, -34, 4, 5)],
      [{ type: "MultiPolygon", id: "USA", arcs: [[[0]], [[1]], [[2]]] }],
    ).shapes;
    const [[x0], [x1]] = shape!.focus!;
    // Alaska's west end is inside the focus; the speck in the mid-Atlantic is not.
    expect(x0).toBe(shape!.bounds[0][0]);
    expect(x1).toBeLessThan(shape!.bounds[1][0]);
  });

  it("has no focus when the whole shape is its main land", () => {
    const [shape] = world(
      [band(0, 10, 40, 50)],
      [{ type: "Polygon", id: "FRA", arcs: [[0]] }],
    ).shapes;
    expect(shape!.focus).toBeUndefined();
  });
});
