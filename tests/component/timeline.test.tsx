import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import { ASYNC_TIMEOUT_MS } from "../setup";
import { renderApp, renderDashboard } from "./render-app";

afterEach(() => vi.useRealTimers());

const asOf = () => screen.getByTestId("as-of-date").getAttribute("datetime");

describe("the events timeline", () => {
  it("lists every event in date order with its date", async () => {
    await renderDashboard();
    const dates = screen.getAllByTestId("timeline-event").map((e) => e.getAttribute("data-date"));
    expect(dates).toEqual(fixture.events.map((e) => e.date).sort());
  });

  it("selecting an event moves the date, highlights its countries and shows its sources", async () => {
    const { map } = await renderDashboard();
    const event = screen
      .getAllByTestId("timeline-event")
      .find((e) => e.getAttribute("data-date") === "2020-01-28")!;
    await userEvent.click(event);
    expect(asOf()).toBe("2020-01-28");
    expect(window.location.search).toBe("?date=2020-01-28&event=gbr-2020-01-cap");
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-highlighted", "true");
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-status", "restricted");
    const detail = screen.getByRole("article", { name: /UK caps Huawei/ });
    expect(within(detail).getByRole("link", { name: /High risk vendor/ })).toHaveAttribute(
      "href",
      expect.stringContaining("https://"),
    );
  });

  it("selects an event with the keyboard", async () => {
    await renderDashboard();
    const event = screen.getAllByTestId("timeline-event")[0]!;
    event.focus();
    await userEvent.keyboard("{Enter}");
    expect(event).toHaveAttribute("aria-pressed", "true");
    expect(asOf()).toBe(event.getAttribute("data-date"));
  });

  it("can be filtered to the events that touched the selected country", async () => {
    await renderDashboard("?country=gbr");
    await userEvent.click(
      screen.getByRole("checkbox", { name: /Only events that touched United Kingdom/ }),
    );
    expect(
      screen.getAllByTestId("timeline-event").map((e) => e.getAttribute("data-event-id")),
    ).toEqual(["gbr-2020-01-cap"]);
  });
});

describe("the as-of date", () => {
  it("follows the slider, and the map, legend and list follow the date", async () => {
    const { map } = await renderDashboard();
    const slider = screen.getByRole("slider", { name: "As of" });
    fireEvent.change(slider, { target: { value: "100" } }); // 100 days after 23 August 2018
    expect(asOf()).toBe("2018-12-01");
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-status", "under_review");
    expect(map.querySelector('[data-iso3="FRA"]')).toHaveAttribute("data-status", "no_data");
    expect(screen.getByRole("button", { name: /^Restricted 0 countries/ })).toBeInTheDocument();
    // The link follows once the date is still (no history write inside the input event).
    await waitFor(() => expect(window.location.search).toBe("?date=2018-12-01"));
  });
});

describe("play", () => {
  it("steps through time, shows each event's caption on the way, and stops at the end", async () => {
    vi.useFakeTimers();
    renderApp("?date=2019-06-15");
    await vi.waitFor(() => expect(screen.getByTestId("world-map")).toBeInTheDocument(), {
      timeout: ASYNC_TIMEOUT_MS,
    });
    fireEvent.click(screen.getByRole("button", { name: "Play the map through time" }));
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
    expect(asOf()).toBe("2019-07-01");
    await act(() => vi.advanceTimersByTimeAsync(350 * 7));
    expect(asOf()).toBe("2020-01-28");
    expect(screen.getByRole("article", { name: /UK caps Huawei/ })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(asOf()).toBe("2024-12-31");
    expect(screen.getByRole("button", { name: "Play the map through time" })).toBeInTheDocument();
  });

  it("pauses where it is", async () => {
    vi.useFakeTimers();
    renderApp("?date=2019-06-15");
    await vi.waitFor(() => expect(screen.getByTestId("world-map")).toBeInTheDocument(), {
      timeout: ASYNC_TIMEOUT_MS,
    });
    fireEvent.click(screen.getByRole("button", { name: "Play the map through time" }));
    await act(() => vi.advanceTimersByTimeAsync(350 * 2));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    const pausedAt = asOf();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(asOf()).toBe(pausedAt);
  });
});

describe("compare two dates", () => {
  it("marks changed countries and lists what changed with the entry and its source", async () => {
    const { map } = await renderDashboard("?date=2020-08-01&since=2019-01-01");
    await waitFor(() =>
      expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-changed", "true"),
    );
    expect(map.querySelector('[data-iso3="FRA"]')).toHaveAttribute("data-changed", "true");
    expect(map.querySelector('[data-iso3="AUS"]')).not.toHaveAttribute("data-changed");
    const changes = screen.getByRole("region", { name: /What changed/ });
    expect(
      within(changes)
        .getByText(/United Kingdom/)
        .closest("li"),
    ).toHaveTextContent(/Under review → .*Restricted/);
    const uk = within(changes)
      .getByText(/United Kingdom/)
      .closest("li")!;
    expect(within(uk).getByRole("link")).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\/www\.scotsman\.com\//),
    );
  });

  it("ignores a garbage compare date with a notice and keeps the map", async () => {
    const { map } = await renderDashboard("?since=2019-02-30");
    expect(
      await screen.findByText(/"since" value "2019-02-30".*not a real calendar date/),
    ).toBeInTheDocument();
    expect(map.querySelectorAll("[data-changed]")).toHaveLength(0);
  });
});
