import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { patternId } from "../../src/domain/patterns";
import { renderDashboard, WORLD } from "./render-app";

const gbrPath = (WORLD as { shapes: { iso3?: string; d: string }[] }).shapes.find(
  (s) => s.iso3 === "GBR",
)!.d;

describe("the Patterns toggle", () => {
  it("adds a pattern per category over the live map and in the legend, and puts it in the link", async () => {
    const { map } = await renderDashboard("?date=2024-12-31");
    const overlay = () => map.querySelector('[data-testid="pattern-overlay"]');
    const legend = screen.getByRole("list", { name: /Legend/ });
    const toggle = screen.getByRole("button", { name: "Patterns" });
    // Off by default on screen: no overlay until asked (or printed), the legend shows colours only.
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(overlay()).toBeNull();
    expect(legend).not.toHaveClass("patterns-on");

    act(() => fireEvent.click(toggle));

    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(overlay()).not.toBeNull();
    expect(legend).toHaveClass("patterns-on");
    // The fixture's United Kingdom is banned by then: cross-hatched over its colour.
    const gbr = [...overlay()!.querySelectorAll("path")].find(
      (p) => p.getAttribute("d") === gbrPath,
    );
    expect(gbr).toHaveAttribute("fill", `url(#${patternId("map", "ban")})`);
    expect(map.querySelector(`pattern#${patternId("map", "ban")}`)).not.toBeNull();
    // Every patterned category has its own pattern in the legend; "no restriction" stays plain.
    const swatchPatterns = [...legend.querySelectorAll("[data-pattern]")].map((s) =>
      s.getAttribute("data-pattern"),
    );
    expect(swatchPatterns).toEqual(["ban", "restricted", "under_review", "partner"]);
    await waitFor(() => expect(window.location.search).toContain("patterns=1"));

    act(() => fireEvent.click(toggle));
    expect(overlay()).toBeNull();
    await waitFor(() => expect(window.location.search).not.toContain("patterns"));
  });

  it("opens with patterns on from a link", async () => {
    const { map } = await renderDashboard("?patterns=1");
    expect(screen.getByRole("button", { name: "Patterns" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(map.querySelector('[data-testid="pattern-overlay"] path')).not.toBeNull();
  });

  it("draws them for print, on the map and its insets, and takes them away after", async () => {
    const { map } = await renderDashboard("?date=2024-12-31");
    await waitFor(() => expect(map.querySelector('[data-inset="europe"]')).not.toBeNull());
    const drawn = () => ({
      map: map.querySelectorAll('[data-testid="pattern-overlay"] path').length > 0,
      inset: map.querySelectorAll('[data-inset="europe"] .pattern-overlay path').length > 0,
    });
    expect(drawn()).toEqual({ map: false, inset: false });
    // The browser lays out the printed page right after this event: drawn synchronously.
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    expect(drawn()).toEqual({ map: true, inset: true });
    act(() => void window.dispatchEvent(new Event("afterprint")));
    expect(drawn()).toEqual({ map: false, inset: false });
  });
});

describe("the live map's insets", () => {
  it("enlarges Europe, the Caribbean and the Gulf, where a click on Luxembourg selects it", async () => {
    const { map } = await renderDashboard("?date=2024-12-31");
    // A frame after the map itself.
    await waitFor(() => expect(map.querySelectorAll("[data-inset]")).toHaveLength(3));
    const insets = [...map.querySelectorAll("[data-inset]")];
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
    // A picture of the map's own shapes: the country's hooks stay on the map, once.
    expect(
      map.querySelectorAll("[data-inset] [data-iso3], [data-inset] [data-status]"),
    ).toHaveLength(0);
    const lux = map.querySelector('[data-inset="europe"] [data-inset-iso3="LUX"]')!;
    act(() => fireEvent.click(lux));
    await screen.findByTestId("country-panel");
    expect(screen.getByTestId("country-panel")).toHaveAttribute("data-iso3", "LUX");
    // The camera flies to Luxembourg; a zoomed map would carry the insets off its edge.
    await waitFor(() => expect(map.querySelectorAll("[data-inset]")).toHaveLength(0));
  });
});
