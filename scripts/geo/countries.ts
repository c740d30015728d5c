// Country polygons for the basemap: Natural Earth (world-atlas 10m) simplified on the topology, so
// that neighbours keep sharing the very same border vertices, then converted, clipped and rounded.
import { labelPoint } from './label-points';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { feature, merge } from 'topojson-client';
import {
  filter,
  filterAttachedWeight,
  planarRingArea,
  planarTriangleArea,
  presimplify,
  simplify,
  type Triangle,
} from 'topojson-simplify';
import {
  bbox as turfBbox,
  bboxClip,
  bboxPolygon,
  booleanIntersects,
  featureCollection,
  intersect,
  rewind,
} from '@turf/turf';
import { C5, type CountryProps } from '../../data/types';
import { BBOX, type BBox, closeRing, roundPosition } from './geometry';

const require = createRequire(import.meta.url);

/**
 * ISO 3166-1 numeric → alpha-3 for every state whose 10m polygon can reach the bbox. Kept by hand
 * (it is a standard, not data to compute); an unknown numeric id fails the build so that a new
 * world-atlas release cannot slip an unnamed state in.
 */
export const ISO_NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = {
  '004': 'AFG', '031': 'AZE', '048': 'BHR', '050': 'BGD', '051': 'ARM', '064': 'BTN', '104': 'MMR',
  '100': 'BGR', '112': 'BLR', '156': 'CHN', '196': 'CYP', '232': 'ERI', '233': 'EST', '246': 'FIN', '250': 'FRA',
  '268': 'GEO', '275': 'PSE', '300': 'GRC', '356': 'IND', '364': 'IRN', '368': 'IRQ',
  '376': 'ISR', '398': 'KAZ', '400': 'JOR', '414': 'KWT', '417': 'KGZ', '422': 'LBN',
  '428': 'LVA', '434': 'LBY', '440': 'LTU', '496': 'MNG', '498': 'MDA', '512': 'OMN',
  '524': 'NPL', '578': 'NOR', '581': 'UMI', '586': 'PAK', '616': 'POL', '634': 'QAT',
  '642': 'ROU', '643': 'RUS', '682': 'SAU', '729': 'SDN', '752': 'SWE', '760': 'SYR',
  '762': 'TJK', '784': 'ARE', '792': 'TUR', '795': 'TKM', '804': 'UKR', '818': 'EGY',
  '840': 'USA', '860': 'UZB', '887': 'YEM',
};

/** Display names where the short Natural Earth name is not the one the declaration uses. */
const NAME_OVERRIDES: Readonly<Record<string, string>> = { TUR: 'Türkiye' };

/** Natural Earth draws the Baikonur lease as its own feature; it is Kazakh territory. */
const BAIKONUR_NAME = 'Baikonur';

export interface CountryOptions {
  /**
   * Drop vertices whose effective triangle area is below this, in square degrees as seen on a
   * Mercator map (area / cos² lat), after the context discount below.
   */
  minWeight: number;
  /** The region the map is about; vertices outside it count `contextFactor` times their area. */
  focus: BBox;
  contextFactor: number;
  /** Drop islands (rings attached to nothing) smaller than this (square degrees). */
  minIslandArea: number;
  bbox: BBox;
  /** Decimals kept in coordinates: 4 (~11 m) for full detail, fewer where a zoom cannot show them. */
  decimals: number;
}

export const DEFAULT_COUNTRY_OPTIONS: CountryOptions = {
  minWeight: 4e-4,
  // From the Caucasus to Xinjiang, from Siberia's edge down to the Punjab: the routes' states.
  focus: [38, 28, 82, 56],
  contextFactor: 0.3,
  minIslandArea: 4e-3,
  bbox: BBOX,
  decimals: 4,
};

/**
 * The first view's boundaries (the opening camera is at zoom 3–4, where a pixel is ~0.05–0.1°): a
 * coarser cut of the same topology, dropping bends of under about a pixel there, and 2 decimals
 * (~1 km). Compared by screenshot with the full file at the opening camera, the borders look the
 * same; from zoom 4.8 the app loads the full file at once. The island threshold stays, so both
 * files hold the same states.
 */
