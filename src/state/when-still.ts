/**
 * Calls `onStill` once steps have stopped coming for `ms`. One timer serves a whole run of
 * steps, re-armed only when it fires early, instead of one cleared and set again per step: a
 * drag or a play sends a step per frame, and the two timer calls were a sixth of a step's
 * script (issue 12). Used for what follows the date once it rests: the address bar, the
 * screen-reader announcement, the lists.
 */
export function whenStill(ms: number, onStill: () => void) {
  let lastStep = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const wait = lastStep + ms - performance.now();
    if (wait > 0) {
      timer = setTimeout(check, wait);
      return;
    }
    timer = undefined;
    onStill();
  };
  return {
    /** A step: `onStill` waits until `ms` after it. True when it came within `ms` of the last. */
    step(): boolean {
      const now = performance.now();
      const isRun = now - lastStep < ms;
      lastStep = now;
      timer ??= setTimeout(check, ms);
      return isRun;
    },
    /** Whether a call is waiting for the steps to stop. */
    get isWaiting() {
      return timer !== undefined;
    },
    /** Drops the waiting call, if any (something else did the work, or the owner is gone). */
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
