/**
 * Which pointer events may pan or zoom the map. One finger belongs to the page: it scrolls past
 * the map instead of being trapped by it (a phone reader would otherwise be stuck on a map that
 * fills half the screen). Two fingers pan and pinch the map. Mouse: drag and wheel as before,
 * but not with Ctrl (the browser's own zoom) or buttons other than the main one.
 */
export function allowMapGesture(event: Event): boolean {
  if (typeof TouchEvent !== "undefined" && event instanceof TouchEvent)
    return event.touches.length >= 2;
  const mouse = event as MouseEvent;
  return !mouse.ctrlKey && !mouse.button;
}