export const LOW_COUNTRY_OPTIONS: CountryOptions = {
  ...DEFAULT_COUNTRY_OPTIONS,
  minWeight: 1.3e-2,
  // Beyond the five states and their neighbours the map is context: cut harder there.
  contextFactor: 0.1,
  decimals: 2,
};

/** A point in the open Caspian: if any polygon covers it, the sea would be drawn as land. */
export const CASPIAN_PROBE: [number, number] = [50.5, 42.0];

type CountryGeometry = Polygon | MultiPolygon;
type World = Topology<{ countries: GeometryCollection<Props> }>;
type WorldGeometry = GeometryObject<Props>;
/** topojson-simplify is typed for properties `{}`; the world topology's are `Props`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the library's own declared shape
type PlainTopology = Topology<Objects<{}>>;
export type CountryFeature = Feature<CountryGeometry, CountryProps>;
export type CountryCollection = FeatureCollection<CountryGeometry, CountryProps>;

interface Props {
  name: string;
}

function nameOf(g: WorldGeometry): string {
  return (g.properties as Props | undefined)?.name ?? '';
}

/** One topology geometry as GeoJSON; null for the empty geometries filtering can leave. */
function toGeoJson(t: World, g: WorldGeometry): CountryGeometry | null {
  const f = feature(t as unknown as Topology, g as GeometryObject) as Feature<Geometry | null>;
  const geometry = f.geometry;
  return geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? geometry : null;
}

function mergeGeometries(t: World, gs: WorldGeometry[]): MultiPolygon {
  return merge(t as unknown as Topology, gs as Array<TopoPolygon | TopoMultiPolygon>);
}

/**
 * Visvalingam weight as the map shows it: Web Mercator stretches both axes by 1/cos(lat), so an
 * area grows by 1/cos²; outside the focus region detail is spent more sparingly.
 */
function focusWeight(o: CountryOptions): (t: Triangle) => number {
  const [w, s, e, n] = o.focus;
  return (t) => {
    const [x, y] = t[1];
    const c = Math.cos((y * Math.PI) / 180);
    const inFocus = x >= w && x <= e && y >= s && y <= n;
    return (planarTriangleArea(t) / (c * c)) * (inFocus ? 1 : o.contextFactor);
  };
}

const presimplified = new Map<string, PlainTopology>();

/**
 * Visvalingam weights and the island filter, computed once per weighting: they do not depend on
 * the cut, so every level of detail shares them (presimplify is most of a build's time).
 */
function weighted(world: World, o: CountryOptions): PlainTopology {
  const k = [o.focus.join(','), o.contextFactor, o.minIslandArea].join('|');
  let t = presimplified.get(k);
  if (!t) {
    // Only the countries object: the file's `land` object reuses every coastline arc, which would
    // make every island look "attached" to another ring and defeat the island filter.
    const countriesOnly = { ...world, objects: { countries: world.objects.countries } };
    const pre = presimplify(countriesOnly as unknown as PlainTopology, focusWeight(o));
    t = filter(pre, filterAttachedWeight(pre, o.minIslandArea, planarRingArea)) as PlainTopology;
    presimplified.set(k, t);
  }
  return t;
}

/** Filtering drops emptied geometries, so they are matched by id and name rather than by position. */
const keyOf = (g: WorldGeometry) => `${String(g.id ?? '')}|${nameOf(g)}`;

function simplifyTopology(world: World, o: CountryOptions, protect: ReadonlySet<WorldGeometry> = new Set()): World {
  const t = weighted(world, o);
  // A protected state keeps every vertex of its arcs; its neighbours share those arcs, so their
  // borders with it keep them too and still meet it exactly. Copied: the weights are shared.
  // Arcs are renumbered by the island filter: find the protected states in the filtered topology.
  const keys = new Set([...protect].map(keyOf));
  const countries = (t.objects as { countries: GeometryCollection<Props> }).countries.geometries;
  const keepWhole = arcsOf(new Set(countries.filter((g) => keys.has(keyOf(g)))));
  const arcs = keepWhole.size === 0 ? t.arcs : t.arcs.map((arc, i) => (keepWhole.has(i) ? arc.map((p) => [p[0], p[1], Infinity]) : arc));
  return simplify({ ...t, arcs } as PlainTopology, o.minWeight) as unknown as World;
}

