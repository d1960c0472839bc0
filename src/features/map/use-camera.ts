import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { Box } from "../../data/geometry-query";
import {
  cameraTransform,
  clampCamera,
  MIN_ZOOM,
  WORLD_CAMERA,
  easeInOut,
  fitCamera,
  interpolateCamera,
  panBy,
  sameFitTarget,
  selectionFitTarget,
  zoomAround,
  type FitTarget,
  type MapCamera,
} from "../../domain/camera";
import { useStore } from "../../state/store";

/** Pointer travel (CSS pixels) beyond which a press is a drag, not a click. */
const DRAG_SLOP = 4;
/** How long a fit glides. */
const GLIDE_MS = 500;
/** Elements over the map (a phone's bottom sheet) that a fit keeps its target clear of. */
export const COVERS_MAP = "[data-covers-map]";

const prefersReducedMotion = () =>
  typeof window.matchMedia === "function" &&
  window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * How the SVG's box maps to the view box: `scale` CSS pixels per view box unit, and the window
 * (the part of the view box on screen). `crop` is the phone's "slice", which fills a tall box by
 * cropping the sides; otherwise the whole view box shows ("meet").
 */
function measure(svg: SVGSVGElement | null, view: Box, crop: boolean) {
  const rect = svg?.getBoundingClientRect();
  const [[vx0, vy0], [vx1, vy1]] = view;
  const vw = vx1 - vx0;
  const vh = vy1 - vy0;
  // Not laid out (hidden, or a test's DOM): the whole view box, one pixel per unit.
  if (!rect || rect.width === 0 || rect.height === 0)
    return { rect: undefined, scale: 1, viewport: { view, window: view } };
  const fit = crop ? Math.max : Math.min;
  const scale = fit(rect.width / vw, rect.height / vh);
  const halfWidth = Math.min(vw, rect.width / scale) / 2;
  const halfHeight = Math.min(vh, rect.height / scale) / 2;
  const [cx, cy] = [(vx0 + vx1) / 2, (vy0 + vy1) / 2];
  const window: Box = [
    [cx - halfWidth, cy - halfHeight],
    [cx + halfWidth, cy + halfHeight],
  ];
  return { rect, scale, viewport: { view, window } };
}

/** Client pixels → view box units at zoom 1 (where on the unzoomed map the point is). */
function toViewUnits(
  { rect, scale, viewport }: ReturnType<typeof measure>,
  clientX: number,
  clientY: number,
): [number, number] {
  const [[vx0, vy0], [vx1, vy1]] = viewport.view;
  if (!rect) return [(vx0 + vx1) / 2, (vy0 + vy1) / 2];
  return [
    (vx0 + vx1) / 2 + (clientX - rect.left - rect.width / 2) / scale,
    (vy0 + vy1) / 2 + (clientY - rect.top - rect.height / 2) / scale,
  ];
}

/**
 * The part of the map a fit should use: the map less what a sheet covers of it from below.
 * Scrolling is left alone (a reader who scrolls back up finds the fit whole); a map covered all
 * but a sliver falls back to the whole window.
 */
function visibleFrame(measured: ReturnType<typeof measure>): Box {
  const { rect, viewport } = measured;
  if (!rect) return viewport.window;
  let bottom = rect.bottom;
  for (const cover of document.querySelectorAll(COVERS_MAP)) {
    const top = cover.getBoundingClientRect().top;
    if (top > rect.top && top < bottom) bottom = top;
  }
  if (bottom - rect.top < rect.height * 0.25) return viewport.window;
  const [x0, y0] = toViewUnits(measured, rect.left, rect.top);
  const [x1, y1] = toViewUnits(measured, rect.right, bottom);
  const [[wx0, wy0], [wx1, wy1]] = viewport.window;
  return [
    [Math.max(x0, wx0), Math.max(y0, wy0)],
    [Math.min(x1, wx1), Math.min(y1, wy1)],
  ];
}

/**
 * The map's camera. Where it looks lives in the store (so links carry it); this hook draws it,
 * gliding to a fit over half a second (at once when the reader prefers reduced motion), and,
 * on an interactive map, turns buttons, wheel and drag into camera moves and makes the fits the
 * store asks for. `view` must keep its identity between renders (the map model's viewBox does).
 * A drag never counts as a click on the country under it.
 */
