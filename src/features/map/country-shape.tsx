import { memo } from "react";
import { Geography, Marker, type UseGeographiesReturn } from "react-simple-maps";

type GeographyFeature = UseGeographiesReturn["geographies"][number];
import { statusColor } from "../../domain/palette";
import type { StatusId } from "../../domain/status-index";

export interface ShapeState {
  iso3: string;
  status: StatusId;
  label: string;
  isFaded: boolean;
  isSelected: boolean;
  isHighlighted: boolean;
  isChanged: boolean;
  isCoverageBegan: boolean;
  isFocusTarget: boolean;
}

interface Handlers {
  onSelect(iso3: string): void;
  onPoint(iso3: string | null, target?: Element, clientX?: number, clientY?: number): void;
}

function shapeProps(state: ShapeState, handlers: Handlers) {
  const { iso3, status, label } = state;
  return {
    "data-iso3": iso3,
    "data-status": status,
    "data-changed": state.isChanged ? "true" : undefined,
    "data-coverage-began": state.isCoverageBegan ? "true" : undefined,
    "data-highlighted": state.isHighlighted ? "true" : undefined,
    role: "button",
    "aria-label": label,
    "aria-pressed": state.isSelected,
    tabIndex: state.isFocusTarget ? 0 : -1,
    className: [
      "country",
      state.isFaded && "is-faded",
      state.isHighlighted && "is-highlighted",
      state.isSelected && "is-selected",
    ]
      .filter(Boolean)
      .join(" "),
    onClick: () => handlers.onSelect(iso3),
    onMouseMove: (event: React.MouseEvent) =>
      handlers.onPoint(iso3, undefined, event.clientX, event.clientY),
    onMouseLeave: () => handlers.onPoint(null),
    onFocus: (event: React.FocusEvent) => handlers.onPoint(iso3, event.currentTarget),
    onBlur: () => handlers.onPoint(null),
  };
}

/** One country. Memoised: a date step re-renders only the shapes whose state changed. */
export const CountryShape = memo(function CountryShape({
  geography,
  state,
  handlers,
}: {
  geography: GeographyFeature;
  state: ShapeState;
  handlers: Handlers;
}) {
  return (
    <Geography
      geography={geography}
      fill={statusColor(state.status)}
      {...shapeProps(state, handlers)}
    />
  );
}, sameShape);

/** A visible, clickable dot for a country too small to see or missing from the 1:110m map. */
export const SmallStateMarker = memo(
  function SmallStateMarker({
    coordinates,
    radius,
    state,
    handlers,
  }: {
    coordinates: [number, number];
    radius: number;
    state: ShapeState;
    handlers: Handlers;
  }) {
    return (
      <Marker coordinates={coordinates}>
        <circle r={radius} fill={statusColor(state.status)} {...shapeProps(state, handlers)} />
      </Marker>
    );
  },
  (a, b) => a.radius === b.radius && sameShape(a, b),
);

function sameShape(
  a: { state: ShapeState; handlers: Handlers },
  b: { state: ShapeState; handlers: Handlers },
) {
  const x = a.state;
  const y = b.state;
  return (
    a.handlers === b.handlers &&
    x.iso3 === y.iso3 &&
    x.status === y.status &&
    x.label === y.label &&
    x.isFaded === y.isFaded &&
    x.isSelected === y.isSelected &&
    x.isHighlighted === y.isHighlighted &&
    x.isChanged === y.isChanged &&
    x.isCoverageBegan === y.isCoverageBegan &&
    x.isFocusTarget === y.isFocusTarget
  );
}
