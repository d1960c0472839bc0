// What react-simple-maps needs from d3-geo for this app (see d3GeoForMaps in vite.config.ts):
// the path generator, the graticule, and the one projection the map uses.
export { geoEqualEarth, geoGraticule, geoPath } from "d3-geo";
