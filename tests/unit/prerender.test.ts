import { describe, expect, it } from "vitest";
import { lightenPath } from "../../scripts/lib/prerender-map";

describe("lightenPath (the prerendered placeholder map)", () => {
  it("rounds to whole units and drops points closer than a step to the last one kept", () => {
    expect(lightenPath("M0.4,0.4L0.9,0.2L10.2,0.1L10.3,10.6L0,10Z")).toBe("M0,0L10,0L10,11L0,10Z");
  });
  it("keeps every ring of a multi-polygon", () => {
    expect(lightenPath("M0,0L10,0L10,10ZM20,20L30,20L30,30Z")).toBe(
      "M0,0L10,0L10,10ZM20,20L30,20L30,30Z",
    );
  });
  it("reads the map file's relative paths", () => {
    expect(lightenPath("m0,0l10,0 0,10zm20,20l10,0 0,10z")).toBe(
      "M0,0L10,0L10,10ZM20,20L30,20L30,30Z",
    );
  });
  it("shrinks a ring too small to see to a single point instead of a broken shape", () => {
    expect(lightenPath("M5,5L5.5,5L5.5,5.5Z")).toBe("M5,5Z");
  });
});
