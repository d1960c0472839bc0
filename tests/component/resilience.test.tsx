import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { json, renderApp, renderDashboard } from "./render-app";

describe("a fault inside one area", () => {
  it("shows a named message with Retry in the map area while the panel and timeline keep working", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // Geometry that passes the loader's shape check but has no land box makes the map throw.
    renderApp("", {
      geometry: () => json({ width: 800, height: 390, sphere: "", shapes: [], smallStates: [] }),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong in the map");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    const list = await screen.findByRole("region", { name: /Countries/ });
    await userEvent.click(within(list).getByRole("button", { name: /France/ }));
    expect(await screen.findByTestId("country-panel")).toHaveAttribute("data-iso3", "FRA");
    expect(screen.getAllByTestId("timeline-event")).toHaveLength(fixture.events.length);
  });
});

describe("announcements", () => {
  it("tells screen-reader users which country was selected, politely", async () => {
    await renderDashboard();
    const list = screen.getByRole("region", { name: /Countries/ });
    await userEvent.click(within(list).getByRole("button", { name: /United Kingdom/ }));
    const live = document.querySelector('[aria-live="polite"][aria-atomic="true"]')!;
    await waitFor(() =>
      expect(live).toHaveTextContent(
        "Selected United Kingdom. United Kingdom: Banned (whole network) since 13 October 2022.",
      ),
    );
  });
});

describe("the theme", () => {
  it("switches to dark and remembers it", async () => {
    await renderDashboard();
    await userEvent.click(screen.getByRole("button", { name: "Dark theme" }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(localStorage.getItem("huawei-5g-map:theme")).toBe("dark");
    expect(screen.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });
});

describe("blocked storage", () => {
  it("still renders, and the theme toggle still works, when the browser refuses storage", async () => {
    // Third-party iframes with storage blocked throw on any localStorage access.
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    await renderDashboard();
    await userEvent.click(screen.getByRole("button", { name: "Dark theme" }));
    expect(document.documentElement.dataset.theme).toBe("dark");
  });
});
