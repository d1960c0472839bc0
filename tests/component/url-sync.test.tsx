import { act } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useStore } from "../../src/state/store";
import { renderDashboard } from "./render-app";

afterEach(() => vi.useRealTimers());

describe("the link while the date is dragged", () => {
  it("coalesces rapid date changes into a few history writes and ends on the last date", async () => {
    await renderDashboard();
    // Fake timers (and performance.now) only once the page is ready, so the throttle's window
    // starts from the first write below.
    vi.useFakeTimers();
    const replace = vi.spyOn(window.history, "replaceState");
    act(() => {
      for (let day = 1; day <= 28; day++)
        useStore.getState().setDate(`2020-02-${String(day).padStart(2, "0")}`);
    });
    // A date step waits until the date has been still for the window, then goes out once.
    expect(replace).toHaveBeenCalledTimes(0);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?date=2020-02-28");
  });

  it("still pushes a selection at once, so Back returns to the view before it", async () => {
    await renderDashboard();
    const push = vi.spyOn(window.history, "pushState");
    act(() => useStore.getState().setDate("2020-02-01"));
    act(() => useStore.getState().selectCountry("FRA"));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?country=fra&date=2020-02-01");
  });
});
