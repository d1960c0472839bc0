import type { ProjectedCountry } from "../../domain/map-model";

/**
 * Outlines drawn above every shape, so a selected or changed border is never hidden by a
 * neighbour. A change is a dashed outline, not a hatch: hatching is how the category patterns
 * speak (restricted is diagonal lines), and a change must not read as a status.
 */
export function MapOverlays({
  countries,
  selectedIso3,
  changed,
}: {
  countries: readonly ProjectedCountry[];
  selectedIso3: string | null;
  changed: ReadonlySet<string>;
}) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      {countries
        .filter((shape) => changed.has(shape.iso3))
        .map((shape) => (
          <path key={`changed-${shape.iso3}`} d={shape.d} className="changed-overlay" />
        ))}
      {countries
        .filter((shape) => shape.iso3 === selectedIso3)
        .map((shape) => (
          <path key={`selected-${shape.iso3}`} d={shape.d} className="selected-outline" />
        ))}
    </g>
  );
}
