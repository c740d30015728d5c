// The geography's files, by what they hold, and which of them the first map draws: apart from the
// loader (geo.ts) so the build's preload list (scripts/build/preload.ts) reads them without the app.
import type { GeoData } from './geo';

export const GEO_FILES = {
  // The first view draws light boundaries; full detail follows (DetailFiles.fullCountries).
  countries: 'countries-low.geojson',
  places: 'places.geojson',
  routes: 'routes.geojson',
  routeMeta: 'routes.json',
  physical: 'physical.geojson',
} as const satisfies Record<keyof GeoData, string>;

/**
 * What the first map draws. The routes' metadata (names, legs, sources; routes.json) is read by the
 * legend's lists, the panels and the links, not by the map, which styles the lines from
 * routes.geojson: it loads with the content, after the first idle (`loadRest`).
 */
export const FIRST_VIEW: readonly (keyof GeoData)[] = ['countries', 'places', 'routes', 'physical'];
