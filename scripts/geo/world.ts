// The world around the region, at low detail: land and country lines beyond the detailed box
// (data/bbox.ts), so that wherever the camera may go the map shows land and sea, not a blank. Natural
// Earth 1:110m (world-atlas), simplified on the topology as countries.ts does, clipped to the area
// the app lets the camera see, with the detailed box cut out: inside it the detailed countries draw.
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { merge, mesh } from 'topojson-client';
import { filter, filterAttachedWeight, planarRingArea, planarTriangleArea, presimplify, simplify, type Triangle } from 'topojson-simplify';
import { bboxPolygon, difference, featureCollection, intersect, rewind } from '@turf/turf';
import { VIEW_BOUNDS } from '../../data/bbox';
import { BBOX, type BBox, closeRing, roundPosition } from './geometry';
import { pointAt, segmentInBox } from '../../src/map/clip';
import type { CountryCollection } from './countries';

const require = createRequire(import.meta.url);

/** What a feature of public/geo/world.geojson is: the style gives each kind its own layer. */
export type WorldKind = 'land' | 'border' | 'seam';
export interface WorldProps {
  kind: WorldKind;
}
export type WorldFeature = Feature<MultiPolygon | MultiLineString, WorldProps>;
export type WorldCollection = FeatureCollection<MultiPolygon | MultiLineString, WorldProps>;

export interface WorldOptions {
  /** Natural Earth's scale, as world-atlas names its files. */
  scale: '110m' | '50m';
  /** Drop vertices whose triangle area, as Web Mercator shows it, is below this (square degrees). */
  minWeight: number;
  /** Around the box, what a phone's first view and a zoomed-out tour step show; beyond it, vertices count `farFactor` times their area. */
  near: BBox;
  farFactor: number;
  /** Borders between states count this many times their area: they are drawn fainter than coasts. */
  borderFactor: number;
  /** Drop islands smaller than this (square degrees). */
  minIslandArea: number;
  /** Where the camera can look (the app's maxBounds); nothing beyond it is kept. */
  window: BBox;
  /** The detailed box, cut out of the world: the detailed countries draw there. */
  box: BBox;
  /** Decimals kept: 1 (~11 km) is under a pixel where this layer is the only one drawn, below zoom 3. */
  decimals: number;
}

export const WORLD_OPTIONS: WorldOptions = {
  scale: '110m',
  minWeight: 0.2,
  near: [10, 0, 110, 74],
  farFactor: 0.2,
  borderFactor: 0.3,
  minIslandArea: 0.5,
  // Two degrees more than the camera can see, so the cut's outline is never on screen.
  window: [VIEW_BOUNDS[0] - 2, VIEW_BOUNDS[1] - 2, VIEW_BOUNDS[2] + 2, VIEW_BOUNDS[3]],
  box: BBOX,
  decimals: 1,
};

type World = Topology<{ countries: GeometryCollection }>;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- topojson-simplify's own declared shape
type PlainTopology = Topology<Objects<{}>>;

/**
 * Visvalingam weight as the map shows it: Web Mercator stretches an area by 1/cos² of its latitude;
 * far from the box, where the camera only goes zoomed out, detail is spent more sparingly.
 */
function mercatorWeight(o: WorldOptions): (t: Triangle) => number {
  const [w, s, e, n] = o.near;
  return (t) => {
    const [x, y] = t[1];
    const c = Math.cos((y * Math.PI) / 180);
    return (planarTriangleArea(t) / (c * c)) * (x >= w && x <= e && y >= s && y <= n ? 1 : o.farFactor);
  };
}

/** The world's countries, simplified together: land and borders come from the same arcs, so they meet. */
function simplifiedWorld(o: WorldOptions): World {
  const raw = require(`world-atlas/countries-${o.scale}.json`) as World;
  const countriesOnly = { ...raw, objects: { countries: raw.objects.countries } } as unknown as PlainTopology;
  const pre = presimplify(countriesOnly, mercatorWeight(o));
  const kept = filter(pre, filterAttachedWeight(pre, o.minIslandArea, planarRingArea));
  // A border between two states (an arc two of them use) is a faint line: simplified harder than
  // the coasts, whose shape is what reads as the world. Its end points stay, so borders still meet.
  const uses = new Map<number, number>();
  const count = (a: unknown): void => {
    if (typeof a === 'number') uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    else if (Array.isArray(a)) a.forEach(count);
  };
  for (const g of (kept.objects as { countries: GeometryCollection }).countries.geometries) count((g as { arcs?: unknown }).arcs);
  const arcs = kept.arcs.map((arc, i) => ((uses.get(i) ?? 0) > 1 ? arc.map((p) => [p[0], p[1], (p[2] as number) * o.borderFactor]) : arc));
  return simplify({ ...kept, arcs } as PlainTopology, o.minWeight) as unknown as World;
}

