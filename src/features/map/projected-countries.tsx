import { useMemo, type ReactNode } from "react";
import { useMapContext, type UseGeographiesReturn } from "react-simple-maps";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export type ProjectedCountry = UseGeographiesReturn["geographies"][number];

/**
 * The countries projected with the map's own path generator, computed during render. The
 * library's <Geographies> does this in an effect, which costs an extra render on the client and
 * draws nothing at all when the map is prerendered at build time.
 */
export function ProjectedCountries({
  topology,
  children,
}: {
  topology: Topology;
  children: (countries: ProjectedCountry[]) => ReactNode;
}) {
  const { path } = useMapContext();
  const countries = useMemo(() => {
    const collection = topology.objects.countries as GeometryCollection;
    return feature(topology, collection).features.map((country, i) => ({
      ...country,
      rsmKey: `geo-${i}`,
      svgPath: path(country),
    })) as ProjectedCountry[];
  }, [topology, path]);
  return <g className="rsm-geographies">{children(countries)}</g>;
}
