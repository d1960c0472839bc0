import { describe, expect, it } from "vitest";
import { compactPath, pathRings } from "../../src/domain/svg-path";

describe("the map's compact paths", () => {
  it("writes relative steps in tenths, without leading zeros or needless separators", () => {
    expect(compactPath("M561.2,57.4L560.6,59L559.2,59.2L560.3,61.6Z")).toBe(
      "m561.2,57.4l-.6,1.6-1.4,.2 1.1,2.4z",
    );
  });

  it("starts a second ring from where Z returned, the first ring's start", () => {
    const d = "M0,0L10,0L10,10ZM20,20L30,20L30,30Z";
    expect(compactPath(d)).toBe("m0,0l10,0 0,10zm20,20l10,0 0,10z");
    expect(pathRings(compactPath(d))).toEqual(pathRings(d));
  });

  it("draws the same points as the absolute path, with no error adding up along a coast", () => {
    // A long ragged ring whose steps each round: their errors must not accumulate.
    const points = Array.from({ length: 400 }, (_, i) => [
      100 + 50 * Math.cos(i / 20) + (i % 7) * 0.037,
      100 + 50 * Math.sin(i / 20) - (i % 5) * 0.043,
    ]);
    const d = `M${points.map(([x, y]) => `${x!.toFixed(1)},${y!.toFixed(1)}`).join("L")}Z`;
    const [original] = pathRings(d);
    const [compact] = pathRings(compactPath(d));
    expect(compact!.closed).toBe(true);
    expect(compact!.points).toHaveLength(400);
    compact!.points.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(original!.points[i]![0], 6);
      expect(y).toBeCloseTo(original!.points[i]![1], 6);
    });
  });

  it("reads absolute and relative commands, and pairs after a move as lines", () => {
    expect(pathRings("m1,1 2,0 0,2zM5,5L6,5")).toEqual([
      {
        points: [
          [1, 1],
          [3, 1],
          [3, 3],
        ],
        closed: true,
      },
      {
        points: [
          [5, 5],
          [6, 5],
        ],
        closed: false,
      },
    ]);
  });
});
