import { describe, expect, it } from "vitest";
import { embedSnippet, viewUrl } from "../../src/features/share/share-links";
import { presentAction, stepTo } from "../../src/features/share/present-keys";
import { defaultLinkState } from "../../src/state/view-state";

describe("viewUrl", () => {
  const state = {
    ...defaultLinkState(),
    selectedIso3: "GBR",
    date: "2020-01-28",
    mode: "embed" as const,
  };
  it.each([
    ["full", "https://e.org/maps/?country=gbr&date=2020-01-28"],
    ["embed", "https://e.org/maps/?country=gbr&date=2020-01-28&embed=1"],
    ["present", "https://e.org/maps/?country=gbr&date=2020-01-28&present=1"],
  ] as const)("links the same view in %s mode", (mode, expected) => {
    expect(viewUrl("https://e.org", "/maps/", state, mode)).toBe(expected);
  });
  it("links a selected country with a page to that page, keeping the other parameters", () => {
    const hasPage = (iso3: string) => iso3 === "GBR";
    expect(viewUrl("https://e.org", "/maps/", state, "full", hasPage)).toBe(
      "https://e.org/maps/country/gbr/?date=2020-01-28",
    );
    expect(viewUrl("https://e.org", "/maps/", state, "embed", hasPage)).toBe(
      "https://e.org/maps/?country=gbr&date=2020-01-28&embed=1",
    );
  });
  it("links the plainest view with no parameters", () => {
    expect(viewUrl("https://e.org", "/", defaultLinkState(), "full")).toBe("https://e.org/");
  });
});

describe("embedSnippet", () => {
  const url = "https://e.org/?country=gbr&embed=1";
  const doc = new DOMParser().parseFromString(embedSnippet(url), "text/html");
  it("embeds the view in a titled iframe", () => {
    const iframe = doc.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(url);
    expect(iframe.getAttribute("title")).toBe("Huawei 5G Policy Map");
  });
  it("listens for the height message from the embed's origin only", () => {
    const script = doc.querySelector("script")!.textContent!;
    expect(script).toContain('"huawei-5g-map:height"');
    expect(script).toContain('e.origin!=="https://e.org"');
  });
});

describe("presentation keys", () => {
  const key = (k: string, mods = {}) =>
    presentAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  it.each([
    ["ArrowRight", "next"],
    ["PageDown", "next"],
    ["ArrowLeft", "previous"],
    ["PageUp", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["f", "fullscreen"],
    ["F", "fullscreen"],
    ["x", undefined],
  ])("maps %s to %s", (k, action) => {
    expect(key(k)).toBe(action);
  });
  it("leaves browser shortcuts alone", () => {
    expect(key("ArrowLeft", { altKey: true })).toBeUndefined();
    expect(key("f", { ctrlKey: true })).toBeUndefined();
  });

  it.each([
    ["next from before the first event", "next", -1, 3, 0],
    ["next in the middle", "next", 1, 3, 2],
    ["next stops at the last event", "next", 2, 3, 2],
    ["previous stops at the first event", "previous", 0, 3, 0],
    ["previous before the first event stays there", "previous", -1, 3, -1],
    ["first", "first", 2, 3, 0],
    ["last", "last", -1, 3, 2],
    ["anything without events", "next", -1, 0, -1],
  ] as const)("steps: %s", (_, action, current, count, expected) => {
    expect(stepTo(action, current, count)).toBe(expected);
  });
});
