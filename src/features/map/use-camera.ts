import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { Box } from "../../data/geometry-query";

export interface Camera {
  /** Zoom factor, 1 = the whole view. */
  k: number;
  /** Translation in viewBox units, applied after the zoom. */
  x: number;
  y: number;
}

export const WORLD_VIEW: Camera = { k: 1, x: 0, y: 0 };
const MIN_ZOOM = 1;
const MAX_ZOOM = 8;
/** Pointer travel (CSS pixels) beyond which a press is a drag, not a click. */
const DRAG_SLOP = 4;

/** Keeps the zoomed map covering the view: no panning off into empty space. */
function clamp(camera: Camera, view: Box): Camera {
  const [[x0, y0], [x1, y1]] = view;
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.k));
  const limit = (t: number, lo: number, hi: number) =>
    Math.min(lo - lo * k, Math.max(hi - hi * k, t));
  return { k, x: limit(camera.x, x0, x1), y: limit(camera.y, y0, y1) };
}

/** Zooms by `factor` keeping the point (viewBox units) under it still. */
function zoomAt(camera: Camera, factor: number, px: number, py: number, view: Box): Camera {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.k * factor));
  const ratio = k / camera.k;
  return clamp({ k, x: px - (px - camera.x) * ratio, y: py - (py - camera.y) * ratio }, view);
}

/**
 * Zoom and pan for the map's SVG (`view` must keep its identity between renders: the map
 * model's viewBox does), without a library: buttons zoom about the centre, a drag pans,
 * the wheel zooms about the pointer. A drag never counts as a click on the country under it.
 */
export function useCamera(
  svgRef: RefObject<SVGSVGElement | null>,
  view: Box,
  isInteractive: boolean,
) {
  const [camera, setCamera] = useState(WORLD_VIEW);
  const drag = useRef<{ x: number; y: number; camera: Camera; moved: boolean } | null>(null);
  const [[vx0, vy0], [vx1, vy1]] = view;

  /** Client pixels → viewBox units. */
  const toView = useCallback(
    (clientX: number, clientY: number) => {
      const rect = svgRef.current?.getBoundingClientRect();
      if (!rect || rect.width === 0) return { x: (vx0 + vx1) / 2, y: (vy0 + vy1) / 2, unit: 1 };
      const unit = (vx1 - vx0) / rect.width;
      return { x: vx0 + (clientX - rect.left) * unit, y: vy0 + (clientY - rect.top) * unit, unit };
    },
    [svgRef, vx0, vy0, vx1, vy1],
  );

  const zoomBy = useCallback(
    (factor: number) => setCamera((c) => zoomAt(c, factor, (vx0 + vx1) / 2, (vy0 + vy1) / 2, view)),
    [view, vx0, vy0, vx1, vy1],
  );
  const reset = useCallback(() => setCamera(WORLD_VIEW), []);

  // The wheel listener must be non-passive to keep the page from scrolling while zooming.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !isInteractive) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const point = toView(event.clientX, event.clientY);
      const factor = Math.pow(2, -event.deltaY * (event.deltaMode ? 0.05 : 0.002));
      setCamera((c) => zoomAt(c, factor, point.x, point.y, view));
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [svgRef, isInteractive, toView, view]);

  const pointerHandlers = isInteractive
    ? {
        onPointerDown: (event: React.PointerEvent) => {
          if (event.button !== 0 || event.pointerType === "touch") return;
          drag.current = { x: event.clientX, y: event.clientY, camera, moved: false };
        },
        onPointerMove: (event: React.PointerEvent) => {
          const start = drag.current;
          if (!start) return;
          const dx = event.clientX - start.x;
          const dy = event.clientY - start.y;
          if (!start.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
          start.moved = true;
          const { unit } = toView(event.clientX, event.clientY);
          setCamera(
            clamp(
              { ...start.camera, x: start.camera.x + dx * unit, y: start.camera.y + dy * unit },
              view,
            ),
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

  return { camera, zoomBy, reset, pointerHandlers };
}