/** The arc indices a set of geometries is drawn with (a negative index is its arc reversed). */
function arcsOf(gs: ReadonlySet<WorldGeometry>): Set<number> {
  const out = new Set<number>();
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  for (const g of gs) walk((g as { arcs?: unknown }).arcs);
  return out;
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** Round a ring and drop repeated vertices; null when it degenerates. */
function cleanRing(ring: Position[], decimals: number): Position[] | null {
  const r: Position[] = [];
  for (const p of ring) {
    const q = roundPosition(p, decimals);
    const last = r[r.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) r.push(q);
  }
  const closed = closeRing(r);
  return closed.length >= 4 ? closed : null;
}

/** Clean every ring; a polygon whose exterior degenerates is dropped with its holes. */
function cleanPolygons(polys: Position[][][], decimals: number): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polys) {
    const [outer, ...holes] = poly;
    const o = outer ? cleanRing(outer, decimals) : null;
    if (!o) continue;
    out.push([o, ...holes.map((h) => cleanRing(h, decimals)).filter((h): h is Position[] => h !== null)]);
  }
  return out;
}

function toPolygons(g: CountryGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Cut to the bbox. Inside it nothing moves, so borders shared by two states still coincide. States
 * that cross the edge go through a true polygon intersection: bboxClip's Sutherland–Hodgman output
 * joins the outside parts with overlapping runs along the edge (self-intersecting rings).
 */
function clip(g: CountryGeometry, box: BBox): Position[][][] {
  const [w, s, e, n] = turfBbox(g);
  if ((w as number) >= box[0] && (s as number) >= box[1] && (e as number) <= box[2] && (n as number) <= box[3]) return toPolygons(g);
  if (!overlaps([w, s, e, n] as BBox, box)) return [];
  // A cheap clip to a slightly larger box first: its edge runs fall outside the real box, and the
  // exact intersection then has a few thousand vertices to handle instead of all of Russia.
  const rough = toPolygons(bboxClip(asFeature(g), [box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1]).geometry as CountryGeometry)
    .filter((poly) => (poly[0]?.length ?? 0) >= 4) // exterior clipped away: drop its holes too
    .map((poly) => poly.filter((ring) => ring.length >= 4));
  if (rough.length === 0) return [];
  const cut = intersect(featureCollection([asFeature({ type: 'MultiPolygon', coordinates: rough }), bboxPolygon(box)]));
  return cut ? toPolygons(cut.geometry as CountryGeometry) : [];
}

function asFeature(g: CountryGeometry): Feature<CountryGeometry> {
  return { type: 'Feature', properties: {}, geometry: g };
}

/**
 * Build the country layer. Pure apart from reading the world-atlas file; the same options give the
 * same output byte for byte (no randomness; features sorted by id).
 */
export function buildCountries(options: CountryOptions = DEFAULT_COUNTRY_OPTIONS): CountryCollection {
  const world = require('world-atlas/countries-10m.json') as World;
  const features = buildFrom(world, options, new Set()).features;
  computeNeighbours(features);
  return { type: 'FeatureCollection', features };
}

/**
 * The first view's boundaries (LOW_COUNTRY_OPTIONS) with the full layer's properties: a state is
 * the same object at every level of detail, with the same neighbours, whatever the coarse cut does
 * to a short border. A state of the full layer that the coarse cut thins to nothing is cut again
 * with its arcs kept whole (Akrotiri); one that has no area left even so (Eritrea's 400 m corner
 * of the bbox, under a pixel at zoom 5) is left out.
 */
export function buildLowCountries(full: CountryCollection, options: CountryOptions = LOW_COUNTRY_OPTIONS): CountryCollection {
  const world = require('world-atlas/countries-10m.json') as World;
  const props = new Map(full.features.map((f) => [f.properties.id, f.properties]));
  const first = buildFrom(world, options, new Set());
  const lost = new Set([...first.collapsed].filter((g) => props.has(idOf(g))));
  const built = lost.size > 0 ? buildFrom(world, options, lost).features : first.features;
  const features = built.map((f) => {
    const p = props.get(f.properties.id);
    if (!p) throw new Error(`countries-low: ${f.properties.id} is not in the full-detail layer`);
    // Neighbours among the five only: all the content reads of them (a state's C5 neighbours), and less to load first.
    return { ...f, properties: { ...p, neighbours: p.neighbours.filter((n) => (C5 as readonly string[]).includes(n)), label: [...p.label] as [number, number] } };
  });
  return { type: 'FeatureCollection', features };
}

function idOf(g: WorldGeometry): string {
  if (g.id === undefined) return slug(nameOf(g));
  const a3 = ISO_NUMERIC_TO_ALPHA3[String(g.id)];
  if (!a3) throw new Error(`world-atlas: no alpha-3 code for numeric id ${String(g.id)} (${nameOf(g)})`);
  return a3;
}

const members = new Map<string, WorldGeometry[]>();

/**
 * Membership is decided on the unsimplified features: anything whose extent reaches the bbox.
 * Converting every 10m polygon is slow, and every level of detail asks the same question.
 */
function membersOf(world: World, box: BBox): WorldGeometry[] {
  const k = box.join(',');
  let keep = members.get(k);
  if (!keep) {
    keep = world.objects.countries.geometries.filter((g) => {
      const geometry = toGeoJson(world, g);
      return geometry !== null && overlaps(turfBbox(geometry) as BBox, box);
    });
    members.set(k, keep);
  }
  return keep;
}

function buildFrom(
  world: World,
  options: CountryOptions,
  protect: ReadonlySet<WorldGeometry>,
): { features: CountryFeature[]; collapsed: Set<WorldGeometry> } {
  const box = options.bbox;

  const all = world.objects.countries.geometries;
  const keep = membersOf(world, box);

  // Simplify the whole topology once: arcs are shared, so both sides of a border move together.
  const topo = simplifyTopology(world, options, protect);
  const byKey = new Map(topo.objects.countries.geometries.map((g) => [keyOf(g), g]));
  const simplified = new Map(all.map((g) => [g, byKey.get(keyOf(g))]));

  const kazRaw = keep.find((g) => g.id === '398');
  const baikonur = keep.find((g) => nameOf(g) === BAIKONUR_NAME);
  if (!kazRaw || !baikonur) throw new Error('world-atlas: Kazakhstan or Baikonur feature missing');

  const features: CountryFeature[] = [];
  const collapsed = new Set<WorldGeometry>();
  for (const raw of keep) {
    if (raw === baikonur) continue; // merged into Kazakhstan below
    const g = simplified.get(raw);
    if (!g || g.type === null) {
      collapsed.add(raw);
      continue;
    }
    const name = nameOf(raw);
    const id = idOf(raw);
    const bk = simplified.get(baikonur);
    // merge() dissolves the shared arcs, so the lease hole disappears instead of being papered over.
    const geom = raw === kazRaw && bk ? mergeGeometries(topo, [g, bk]) : toGeoJson(topo, g);
    const polys = geom ? cleanPolygons(clip(geom, box), options.decimals) : [];
    if (polys.length === 0) {
      collapsed.add(raw);
      continue;
    }
    const outGeom: CountryGeometry =
      polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polys };
    // Right-hand rule (RFC 7946): exterior rings counter-clockwise, holes clockwise.
    const wound = rewind(outGeom, { reverse: false }) as CountryGeometry;
    const properties = { id, name: NAME_OVERRIDES[id] ?? name, c5: (C5 as readonly string[]).includes(id), neighbours: [] };
    features.push({
      type: 'Feature',
      properties: { ...properties, label: labelPoint({ type: 'Feature', properties, geometry: wound }) },
      geometry: wound,
    });
  }
  features.sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
  return { features, collapsed };
}

/**
 * Land neighbours with Turf: two states are neighbours when their polygons touch. Shared borders
 * are vertex-identical after topology-preserving simplification, so touching is exact. A bbox test
 * first keeps the quadratic loop cheap.
 */
export function computeNeighbours(features: CountryFeature[]): void {
  const boxes = features.map((f) => turfBbox(f) as BBox);
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      const a = features[i] as CountryFeature;
      const b = features[j] as CountryFeature;
      if (!overlapsClosed(boxes[i] as BBox, boxes[j] as BBox)) continue;
      if (booleanIntersects(a, b)) {
        a.properties.neighbours.push(b.properties.id);
        b.properties.neighbours.push(a.properties.id);
      }
    }
  }
  for (const f of features) f.properties.neighbours.sort();
}

function overlapsClosed(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