export function useCamera({
  svgRef,
  view,
  crop,
  isInteractive,
  boxFor,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  view: Box;
  crop: boolean;
  /** Buttons, wheel, drag and fits; otherwise the map shows the link's camera and stays put. */
  isInteractive: boolean;
  /** Where a fit's countries are on the map; null when none is drawn. */
  boxFor(target: FitTarget): Box | null;
}) {
  const zoom = useStore((s) => s.zoom);
  const cx = useStore((s) => s.center?.[0]);
  const cy = useStore((s) => s.center?.[1]);
  const isGliding = useStore((s) => s.isCameraGliding);
  const pendingFit = useStore((s) => (isInteractive ? s.pendingFit : null));
  const { moveCamera, flyCamera, resetCamera } = useStore.getState();
  const drag = useRef<{ x: number; y: number; camera: MapCamera; moved: boolean } | null>(null);

  const viewport = useCallback(() => measure(svgRef.current, view, crop), [svgRef, view, crop]);
  /** The store's camera, kept inside the map on this screen. */
  const target = useCallback((): MapCamera => {
    const { zoom, center } = useStore.getState();
    // The whole world is the whole world in any box: no measuring, so the first load's mount
    // forces no layout before the map's first frame (a profile found 26 ms of it).
    if (center === null && zoom <= MIN_ZOOM) return WORLD_CAMERA;
    return clampCamera({ zoom, center }, viewport().viewport);
  }, [viewport]);

  // What is drawn: the store's camera, or a frame of the glide towards it.
  const [shown, setShown] = useState<MapCamera>(() =>
    clampCamera({ zoom, center: cx === undefined ? null : [cx, cy!] }, { view, window: view }),
  );
  const shownRef = useRef(shown);
  shownRef.current = shown;
  // A phone's crop shows more or less of the map as the box resizes (rotation): clamp again.
  const [boxSize, setBoxSize] = useState("");
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !crop || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) =>
      setBoxSize(`${entry!.contentRect.width}x${entry!.contentRect.height}`),
    );
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svgRef, crop]);
  useEffect(() => {
    const to = target();
    if (!isGliding || prefersReducedMotion()) {
      setShown(to);
      return;
    }
    const from = shownRef.current;
    const start = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      setShown(interpolateCamera(from, to, easeInOut(t), view));
      if (t < 1) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
    // boxSize: not read, but a new size is a new clamp.
  }, [zoom, cx, cy, isGliding, target, view, boxSize]);

  // A fit the store asks for, made once the map is here to measure.
  useEffect(() => {
    if (!pendingFit) return;
    const box = boxFor(pendingFit);
    const measured = viewport();
    // Nothing to show (a country off the map): the request is dropped, the camera stays.
    if (!box) return void useStore.setState({ pendingFit: null });
    const camera = fitCamera(box, measured.viewport, visibleFrame(measured));
    const { isFitInstant, ...state } = useStore.getState();
    const isSelection = sameFitTarget(pendingFit, selectionFitTarget(state));
    flyCamera(camera, isSelection ? pendingFit : null, !isFitInstant);
  }, [pendingFit, boxFor, viewport, flyCamera]);

  // A keyboard reader moving between countries on a zoomed map: one out of sight is brought
  // into view (same zoom, centred on it), or the focus ring would be off the map.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !isInteractive) return;
    const onFocusIn = (event: FocusEvent) => {
      // Keyboard focus only: a press on a country (which focuses it too) may start a drag.
      if (!(event.target as Element).matches?.(":focus-visible")) return;
      const iso3 = (event.target as Element).getAttribute?.("data-iso3");
      const rect = svg.getBoundingClientRect();
      const shape = (event.target as Element).getBoundingClientRect();
      const inView =
        shape.left >= rect.left &&
        shape.right <= rect.right &&
        shape.top >= rect.top &&
        shape.bottom <= rect.bottom;
      const box = iso3 && !inView ? boxFor({ kind: "country", iso3 }) : null;
      if (!box) return;
      const current = target();
      const center = [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2] as const;
      flyCamera(clampCamera({ zoom: current.zoom, center }, viewport().viewport));
    };
    svg.addEventListener("focusin", onFocusIn);
    return () => svg.removeEventListener("focusin", onFocusIn);
  }, [svgRef, isInteractive, boxFor, target, viewport, flyCamera]);

  const zoomBy = useCallback(
    (factor: number) => {
      const { viewport: vp } = viewport();
      const [[x0, y0], [x1, y1]] = vp.window;
      flyCamera(zoomAround(target(), factor, [(x0 + x1) / 2, (y0 + y1) / 2], vp));
    },
    [viewport, target, flyCamera],
  );

  // The wheel listener must be non-passive to keep the page from scrolling while zooming.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !isInteractive) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const measured = viewport();
      const point = toViewUnits(measured, event.clientX, event.clientY);
      const factor = Math.pow(2, -event.deltaY * (event.deltaMode ? 0.05 : 0.002));
      moveCamera(zoomAround(target(), factor, point, measured.viewport));
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [svgRef, isInteractive, viewport, target, moveCamera]);

  // Two fingers pan and pinch the map. One finger is left to the page, which scrolls past the
  // map (touch-action: pan-x pan-y in the CSS): a phone reader is never trapped on a map that
  // fills half the screen.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !isInteractive) return;
    let pinch: { camera: MapCamera; mid: [number, number]; distance: number } | null = null;
    const fingers = (event: TouchEvent) => {
      const [a, b] = [event.touches[0]!, event.touches[1]!];
      return {
        mid: [(a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2] as [number, number],
        distance: Math.max(1, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY)),
      };
    };
    const onTouchStart = (event: TouchEvent) => {
      pinch = event.touches.length === 2 ? { camera: target(), ...fingers(event) } : null;
    };
    const onTouchMove = (event: TouchEvent) => {
      if (!pinch || event.touches.length !== 2) return;
      event.preventDefault();
      const now = fingers(event);
      const measured = viewport();
      const anchor = toViewUnits(measured, pinch.mid[0], pinch.mid[1]);
      const zoomed = zoomAround(
        pinch.camera,
        now.distance / pinch.distance,
        anchor,
        measured.viewport,
      );
      const [dx, dy] = [now.mid[0] - pinch.mid[0], now.mid[1] - pinch.mid[1]];
      moveCamera(panBy(zoomed, dx / measured.scale, dy / measured.scale, measured.viewport));
    };
    const onTouchEnd = (event: TouchEvent) => {
      if (event.touches.length < 2) pinch = null;
    };
    svg.addEventListener("touchstart", onTouchStart, { passive: true });
    svg.addEventListener("touchmove", onTouchMove, { passive: false });
    svg.addEventListener("touchend", onTouchEnd);
    svg.addEventListener("touchcancel", onTouchEnd);
    return () => {
      svg.removeEventListener("touchstart", onTouchStart);
      svg.removeEventListener("touchmove", onTouchMove);
      svg.removeEventListener("touchend", onTouchEnd);
      svg.removeEventListener("touchcancel", onTouchEnd);
    };
  }, [svgRef, isInteractive, viewport, target, moveCamera]);

  const pointerHandlers = isInteractive
    ? {
        onPointerDown: (event: React.PointerEvent) => {
          if (event.button !== 0 || event.pointerType === "touch") return;
          drag.current = { x: event.clientX, y: event.clientY, camera: target(), moved: false };
        },
        onPointerMove: (event: React.PointerEvent) => {
          const start = drag.current;
          if (!start) return;
          const dx = event.clientX - start.x;
          const dy = event.clientY - start.y;
          if (!start.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
          start.moved = true;
          const measured = viewport();
          moveCamera(
            panBy(start.camera, dx / measured.scale, dy / measured.scale, measured.viewport),
          );
        },
        onPointerUp: () => {
          // Cleared after the click that follows pointerup, so onClickCapture can see the drag.
          setTimeout(() => (drag.current = null));
        },
        onClickCapture: (event: React.MouseEvent) => {
          if (drag.current?.moved) event.stopPropagation();
          drag.current = null;
        },
      }
    : {};

  return {
    transform: cameraTransform(shown, view),
    zoomBy,
    reset: resetCamera,
    pointerHandlers,
  };
}
