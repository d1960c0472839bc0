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
    const overlay = map.querySelector('[data-testid="pattern-overlay"]')!;
    const legend = screen.getByRole("list", { name: /Legend/ });
    const toggle = screen.getByRole("button", { name: "Patterns" });
    // Off by default on screen: the overlay waits for print, the legend shows colours only.
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(overlay).not.toHaveClass("is-on");
    expect(legend).not.toHaveClass("patterns-on");

    act(() => fireEvent.click(toggle));

    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(overlay).toHaveClass("is-on");
    expect(legend).toHaveClass("patterns-on");
    // The fixture's United Kingdom is banned by then: cross-hatched over its colour.
    const gbr = [...overlay.querySelectorAll("path")].find((p) => p.getAttribute("d") === gbrPath);
    expect(gbr).toHaveAttribute("fill", `url(#${patternId("map", "ban")})`);
    expect(map.querySelector(`pattern#${patternId("map", "ban")}`)).not.toBeNull();
    // Every patterned category has its own pattern in the legend; "no restriction" stays plain.
    const swatchPatterns = [...legend.querySelectorAll("[data-pattern]")].map((s) =>
      s.getAttribute("data-pattern"),
    );
    expect(swatchPatterns).toEqual(["ban", "restricted", "under_review", "partner"]);
    await waitFor(() => expect(window.location.search).toContain("patterns=1"));

    act(() => fireEvent.click(toggle));
    expect(overlay).not.toHaveClass("is-on");
    await waitFor(() => expect(window.location.search).not.toContain("patterns"));
  });

  it("opens with patterns on from a link", async () => {
    const { map } = await renderDashboard("?patterns=1");
    expect(screen.getByRole("button", { name: "Patterns" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(map.querySelector('[data-testid="pattern-overlay"]')).toHaveClass("is-on");
  });
});

describe("the live map's insets", () => {
  it("enlarges Europe, the Caribbean and the Gulf, where a click on Luxembourg selects it", async () => {
    const { map } = await renderDashboard("?date=2024-12-31");
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
  });
});
