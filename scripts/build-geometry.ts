/**
 * Writes public/data/world.json from the world-atlas package (Natural Earth, maintained):
 * - `topology`: the 1:110m countries, each geometry's id rewritten to ISO alpha-3 (through
 *   i18n-iso-countries), so the browser needs no code table;
 * - `smallStates`: a centre point for every country that 1:110m drops or draws smaller than a
 *   pixel or two, taken from the 1:50m file, so the map can give it a clickable marker.
 * And public/data/world-map.json: both projected once with the map model's projection
 * (src/domain/world-projection.ts), which is all the browser fetches and draws.
 * Run by predev/prebuild/pretest; the output is generated, not committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoArea, geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { iso3FromGeometry } from "../src/data/countries.ts";
import { projectWorld } from "../src/domain/world-projection.ts";

const require = createRequire(import.meta.url);
const load = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), "utf8")) as Topology;

const world110 = load("countries-110m.json");
const world50 = load("countries-50m.json");

type Props = { name?: string };
const collection110 = world110.objects.countries as GeometryCollection<Props>;
for (const geometry of collection110.geometries) {
  const iso3 = iso3FromGeometry(geometry.id, (geometry.properties as Props | undefined)?.name);
  geometry.id = iso3 ?? undefined;
  // Names come from the ISO code at run time; drop the atlas's own to keep the file small.
  delete geometry.properties;
}
delete (world110.objects as Record<string, unknown>).land;

// Below this area (steradians; Luxembourg is ~6e-5) a country is a speck at world zoom.
const SMALL_AREA = 2e-4;
const drawn = new Set(collection110.geometries.map((g) => g.id).filter(Boolean));
const smallStates: { iso3: string; coordinates: [number, number] }[] = [];
const features = feature(world50, world50.objects.countries as GeometryCollection<Props>)
  .features as GeoJSON.Feature<GeoJSON.Geometry, Props>[];
// Some codes cover several features (Ashmore and Cartier Islands carry Australia's number):
// keep each country's largest.
const largest = new Map<string, { area: number; country: (typeof features)[number] }>();
for (const country of features) {
  const iso3 = iso3FromGeometry(country.id, country.properties?.name);
  if (!iso3) continue;
  const area = geoArea(country);
  if ((largest.get(iso3)?.area ?? -1) < area) largest.set(iso3, { area, country });
}
for (const [iso3, { area, country }] of largest) {
  if (drawn.has(iso3) && area > SMALL_AREA) continue;
  const [lon, lat] = geoCentroid(country);
  smallStates.push({
    iso3,
    coordinates: [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100],
  });
}
smallStates.sort((a, b) => a.iso3.localeCompare(b.iso3));

mkdirSync("public/data", { recursive: true });
writeFileSync("public/data/world.json", JSON.stringify({ topology: world110, smallStates }));
const projected = projectWorld(world110, smallStates);
writeFileSync("public/data/world-map.json", JSON.stringify(projected));
console.log(
  `public/data/world.json, world-map.json: ${projected.shapes.length} shapes, ${smallStates.length} small-state markers`,
);
