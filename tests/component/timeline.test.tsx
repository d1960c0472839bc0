import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import fixture from "../fixtures/small-dataset.json";
import type { Dataset } from "../../src/data/schema";
import { datasetSpan } from "../../src/domain/dates";
import { playbackSteps, playTiming } from "../../src/domain/playback";
import { SETTLE_MS } from "../../src/state/as-of";
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

const span = datasetSpan(fixture as unknown as Dataset);
const { stepMs } = playTiming(playbackSteps(span, (fixture as unknown as Dataset).events));

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
    // Seven month steps to January 2020, then the UK's January 2020 decision.
    await act(() => vi.advanceTimersByTimeAsync(stepMs * 7 + 1));
    expect(asOf()).toBe("2020-01-28");
    expect(screen.getByRole("article", { name: /UK caps Huawei/ })).toBeInTheDocument();
    // The whole span takes about a minute.
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(asOf()).toBe("2024-12-31");
    expect(screen.getByRole("button", { name: "Play the map through time" })).toBeInTheDocument();
  }, 30_000); // some eighty map redraws on a shared 2-core machine

  it("plays slower when asked: half the speed, twice as long a step", async () => {
    vi.useFakeTimers();
    renderApp("?date=2019-06-15");
    await vi.waitFor(() => expect(screen.getByTestId("world-map")).toBeInTheDocument());
    fireEvent.change(screen.getByRole("combobox", { name: "Play speed" }), {
      target: { value: "0.5" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Play the map through time" }));
    expect(asOf()).toBe("2019-07-01");
    await act(() => vi.advanceTimersByTimeAsync(stepMs * 1.5));
    expect(asOf()).toBe("2019-07-01");
    await act(() => vi.advanceTimersByTimeAsync(stepMs));
    expect(asOf()).toBe("2019-08-01");
  }, 20_000);

  it("pauses where it is", async () => {
    vi.useFakeTimers();
    renderApp("?date=2019-06-15");
    await vi.waitFor(() => expect(screen.getByTestId("world-map")).toBeInTheDocument(), {
      timeout: ASYNC_TIMEOUT_MS,
    });
    fireEvent.click(screen.getByRole("button", { name: "Play the map through time" }));
    await act(() => vi.advanceTimersByTimeAsync(stepMs * 2));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    const pausedAt = asOf();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(asOf()).toBe(pausedAt);
  });
});

describe("compare two dates", () => {
  it("marks real changes apart from coverage that began, and counts each transition", async () => {
    const { map } = await renderDashboard("?date=2020-08-01&since=2019-01-01");
    await waitFor(() =>
      expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-changed", "true"),
    );
    // France had no recorded position on 1 January 2019: its coverage began, nothing changed.
    expect(map.querySelector('[data-iso3="FRA"]')).not.toHaveAttribute("data-changed");
    expect(map.querySelector('[data-iso3="FRA"]')).toHaveAttribute("data-coverage-began", "true");
    expect(map.querySelector('[data-iso3="AUS"]')).not.toHaveAttribute("data-changed");
    expect(map.querySelector('[data-iso3="AUS"]')).not.toHaveAttribute("data-coverage-began");
    const changes = screen.getByRole("region", { name: /What changed/ });
    expect(screen.getByRole("heading", { name: /What changed/ })).toHaveTextContent("(1)");
    const transitions = within(changes).getAllByTestId("transition");
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toHaveTextContent(/^1 country went from Under review to Restricted/);
    expect(within(transitions[0]!).getByRole("button", { name: "United Kingdom" })).toBeVisible();
    expect(within(changes).getAllByRole("link").length).toBeGreaterThan(0);
    expect(within(changes).getByText(/Coverage began for 2 countries/)).toBeInTheDocument();
  });

  it("says a comparison is on, shows either date's map, and ends it", async () => {
    const { map } = await renderDashboard("?date=2020-08-01&since=2019-01-01");
    const banner = await screen.findByRole("region", { name: "Comparison" });
    expect(banner).toHaveTextContent("Comparing 1 January 2019 with 1 August 2020");
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-status", "restricted");
    await userEvent.click(
      within(banner).getByRole("button", { name: "Show map at 1 January 2019" }),
    );
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-status", "under_review");
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-changed", "true");
    await userEvent.click(
      within(banner).getByRole("button", { name: "Show map at 1 August 2020" }),
    );
    expect(map.querySelector('[data-iso3="GBR"]')).toHaveAttribute("data-status", "restricted");
    await userEvent.click(within(banner).getByRole("button", { name: "Stop comparing" }));
    expect(screen.queryByRole("region", { name: "Comparison" })).toBeNull();
    expect(map.querySelectorAll("[data-changed]")).toHaveLength(0);
    expect(window.location.search).toBe("?date=2020-08-01");
  });

  it("ignores a garbage compare date with a notice and keeps the map", async () => {
    const { map } = await renderDashboard("?since=2019-02-30");
    expect(
      await screen.findByText(/"since" value "2019-02-30".*not a real calendar date/),
    ).toBeInTheDocument();
    expect(map.querySelectorAll("[data-changed]")).toHaveLength(0);
  });
});

describe("the date field", () => {
  it("shows the date as words and takes a typed date in words or as YYYY-MM-DD", async () => {
    await renderDashboard("?date=2020-07-14");
    const field = screen.getByRole("textbox", { name: "Date" });
    expect(field).toHaveValue("14 July 2020");
    await userEvent.clear(field);
    await userEvent.type(field, "28 Jan 2020{Enter}");
    expect(asOf()).toBe("2020-01-28");
    expect(field).toHaveValue("28 January 2020");
    await userEvent.clear(field);
    await userEvent.type(field, "2019-06-01{Enter}");
    expect(asOf()).toBe("2019-06-01");
    // The slider still moves the date, and the field follows it.
    fireEvent.change(screen.getByRole("slider", { name: "As of" }), { target: { value: "100" } });
    expect(field).toHaveValue("1 December 2018");
  }, 20_000); // three map redraws on a shared 2-core machine

  it("explains a date it cannot read and keeps the map where it was", async () => {
    await renderDashboard("?date=2020-07-14");
    const field = screen.getByRole("textbox", { name: "Date" });
    await userEvent.clear(field);
    await userEvent.type(field, "07/14/2020{Enter}");
    expect(asOf()).toBe("2020-07-14");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/Not a date we can read.*like 31 December 2024/);
  });

  it("starts and ends a comparison from the compare field", async () => {
    await renderDashboard("?date=2020-08-01");
    const field = screen.getByRole("textbox", { name: "Compare with" });
    expect(field).toHaveValue("");
    await userEvent.type(field, "1 January 2019{Enter}");
    expect(window.location.search).toBe("?date=2020-08-01&since=2019-01-01");
    await userEvent.clear(field);
    await userEvent.type(field, "{Enter}");
    // Replace writes inside the throttle window go out together once it ends.
    await waitFor(() => expect(window.location.search).toBe("?date=2020-08-01"));
  }, 20_000);
});

