import { afterEach, describe, expect, it, vi } from "vitest";
import { whenStill } from "../../src/state/when-still";

afterEach(() => vi.useRealTimers());

describe("whenStill", () => {
  it("calls once, when a run of steps has been still for the wait, and tells a run's steps apart", () => {
    vi.useFakeTimers();
    const onStill = vi.fn();
    const still = whenStill(100, onStill);
    expect(still.step()).toBe(false);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(40);
      expect(still.step()).toBe(true);
    }
    vi.advanceTimersByTime(99);
    expect(onStill).not.toHaveBeenCalled();
    expect(still.isWaiting).toBe(true);
    vi.advanceTimersByTime(1);
    expect(onStill).toHaveBeenCalledTimes(1);
    expect(still.isWaiting).toBe(false);
    vi.advanceTimersByTime(500);
    expect(still.step()).toBe(false);
  });

  it("drops the waiting call when cancelled", () => {
    vi.useFakeTimers();
    const onStill = vi.fn();
    const still = whenStill(100, onStill);
    still.step();
    still.cancel();
    vi.advanceTimersByTime(1_000);
    expect(onStill).not.toHaveBeenCalled();
  });
});
