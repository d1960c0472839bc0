import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useStore } from "../../src/state/store";
import { renderDashboard } from "./render-app";

const cameraOf = (map: HTMLElement) => map.querySelector("g.map-camera")!.getAttribute("transform");
const WORLD = "translate(0 0) scale(1)";

describe("the map's camera", () => {
  it("fits the map to a country picked in the list; the link says the country, not the fit", async () => {
    const { map } = await renderDashboard();
    expect(cameraOf(map)).toBe(WORLD);
    const list = screen.getByRole("region", { name: /Countries/ });
    await userEvent.click(within(list).getByRole("button", { name: /United Kingdom/ }));
    // The UK's main land, centred: the view box's middle (400, 175.5) minus 8 × (396.2, 46.1).
    await waitFor(() => expect(cameraOf(map)).toBe("translate(-2769.6 -193.3) scale(8)"));
    // Opening ?country=gbr fits again, to the opener's screen: no camera in the link.
    expect(window.location.search).toBe("?country=gbr");
  });

  it("writes the camera into the link once the reader zooms by hand", async () => {
    const { map } = await renderDashboard("?country=gbr");
    await waitFor(() => expect(cameraOf(map)).toMatch(/scale\(8\)$/));
    await userEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    await waitFor(() =>
      expect(window.location.search).toBe("?country=gbr&zoom=5&center=396.2,46.1"),
    );
  });

  it("fits a quick view and keeps it in the link", async () => {
    const { map } = await renderDashboard();
    const views = screen.getByRole("group", { name: "Zoom to an area" });
    await userEvent.click(within(views).getByRole("button", { name: "Gulf" }));
    await waitFor(() => expect(cameraOf(map)).toMatch(/scale\(8\)$/));
    await waitFor(() =>
      expect(window.location.search).toMatch(/^\?zoom=8&center=5\d\d\.\d,1\d\d\.\d$/),
    );
  });

  it("fits the countries of an event picked in the timeline", async () => {
    const { map } = await renderDashboard();
    const event = screen
      .getAllByTestId("timeline-event")
      .find((e) => e.getAttribute("data-date") === "2020-01-28")!;
    await userEvent.click(event);
    // The event touched the United Kingdom alone: the same fit as selecting it.
    await waitFor(() => expect(cameraOf(map)).toBe("translate(-2769.6 -193.3) scale(8)"));
  });

  it("opens a link's zoom and centre as they are", async () => {
    const { map } = await renderDashboard("?zoom=4&center=420,70");
    // The view box is 800 wide from x 0: its middle, 400, is where the centre 420 lands.
    await waitFor(() => expect(cameraOf(map)).toMatch(/^translate\(-1280 [-\d.]+\) scale\(4\)$/));
    expect(window.location.search).toBe("?zoom=4&center=420,70");
  });

  it("returns to the world with the reset button, and the link loses its camera", async () => {
    const { map } = await renderDashboard("?zoom=4&center=420,70");
    await userEvent.click(screen.getByRole("button", { name: /Reset zoom/ }));
    await waitFor(() => expect(cameraOf(map)).toBe(WORLD));
    await waitFor(() => expect(window.location.search).toBe(""));
  });

  it("follows a cleared selection back to the world when the reader did not move the map", async () => {
    const { map } = await renderDashboard("?country=gbr");
    await waitFor(() => expect(cameraOf(map)).toMatch(/scale\(8\)$/));
    act(() => useStore.getState().selectCountry(null));
    await waitFor(() => expect(cameraOf(map)).toBe(WORLD));
    expect(window.location.search).toBe("");
  });

  it("keeps a hand-zoomed view when the selection is cleared", async () => {
    const { map } = await renderDashboard("?country=gbr&zoom=3&center=400,60");
    await waitFor(() => expect(cameraOf(map)).toMatch(/scale\(3\)$/));
    act(() => useStore.getState().selectCountry(null));
    await waitFor(() => expect(window.location.search).toBe("?zoom=3&center=400,60"));
    expect(cameraOf(map)).toMatch(/scale\(3\)$/);
  });
});