// ------------------------------------------------------------------ clipping


/** A line's parts inside `window` and outside `box`, as separate lines. */
export function clipLine(line: Position[], window: BBox, box: BBox): Position[][] {
  const out: Position[][] = [];
  let cur: Position[] = [];
  const flush = () => {
    if (cur.length >= 2) out.push(cur);
    cur = [];
  };
  /** Adds the piece a→b, continuing the current line when it starts where that one ended. */
  const add = (a: Position, b: Position) => {
    const last = cur[cur.length - 1];
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      flush();
      cur.push(a);
    }
    cur.push(b);
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Position;
    const b = line[i + 1] as Position;
    const win = segmentInBox(a, b, window);
    if (!win) continue;
    const [u0, u1] = win;
    const inBox = segmentInBox(a, b, box);
    // Outside the box: the window part before the box and the one after it.
    const pieces: [number, number][] = !inBox
      ? [[u0, u1]]
      : [
          [u0, Math.min(u1, inBox[0])],
          [Math.max(u0, inBox[1]), u1],
        ];
    for (const [t0, t1] of pieces) if (t1 > t0) add(t0 === 0 ? a : pointAt(a, b, t0), t1 === 1 ? b : pointAt(a, b, t1));
  }
  flush();
  return out;
}

/** Round every vertex; drop repeats, and lines that degenerate to a point. */
function roundLines(lines: Position[][], decimals: number): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    const r: Position[] = [];
    for (const p of line) {
      const q = roundPosition(p, decimals);
      const last = r[r.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) r.push(q);
    }
    if (r.length >= 2) out.push(r);
  }
  return out;
}

function roundPolygons(polys: Position[][][], decimals: number): Position[][][] {
  const out: Position[][][] = [];
  for (const [outer, ...holes] of polys) {
    const o = roundRing(outer as Position[], decimals);
    if (o) out.push([o, ...holes.map((h) => roundRing(h, decimals)).filter((h): h is Position[] => h !== null)]);
  }
  return out;
}

function roundRing(ring: Position[], decimals: number): Position[] | null {
  const [line] = roundLines([ring], decimals);
  const closed = line ? closeRing(line) : [];
  return closed.length >= 4 ? closed : null;
}

const asPolygons = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/**
 * Russia and Fiji cross the antimeridian, and their rings jump from +180° to -180° there; drawn flat,
 * the jump would be a band of land round the whole world. Each ring is made continuous instead
 * (its far side runs on past 180°), and the window then cuts that side off.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map((p, i) => {
    const prev = ring[i - 1];
    if (prev) {
      const d = (p[0] as number) - (prev[0] as number);
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    return [(p[0] as number) + shift, p[1] as number];
  });
}

/** A line that jumps across the antimeridian, as two lines. */
function splitAtJumps(line: Position[]): Position[][] {
  const out: Position[][] = [[]];
  line.forEach((p, i) => {
    const prev = line[i - 1];
    if (prev && Math.abs((p[0] as number) - (prev[0] as number)) > 180) out.push([]);
    (out[out.length - 1] as Position[]).push(p);
  });
  return out.filter((l) => l.length >= 2);
}

/** World land inside the window, less the box. */
function landOutside(land: MultiPolygon, o: WorldOptions): Position[][][] {
  const landFeature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: land };
  const inWindow = intersect(featureCollection([landFeature, bboxPolygon(o.window)]));
  if (!inWindow) return [];
  const outside = difference(featureCollection([inWindow, bboxPolygon(o.box)]));
  return outside ? asPolygons(outside.geometry) : [];
}

// ------------------------------------------------------------------ the seam

type Interval = [number, number];

