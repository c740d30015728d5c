// Synthetic data for the benchmark's scaling run, and for nothing else: the real routes, places and
// commitments plus N − 1 copies of each, so the same app can be timed at 1×, 4× and 16× the data.
// Pure (data in, data out; no files, no clock, no randomness), so the same N gives the same bytes.
//
// A copy k (2 … N) of anything gets the id `${id}-x${k}` and the name `${name} ${k}`: digits and a
// space, which the label glyphs in public/glyphs already hold (range 0-255), so no label goes
// missing. Copy k of a route runs through copy k of its places, and both are shifted by the same
// small offset, so each copy is a consistent little network of its own, drawn beside the real one.
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { PlaceProps, RouteLegProps, RouteMeta } from '../../data/types';
import type { CommitmentDef } from '../../src/content/commitments/types';

/** The three first-view files the scaled builds replace (public/geo/…). */
export interface ScaledGeo {
  /** routes.geojson: one LineString per leg. */
  routes: FeatureCollection<LineString, RouteLegProps>;
  /** routes.json: what a route's panel shows. */
  routeMeta: RouteMeta[];
  /** places.geojson. */
  places: FeatureCollection<Point, PlaceProps>;
}

export const GEO_FILE: Record<keyof ScaledGeo, string> = { routes: 'routes.geojson', routeMeta: 'routes.json', places: 'places.geojson' };

export const copyId = (id: string, k: number): string => `${id}-x${k}`;
export const copyName = (name: string, k: number): string => `${name} ${k}`;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Copy k's shift in degrees [dLon, dLat]: a golden-angle spiral from 0.2° (k = 2) to about 0.57°
 * (k = 16), so copies sit apart from each other and from the original (a few to a dozen pixels at
 * the first view), yet stay far enough from the points the bench clicks inside each state that
 * a click there still lands on the state, not on a copied line (the unit test checks 16×).
 * It does not depend on N: the 4× copies are the first three of the 16×.
 */
export function copyOffset(k: number): [number, number] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`copyOffset: copy ${k} is not a copy (copies are 2 … N)`);
  const angle = (k - 2) * GOLDEN_ANGLE;
  const r = 0.2 + 0.1 * Math.sqrt(k - 2);
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

// Five decimals, as the pipeline writes them: the shift adds no float noise to the bytes.
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const shift = (p: Position, [dx, dy]: [number, number]): Position => [round5(p[0] + dx), round5(p[1] + dy)];

function checkFactor(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`scale factor must be a whole number ≥ 1, not ${n}`);
}

/** The copies' indices 2 … n (none at 1×). */
const copies = (n: number) => Array.from({ length: n - 1 }, (_, i) => i + 2);

/** Deep copy through JSON: the inputs are JSON files, and are never changed. */
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function copyRouteMeta(r: RouteMeta, k: number): RouteMeta {
  const c = clone(r);
  c.id = copyId(r.id, k);
  c.name = { ...r.name, en: copyName(r.name.en, k) };
  c.nodes = r.nodes.map((n) => copyId(n, k));
  // Legs, transfers and sections name places by id (and legs and transfers by name too).
  c.legs = c.legs?.map((l) => ({ ...l, from: copyId(l.from, k), fromName: copyName(l.fromName, k), to: copyId(l.to, k), toName: copyName(l.toName, k) }));
  c.transfers = c.transfers?.map((t) => ({ ...t, at: copyId(t.at, k), atName: copyName(t.atName, k) }));
  c.sections = c.sections?.map((s) => ({ ...s, from: copyId(s.from, k), to: copyId(s.to, k) }));
  return c;
}

function copyLeg(f: Feature<LineString, RouteLegProps>, k: number): Feature<LineString, RouteLegProps> {
  const off = copyOffset(k);
  return {
    type: 'Feature',
    properties: { ...f.properties, route: copyId(f.properties.route, k) },
    geometry: { type: 'LineString', coordinates: f.geometry.coordinates.map((p) => shift(p, off)) },
  };
}

function copyPlace(f: Feature<Point, PlaceProps>, k: number): Feature<Point, PlaceProps> {
  return {
    type: 'Feature',
    properties: { ...f.properties, id: copyId(f.properties.id, k), name: copyName(f.properties.name, k) },
    geometry: { type: 'Point', coordinates: shift(f.geometry.coordinates, copyOffset(k)) },
  };
}

/**
 * The real files with N − 1 copies of every route (its legs and its metadata) and every place
 * appended, originals first: a route's rank in routes.json decides overlapping clicks, so the real
 * routes keep theirs. N = 1 gives the input back unchanged (as new objects).
 */
export function scaleGeo(geo: ScaledGeo, n: number): ScaledGeo {
  checkFactor(n);
  const ks = copies(n);
  return {
    routes: { ...clone(geo.routes), features: [...clone(geo.routes.features), ...ks.flatMap((k) => geo.routes.features.map((f) => copyLeg(f, k)))] },
    routeMeta: [...clone(geo.routeMeta), ...ks.flatMap((k) => geo.routeMeta.map((r) => copyRouteMeta(r, k)))],
    places: { ...clone(geo.places), features: [...clone(geo.places.features), ...ks.flatMap((k) => geo.places.features.map((f) => copyPlace(f, k)))] },
  };
}

/**
 * N − 1 copies of every commitment (the real ones not included): same sentence, so the app's
 * `resolveCommitments` finds it; id `${id}-x${k}` (unique, URL-safe, still starting with its
 * sentence id); title suffixed with k; the routes and places it concerns mapped to their copy k
 * where one exists, so a copy lights its own copied features. States and programmes stay.
 */
export function commitmentCopies(defs: readonly CommitmentDef[], n: number, copied: { routes: ReadonlySet<string>; places: ReadonlySet<string> }): CommitmentDef[] {
  checkFactor(n);
  return copies(n).flatMap((k) =>
    defs.map((d) => {
      const c = clone(d);
      c.id = copyId(d.id, k);
      c.title = { ...d.title, en: copyName(d.title.en, k) };
      if (c.concerns.routes) c.concerns.routes = c.concerns.routes.map((r) => (copied.routes.has(r) ? copyId(r, k) : r));
      if (c.concerns.features) c.concerns.features = c.concerns.features.map((p) => (copied.places.has(p) ? copyId(p, k) : p));
      return c;
    }),
  );
}

/**
 * What the scaled build compiles in place of src/content/commitments/index.ts: the module as it is
 * (so the real list is exactly what the app imports) and then the copies pushed onto its list.
 */
export function commitmentsModule(source: string, extra: readonly CommitmentDef[]): string {
  if (!/export const COMMITMENT_DEFS\b/.test(source)) throw new Error('commitments/index.ts no longer exports COMMITMENT_DEFS: the scaling run needs updating');
  if (extra.length === 0) return source;
  return `${source}\n// Added by the benchmark's scaling run (scripts/bench/scale-data.ts), never in a real build.\nCOMMITMENT_DEFS.push(...${JSON.stringify(extra)});\n`;
}

/** A FeatureCollection as the pipeline writes it: one feature per line. */
function featureLines(fc: FeatureCollection): string {
  const { features, ...rest } = fc;
  const head = JSON.stringify(rest).slice(0, -1);
  return `${head}${head.length > 1 ? ',' : ''}"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** The files' bytes, by file name under geo/. */
export function serializeGeo(geo: ScaledGeo): Record<string, string> {
  return {
    [GEO_FILE.routes]: featureLines(geo.routes),
    [GEO_FILE.routeMeta]: `${JSON.stringify(geo.routeMeta, null, 2)}\n`,
    [GEO_FILE.places]: featureLines(geo.places),
  };
}
