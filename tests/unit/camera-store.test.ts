import { afterEach, describe, expect, it } from "vitest";
import { linkStateOf, resetStore, useStore } from "../../src/state/store";
import { serializeLink } from "../../src/state/url/serialize";
import { linkFitTarget } from "../../src/state/url/sync";
import { defaultLinkState } from "../../src/state/view-state";

const store = () => useStore.getState();
const FIT = { zoom: 8, center: [396.2, 46.1] as const };
const link = (mode?: "full" | "embed") => serializeLink(linkStateOf(store(), mode));

afterEach(resetStore);

describe("the camera in the store and the link", () => {
  it("asks the map to fit a selected country, region or event, but not a cleared one", () => {
    store().selectCountry("GBR");
    expect(store().pendingFit).toEqual({ kind: "country", iso3: "GBR" });
    store().setRegion("europe");
    expect(store().pendingFit).toEqual({ kind: "region", region: "europe" });
    store().selectEvent("meng-arrest", "2018-12-01");
    expect(store().pendingFit).toEqual({ kind: "event", eventId: "meng-arrest" });
    store().flyCamera(FIT);
    store().selectEvent(null);
    expect(store().pendingFit).toBeNull();
  });

  it("leaves a camera that only fits the selection out of full-map links, not out of embeds", () => {
    store().selectCountry("GBR");
    store().flyCamera(FIT, { kind: "country", iso3: "GBR" });
    expect(link()).toBe("?country=gbr");
    expect(link("embed")).toBe("?country=gbr&zoom=8&center=396.2,46.1");
  });

  it("writes the camera once the reader moves it", () => {
    store().selectCountry("GBR");
    store().flyCamera(FIT, { kind: "country", iso3: "GBR" });
    store().moveCamera({ zoom: 6, center: [400, 50] });
    expect(link()).toBe("?country=gbr&zoom=6&center=400,50");
  });

  it("takes a following camera back to the world when the selection is cleared", () => {
    store().selectCountry("GBR");
    store().flyCamera(FIT, { kind: "country", iso3: "GBR" });
    store().selectCountry(null);
    expect([store().zoom, store().center]).toEqual([1, null]);
  });

  it("follows what is still selected when one of two selections is cleared", () => {
    store().setRegion("europe");
    store().selectCountry("GBR");
    store().flyCamera(FIT, { kind: "country", iso3: "GBR" });
    store().selectCountry(null);
    expect(store().pendingFit).toEqual({ kind: "region", region: "europe" });
  });

  it("keeps a camera the reader moved when the selection is cleared", () => {
    store().selectCountry("GBR");
    store().moveCamera({ zoom: 3, center: [400, 60] });
    store().selectCountry(null);
    expect([store().zoom, store().center]).toEqual([3, [400, 60]]);
  });

  it.each([
    [{ selectedIso3: "GBR" }, { kind: "country", iso3: "GBR" }],
    [{ eventId: "meng-arrest" }, { kind: "event", eventId: "meng-arrest" }],
    [{ region: "europe" as const }, { kind: "region", region: "europe" }],
    [{ selectedIso3: "GBR", zoom: 2 }, null],
    [{}, null],
  ])("a link %j without a camera of its own opens fitted to %j", (partial, target) =>
    expect(linkFitTarget({ ...defaultLinkState(), ...partial })).toEqual(target),
  );
});
