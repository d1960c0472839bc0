/** What a key does in the presentation: a step target, or fullscreen. */
export type PresentAction = "next" | "previous" | "first" | "last" | "fullscreen";

const KEYS: Record<string, PresentAction> = {
  ArrowRight: "next",
  PageDown: "next",
  ArrowLeft: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
  f: "fullscreen",
  F: "fullscreen",
};

export function presentAction(
  event: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey">,
) {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return KEYS[event.key];
}

/** The event index an action moves to; -1 (before the first event) only stays -1 on "previous". */
export function stepTo(
  action: Exclude<PresentAction, "fullscreen">,
  current: number,
  count: number,
) {
  if (count === 0) return -1;
  switch (action) {
    case "next":
      return Math.min(current + 1, count - 1);
    case "previous":
      return current < 0 ? -1 : Math.max(current - 1, 0);
    case "first":
      return 0;
    case "last":
      return count - 1;
  }
}
