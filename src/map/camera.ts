// Where the camera goes: for a selection, the bounding box of the features it concerns; at the
// opening, the region framed for the screen's shape. Pure, so the framing is tested without a map.
import type { Feature, Position } from 'geojson';
import type { GeoData } from '../data/geo';

export type Bounds = [[number, number], [number, number]];

function extend(b: Bounds | null, p: Position): Bounds {
  if (!b) return [[p[0], p[1]], [p[0], p[1]]];
  return [
    [Math.min(b[0][0], p[0]), Math.min(b[0][1], p[1])],
    [Math.max(b[1][0], p[0]), Math.max(b[1][1], p[1])],
  ];
}

function eachPosition(f: Feature, fn: (p: Position) => void) {
  const g = f.geometry;
  if (!g) return;
  if (g.type === 'Point') fn(g.coordinates);
  else if (g.type === 'LineString') g.coordinates.forEach(fn);
  else if (g.type === 'MultiLineString') g.coordinates.forEach((line) => line.forEach(fn));
  else if (g.type === 'Polygon') g.coordinates[0].forEach(fn);
  else if (g.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly[0].forEach(fn));
}

/**
 * Bounds around every feature named by the given state, route and place ids; null if none is known.
 * Rivers and lakes frame the camera only when nothing else does (a river or lake chosen on its own):
 * beside states and routes they are context, and a long river would pull the frame far off.
 * Only those in the first view's physical file can be framed; the rest are drawn from zoom 6.
 */
export function boundsOf(ids: { states?: string[]; routes?: string[]; places?: string[]; water?: string[] }, geo: Partial<GeoData>): Bounds | null {
  let b: Bounds | null = null;
  const add = (f: Feature) => eachPosition(f, (p) => (b = extend(b, p)));
  const states = new Set(ids.states ?? []);
  const routes = new Set(ids.routes ?? []);
  const places = new Set(ids.places ?? []);
  geo.countries?.features.forEach((f) => states.has(f.properties.id) && add(f));
  geo.routes?.features.forEach((f) => routes.has(f.properties.route) && add(f));
  geo.places?.features.forEach((f) => places.has(f.properties.id) && add(f));
  if (!b) {
    const water = new Set(ids.water ?? []);
    geo.physical?.features.forEach((f) => typeof f.properties?.id === 'string' && water.has(f.properties.id) && add(f));
  }
  if (!b) return null;
  const [[w, s], [e, n]] = b as Bounds;
  // A single place gets a neighbourhood around it rather than an infinite zoom.
  const pad = Math.max(0, 1.5 - Math.max(e - w, n - s) / 2);
  return [
    [w - pad, s - pad],
    [e + pad, n + pad],
  ];
}

// ------------------------------------------------------------------ the opening camera
// (Here rather than in types.ts: a value this module imported from there split two of the first
// load's modules into chunks of their own, 0.3 kB more to download.)

/** The opening view: the five states, the Caspian crossing and the routes to Pakistan and India. */
export const INITIAL_BOUNDS: Bounds = [
  [39.5, 28.5],
  [86, 52.5],
];

/**
 * The opening view on a screen taller than wide (a phone held upright): the five states from the
 * Caspian shore to Kazakhstan's eastern tip, across the width. The height has room to spare, so the
 * routes to Pakistan and India are in view below them all the same.
 */
export const PORTRAIT_BOUNDS: Bounds = [
  [46.4, 35.1],
  [87.4, 55.5],
];

export interface Size {
  width: number;
  height: number;
}

/** The region the first view frames: the whole corridor on a landscape screen, the five states across an upright one. */
export function openingBounds({ width, height }: Size): Bounds {
  return height > width ? PORTRAIT_BOUNDS : INITIAL_BOUNDS;
}

/** Web Mercator's y of a latitude, in turns of the world (0 at the equator, growing north). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/** The bounds' width over their height as the map draws them (Web Mercator); null for a box with no height. */
export function screenAspect([[w, s], [e, n]]: Bounds): number | null {
  const h = mercatorY(n) - mercatorY(s);
  return h > 0 ? (e - w) / 360 / h : null;
}
