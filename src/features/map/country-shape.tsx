import { memo } from "react";
import { shallow } from "zustand/shallow";
import { Geography, Marker, type UseGeographiesReturn } from "react-simple-maps";

type GeographyFeature = UseGeographiesReturn["geographies"][number];
import { statusColor } from "../../domain/palette";
import type { shapeStateFor } from "../../domain/map-shapes";

/** Exactly what shapeStateFor returns: the type cannot drift from the function. */
export type ShapeState = ReturnType<typeof shapeStateFor>;

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

/** Every field of the shape's state compared, whatever fields ShapeState gains later. */
function sameShape(
  a: { state: ShapeState; handlers: Handlers },
  b: { state: ShapeState; handlers: Handlers },
) {
  return a.handlers === b.handlers && shallow(a.state, b.state);
}
