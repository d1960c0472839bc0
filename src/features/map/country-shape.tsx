import { memo } from "react";
import type { ShapeState } from "../../domain/map-shapes";
import { statusColor } from "../../domain/palette";
import { useShapeState, type ShapeStates } from "./shape-states";

export interface ShapeHandlers {
  onSelect(iso3: string): void;
  onPoint(iso3: string | null, target?: Element, clientX?: number, clientY?: number): void;
}

function shapeProps(state: ShapeState, handlers: ShapeHandlers | undefined) {
  const { iso3, status } = state;
  const className = [
    "country",
    state.isFaded && "is-faded",
    state.isHighlighted && "is-highlighted",
    state.isSelected && "is-selected",
    state.isCoverageBegan && "is-coverage-began",
  ]
    .filter(Boolean)
    .join(" ");
  // The static picture (the prerender) carries no hooks: nothing should find or focus it.
  if (!handlers) return { className, fill: statusColor(status) };
  return {
    className,
    fill: statusColor(status),
    "data-iso3": iso3,
    "data-status": status,
    "data-changed": state.isChanged ? "true" : undefined,
    "data-coverage-began": state.isCoverageBegan ? "true" : undefined,
    "data-highlighted": state.isHighlighted ? "true" : undefined,
    "data-faded": state.isFaded ? "true" : undefined,
    role: "button",
    "aria-label": state.label,
    "aria-pressed": state.isSelected,
    tabIndex: state.isFocusTarget ? 0 : -1,
    onClick: () => handlers.onSelect(iso3),
    onMouseMove: (event: React.MouseEvent) =>
      handlers.onPoint(iso3, undefined, event.clientX, event.clientY),
    onMouseLeave: () => handlers.onPoint(null),
    onFocus: (event: React.FocusEvent) => handlers.onPoint(iso3, event.currentTarget),
    onBlur: () => handlers.onPoint(null),
  };
}

interface ShapeProps {
  iso3: string;
  store: ShapeStates;
  handlers: ShapeHandlers | undefined;
}

/**
 * One country. It reads its own state from the map's store (shape-states.ts): a date step
 * re-renders only the shapes whose state changed, and the map around them not at all.
 */
export const CountryShape = memo(function CountryShape({
  d,
  iso3,
  store,
  handlers,
}: ShapeProps & { d: string }) {
  return <path d={d} {...shapeProps(useShapeState(store, iso3), handlers)} />;
});

/** A visible, clickable dot for a country too small to see or missing from the 1:110m map. */
export const SmallStateMarker = memo(function SmallStateMarker({
  x,
  y,
  radius,
  iso3,
  store,
  handlers,
}: ShapeProps & { x: number; y: number; radius: number }) {
  return <circle cx={x} cy={y} r={radius} {...shapeProps(useShapeState(store, iso3), handlers)} />;
});