describe("the map in words", () => {
  it("follows one date step at once, and a run of steps once it pauses", async () => {
    vi.useFakeTimers();
    renderApp("?date=2018-09-01");
    await vi.waitFor(() => expect(screen.getByTestId("world-map")).toBeInTheDocument(), {
      timeout: ASYNC_TIMEOUT_MS,
    });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    const summary = screen.getByTestId("map-summary");
    const slider = screen.getByRole("slider", { name: "As of" });
    // One step after a rest: the words change with the map.
    fireEvent.change(slider, { target: { value: "100" } });
    expect(summary).toHaveTextContent(/^As of 1 December 2018:/);
    // A run (a drag): the map follows each step, the words keep the run's first date…
    for (const [value, ms] of [
      ["110", 16],
      ["130", 16],
      ["150", 40],
    ] as const) {
      await act(() => vi.advanceTimersByTimeAsync(ms));
      fireEvent.change(slider, { target: { value } });
    }
    expect(asOf()).toBe("2019-01-20");
    expect(summary).toHaveTextContent(/^As of 1 December 2018:/);
    // …until it pauses.
    await act(() => vi.advanceTimersByTimeAsync(SETTLE_MS));
    expect(summary).toHaveTextContent(/^As of 20 January 2019:/);
  });

  it("summarises the map at the as-of date and follows the date", async () => {
    await renderDashboard("?date=2018-09-01");
    const summary = screen.getByTestId("map-summary");
    expect(summary).toHaveTextContent(
      "As of 1 September 2018: 1 country banned Huawei; 4 countries with no data yet.",
    );
    fireEvent.change(screen.getByRole("slider", { name: "As of" }), { target: { value: "100" } });
    // Words follow the map a frame later (the settled rows).
    await waitFor(() =>
      expect(summary).toHaveTextContent(
        /^As of 1 December 2018: 1 country banned Huawei, 2 countries were reviewing it/,
      ),
    );
  });
});