/** Sorted, merged intervals. */
function union(xs: Interval[]): Interval[] {
  const sorted = [...xs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function intersectIntervals(xs: Interval[], ys: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [a, b] of xs) for (const [c, d] of ys) if (Math.max(a, c) < Math.min(b, d)) out.push([Math.max(a, c), Math.min(b, d)]);
  return union(out);
}

/** The four sides of the box: which coordinate is fixed, and at what value. */
function sides(box: BBox): { axis: 0 | 1; value: number }[] {
  return [
    { axis: 0, value: box[0] },
    { axis: 1, value: box[1] },
    { axis: 0, value: box[2] },
    { axis: 1, value: box[3] },
  ];
}

/** Where a country layer's land runs along one side of the box: ring edges lying on that side. */
function landAlong(countries: CountryCollection, side: { axis: 0 | 1; value: number }): Interval[] {
  const other = side.axis === 0 ? 1 : 0;
  const xs: Interval[] = [];
  for (const f of countries.features) {
    for (const poly of asPolygons(f.geometry)) {
      for (const ring of poly) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = ring[i] as Position;
          const b = ring[i + 1] as Position;
          if (a[side.axis] === side.value && b[side.axis] === side.value && a[other] !== b[other]) {
            xs.push([Math.min(a[other] as number, b[other] as number), Math.max(a[other] as number, b[other] as number)]);
          }
        }
      }
    }
  }
  return union(xs);
}

/**
 * Where the detailed land meets the edge of the box, in every detail the app draws (the first view's
 * and the full boundaries): the detailed countries are clipped there, so their outline runs along
 * the edge. The style covers these stretches in the land colour, so no line marks where the
 * detailed map ends and the world begins. Only where every level has land: never land over sea.
 */
export function seamLines(levels: readonly CountryCollection[], box: BBox): Position[][] {
  const lines: Position[][] = [];
  for (const side of sides(box)) {
    const [first, ...rest] = levels.map((c) => landAlong(c, side));
    const common = rest.reduce(intersectIntervals, first ?? []);
    for (const [a, b] of common) lines.push(side.axis === 0 ? [[side.value, a], [side.value, b]] : [[a, side.value], [b, side.value]]);
  }
  return lines;
}

// ------------------------------------------------------------------ the layer

/**
 * public/geo/world.geojson: one land feature, one feature of country lines (borders and coasts, as
 * the detailed layer outlines its countries) and the seam along the box. Deterministic: no
 * randomness, features in a fixed order.
 */
export function buildWorld(detailed: readonly CountryCollection[], o: WorldOptions = WORLD_OPTIONS): WorldCollection {
  const world = simplifiedWorld(o);
  const countries = world.objects.countries;
  const merged = merge(world as unknown as Topology, countries.geometries as never[]);
  const land: MultiPolygon = { type: 'MultiPolygon', coordinates: merged.coordinates.map((poly) => poly.map(unwrapRing)) };
  // The borders between states, each once; the coasts are the land's own outline (the style draws it).
  const lines = mesh(world as unknown as Topology, countries as never, (a, b) => a !== b) as MultiLineString;

  const polys = roundPolygons(landOutside(land, o), o.decimals);
  const landGeometry = rewind({ type: 'MultiPolygon', coordinates: polys }, { reverse: false }) as MultiPolygon;
  const clipped = roundLines(
    lines.coordinates.flatMap(splitAtJumps).flatMap((l) => clipLine(l, o.window, o.box)),
    o.decimals,
  );
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'land' }, geometry: landGeometry },
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: clipped } },
      { type: 'Feature', properties: { kind: 'seam' }, geometry: { type: 'MultiLineString', coordinates: seamLines(detailed, o.box) } },
    ],
  };
}

/**
 * The layer as single polygons and lines, each named `kind#n`: the shape the pipeline's validation
 * (validate.ts, validateFeatureCollection) checks, which knows no multi-lines.
 */
export function worldParts(w: WorldCollection): FeatureCollection<MultiPolygon | LineString, { id: string }> {
  const features = w.features.flatMap((f): Feature<MultiPolygon | LineString, { id: string }>[] =>
    f.geometry.type === 'MultiPolygon'
      ? [{ type: 'Feature', properties: { id: `${f.properties.kind}#0` }, geometry: f.geometry }]
      : f.geometry.coordinates.map((coordinates, i) => ({ type: 'Feature', properties: { id: `${f.properties.kind}#${i}` }, geometry: { type: 'LineString', coordinates } })),
  );
  return { type: 'FeatureCollection', features };
}
