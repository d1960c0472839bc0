import { memo } from "react";
import type { ShapeState } from "../../domain/map-shapes";
import { statusColor } from "../../domain/palette";

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
  state: ShapeState;
  handlers: ShapeHandlers | undefined;
}
/**
 * A plain loop over the state's fields: zustand's `shallow` builds two Maps per call, which
 * showed up as the top cost of a date step (180 shapes compared on every step).
 */
function sameShape(a: ShapeProps, b: ShapeProps) {
  if (a.handlers !== b.handlers) return false;
  for (const key in a.state)
    if (a.state[key as keyof ShapeState] !== b.state[key as keyof ShapeState]) return false;
  return true;
}

/** One country. Memoised: a date step re-renders only the shapes whose state changed. */
export const CountryShape = memo(
  function CountryShape({ d, state, handlers }: ShapeProps & { d: string }) {
    return <path d={d} {...shapeProps(state, handlers)} />;
  },
  (a, b) => a.d === b.d && sameShape(a, b),
);

/** A visible, clickable dot for a country too small to see or missing from the 1:110m map. */
export const SmallStateMarker = memo(
  function SmallStateMarker({
    x,
    y,
    radius,
    state,
    handlers,
  }: ShapeProps & { x: number; y: number; radius: number }) {
    return <circle cx={x} cy={y} r={radius} {...shapeProps(state, handlers)} />;
  },
  (a, b) => a.x === b.x && a.y === b.y && a.radius === b.radius && sameShape(a, b),
);
