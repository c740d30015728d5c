// Natural Earth's physical layers (data/vendor/natural-earth) → the map's water, ice and landform
// names: a small first-view file, a detail file loaded from zoom 6, and water.json, the facts the
// river and lake panel shows (the states each crosses, where it flows, which basin it belongs to).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { area, bboxClip, booleanPointInPolygon, centerOfMass, pointOnFeature, simplify } from '@turf/turf';
import { C5, type WaterEntry, type WaterFile } from '../../data/types';
import { BASINS, DECLARATION_WATER } from '../../data/water';
export type { WaterEntry, WaterFile };
import type { CountryCollection } from './countries';
import { BBOX, CountryIndex, distanceKm, round } from './geometry';
import type { BuildError } from './validate';

export const PHYSICAL_FILES = ['physical.geojson', 'physical-detail.geojson', 'water.json'] as const;
export type PhysicalFile = (typeof PHYSICAL_FILES)[number];

export const VENDOR_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/vendor/natural-earth');

export const PHYSICAL_KINDS = ['river', 'lake', 'glacier', 'range', 'desert', 'plain', 'lowland', 'plateau', 'valley', 'basin', 'peak', 'pass'] as const;
export type PhysicalKind = (typeof PHYSICAL_KINDS)[number];

/** Properties of a feature in public/geo/physical*.geojson; keys are written in this order. */
export interface PhysicalProps {
  kind: PhysicalKind;
  /** Kebab id of a named river or lake, shared by all its pieces (the style's highlight reads it). */
  id?: string;
  name?: string;
  /** Natural Earth's scale rank: 0 the most important. */
  rank: number;
  /** First MapLibre zoom the feature is drawn at. */
  minzoom: number;
  /** Labels of large areas: last zoom the name is useful at. */
  maxzoom?: number;
  /** Peaks: metres. */
  elevation?: number;
  /** Natural Earth's own spelling, where the map shows another. */
  ne?: string;
}

export interface NaturalEarth {
  rivers: FeatureCollection;
  lakes: FeatureCollection;
  glaciers: FeatureCollection;
  regions: FeatureCollection;
  peaks: FeatureCollection;
}

export function readNaturalEarth(dir: string = VENDOR_DIR): NaturalEarth {
  const read = (f: string) => JSON.parse(readFileSync(resolve(dir, `${f}.geojson`), 'utf8')) as FeatureCollection;
  return { rivers: read('rivers'), lakes: read('lakes'), glaciers: read('glaciers'), regions: read('physical-regions'), peaks: read('peaks') };
}

// ---------------------------------------------------------------- names

/**
 * The English form the map shows where Natural Earth's differs (a local or transliterated form, a
 * broken character). Left: Natural Earth's name with runs of spaces collapsed.
 */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  // rivers
  Ertis: 'Irtysh',
  Ertix: 'Irtysh',
  Ile: 'Ili',
  Zarafshon: 'Zeravshan',
  Esil: 'Ishim',
  Harirud: 'Hari Rud',
  Pamir: 'Pamir River',
  'Kiz?lirmak': 'Kızılırmak',
  'Tom’': 'Tom',
  // lakes
  'Toktogul Suu Saktagychy': 'Toktogul Reservoir',
  'Shardara Bgeni': 'Shardara Reservoir',
  'Obanbori Qayroqum': 'Kayrakkum Reservoir',
  'Aydar Ko‘l': 'Aydar Lake',
  'Tengiz Köli': 'Lake Tengiz',
  'Sarygamysh Köli': 'Sarygamysh Lake',
  Sasyqkl: 'Sasykkol',
  // landforms: Karakum and Kyzylkum are the English forms (Natural Earth: Garagum, Qizilqum)
  'GARAGUM DESERT': 'Karakum Desert',
  'QIZILQUM DESERT': 'Kyzylkum Desert',
  'Kopet Dag Mts .': 'Kopet Dag',
  'KARAKORAM RA.': 'Karakoram',
  'BETPAQDALA DESERT': 'Betpak-Dala',
};

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bMts\.?(?=\s|$)/g, 'Mountains'],
  [/\bRa\.(?=\s|$)/g, 'Range'],
  [/\bPen\.(?=\s|$)/g, 'Peninsula'],
];
const SMALL_WORDS = new Set(['of', 'and', 'the', 'al']);

/** "Amu  Darya" → "Amu Darya", "TIAN SHAN" → "Tian Shan", "ALTAY MOUNTAINS" → "Altay Mountains". */
export function displayName(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  const override = NAME_OVERRIDES[collapsed];
  if (override) return override;
  let name = collapsed;
  if (name === name.toUpperCase() && /[A-Z]/.test(name)) {
    name = name
      .toLowerCase()
      .split(' ')
      .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ');
    name = name.replace(/(?<=[-’'])\p{Ll}/gu, (c) => c.toUpperCase());
  }
  for (const [re, full] of ABBREVIATIONS) name = name.replace(re, full);
  return name.replace(/\s+\./g, '').trim();
}

/** A stable id from a display name: "Lake Balkhash" → "lake-balkhash", "Kızılırmak" → "kizilirmak". */
export function kebabId(name: string): string {
  return name
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------- what goes where

/**
 * Water the declaration's paragraph is about, or that frames the five states: drawn in the first
 * view whatever its rank, from zoom 3.
 */
export const CORE_WATER = new Set([
  'amu-darya', 'syr-darya', 'naryn', 'panj', 'pamir-river', 'zeravshan', 'ili', 'irtysh', 'ishim', 'hari-rud', 'atrek',
  'aral-sea', 'lake-balkhash', 'issyk-kul', 'kapchagay-reservoir', 'toktogul-reservoir', 'shardara-reservoir',
  'kayrakkum-reservoir', 'aydar-lake', 'sarygamysh-lake', 'alakol', 'lake-zaysan', 'lake-tengiz',
]);

export { BASINS, DECLARATION_WATER };

interface Outflow {
  into: string;
  source: string;
}
/** Where a river ends, only where a source says so (Natural Earth does not record it). */
export const OUTFLOWS: Readonly<Record<string, Outflow>> = {
  'amu-darya': { into: 'aral-sea', source: 'http://waterbodies.org/waterbody/amu-darya-river' },
  panj: { into: 'amu-darya', source: 'https://www.wikiwand.com/en/Panj_(river)' },
  'pamir-river': { into: 'panj', source: 'https://www.wikiwand.com/en/Panj_(river)' },
  'syr-darya': { into: 'aral-sea', source: 'https://infinitelexicon.com/Syrdarya' },
  naryn: { into: 'syr-darya', source: 'https://infinitelexicon.com/Syrdarya' },
  ili: { into: 'lake-balkhash', source: 'https://www.geolookup.org/location/ili' },
  irtysh: { into: 'ob', source: 'https://simple.wikipedia.org/wiki/Irtysh_River' },
  tobol: { into: 'irtysh', source: 'https://simple.wikipedia.org/wiki/Irtysh_River' },
  ishim: { into: 'irtysh', source: 'https://universalium.en-academic.com/240893/Irtysh_River' },
};

/**
 * Natural Earth's Garagum and Qizilqum polygons are slivers far from the deserts (north of the
 * Aral Sea), so their names sit at a cited coordinate instead.
 */
export const LABEL_POINTS: Readonly<Record<string, { coord: [number, number]; source: string }>> = {
  'Karakum Desert': { coord: [60, 39], source: 'https://es.wikipedia.org/wiki/Desierto_de_Karakum' },
  'Kyzylkum Desert': { coord: [63.46, 42.44], source: 'http://piglix.com/piglix/Kyzylkum_desert' },
};

const REGION_KINDS: Readonly<Record<string, PhysicalKind>> = {
  'Range/mtn': 'range', Desert: 'desert', Plain: 'plain', Lowland: 'lowland', Plateau: 'plateau', Valley: 'valley', Basin: 'basin',
};
const PEAK_KINDS: Readonly<Record<string, PhysicalKind>> = { mountain: 'peak', pass: 'pass' };

/** Landform names are labelled only here, around the five states (the basemap goes further). */
export const LABEL_BOX: [number, number, number, number] = [44, 30, 92, 56];

type Box = [number, number, number, number];
/**
 * Per file: the area it covers, coordinate rounding and simplification tolerance (degrees, about
 * 1.5 px at the file's zooms), and which features it keeps.
 */
export const FIRST_VIEW = { box: [46, 34, 88, 55] as Box, decimals: 2, tolerance: 0.035, glacierTolerance: 0.07, riverMaxRank: 5, lakeMaxRank: 4, glacierMinKm2: 400 } as const;
export const DETAIL = { box: [44, 30, 92, 56] as Box, decimals: 3, tolerance: 0.006, glacierTolerance: 0.01, minzoom: 6, riverMaxRank: 8, glacierMinKm2: 3 } as const;
/** Peaks and their elevations only from here. */
export const PEAK_MINZOOM = 7;

/**
 * Natural Earth counts zoom for 256-px tiles and MapLibre for 512-px ones, so one level less here;
 * the water the declaration concerns shows from zoom 3 whatever its rank.
 */
export function mapMinzoom(neMinZoom: number, id?: string): number {
  const z = Math.max(0, round(neMinZoom - 1, 1));
  return id && CORE_WATER.has(id) ? Math.min(z, 3) : z;
}

// ---------------------------------------------------------------- geometry

type Line = Position[];

function roundLine(line: Line, decimals: number): Line {
  const out: Line = [];
  for (const p of line) {
    const q = [round(p[0] as number, decimals), round(p[1] as number, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function linesOf(g: Geometry): Line[] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** Simplified and rounded; pieces that collapse to a point disappear. */
export function simplifyLines(lines: Line[], tolerance: number, decimals: number): Line[] {
  return lines
    .map((l) => {
      const s = simplify({ type: 'LineString', coordinates: l }, { tolerance, highQuality: false });
      return roundLine(s.coordinates, decimals);
    })
    .filter((l) => l.length >= 2);
}

/** Simplified and rounded; rings that collapse disappear, and a polygon with its outer ring. */
export function simplifyPolygons(polys: Position[][][], tolerance: number, decimals: number): Position[][][] {
  const out: Position[][][] = [];
  for (const rings of polys) {
    const s = simplify({ type: 'Polygon', coordinates: rings }, { tolerance, highQuality: false });
    const kept = s.coordinates.map((r) => roundLine(r, decimals)).map((r) => closeRounded(r));
    const [outer, ...holes] = kept;
    if (!outer || outer.length < 4) continue;
    out.push([outer, ...holes.filter((h) => h.length >= 4)]);
  }
  return out;
}

function closeRounded(r: Line): Line {
  const a = r[0];
  const b = r[r.length - 1];
  if (!a || !b) return r;
  return a[0] === b[0] && a[1] === b[1] ? r : [...r, a];
}

/** Keeps what lies in the box (lines are cut at its edge, rings closed along it). */
export function clipLines(lines: Line[], box: Box): Line[] {
  return lines.flatMap((l) => {
    const b = lineBox(l);
    if (b[0] >= box[0] && b[2] <= box[2] && b[1] >= box[1] && b[3] <= box[3]) return [l];
    if (b[2] < box[0] || b[0] > box[2] || b[3] < box[1] || b[1] > box[3]) return [];
    return linesOf(bboxClip({ type: 'LineString', coordinates: l }, box).geometry).filter((x) => x.length >= 2);
  });
}

export function clipPolygons(polys: Position[][][], box: Box): Position[][][] {
  return polys.flatMap((rings) => {
    const b = lineBox(rings[0] as Line);
    if (b[0] >= box[0] && b[2] <= box[2] && b[1] >= box[1] && b[3] <= box[3]) return [rings];
    if (b[2] < box[0] || b[0] > box[2] || b[3] < box[1] || b[1] > box[3]) return [];
    return polygonsOf(bboxClip({ type: 'Polygon', coordinates: rings }, box).geometry).filter((r) => (r[0]?.length ?? 0) >= 4);
  });
}

function lineBox(l: Line): Box {
  const xs = l.map((p) => p[0] as number);
  const ys = l.map((p) => p[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const lineGeometry = (lines: Line[]): Geometry =>
  lines.length === 1 ? { type: 'LineString', coordinates: lines[0] as Line } : { type: 'MultiLineString', coordinates: lines };
const polygonGeometry = (polys: Position[][][]): Geometry =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polys };

/** Joins pieces that share an end (Natural Earth splits rivers by rank, in either direction). */
export function chainLines(pieces: Line[]): Line[] {
  const same = (a: Position, b: Position) => Math.abs((a[0] as number) - (b[0] as number)) < 1e-3 && Math.abs((a[1] as number) - (b[1] as number)) < 1e-3;
  const rest = pieces.map((p) => [...p]);
  const out: Line[] = [];
  while (rest.length > 0) {
    let line = rest.shift() as Line;
    for (let joined = true; joined; ) {
      joined = false;
      for (let i = 0; i < rest.length; i++) {
        const p = rest[i] as Line;
        const [head, tail] = [line[0] as Position, line[line.length - 1] as Position];
        const [ph, pt] = [p[0] as Position, p[p.length - 1] as Position];
        if (same(tail, ph)) line = [...line, ...p.slice(1)];
        else if (same(tail, pt)) line = [...line, ...[...p].reverse().slice(1)];
        else if (same(head, pt)) line = [...p, ...line.slice(1)];
        else if (same(head, ph)) line = [...[...p].reverse(), ...line.slice(1)];
        else continue;
        rest.splice(i, 1);
        joined = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

const lineKm = (l: Line) => l.slice(1).reduce((km, p, i) => km + distanceKm(l[i] as Position, p), 0);

/** Points every `stepKm` along a line, ends included. */
function samplesAlong(line: Line, stepKm: number): Position[] {
  const out: Position[] = [line[0] as Position];
  let carry = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const d = distanceKm(a, b);
    let t = stepKm - carry;
    while (t <= d) {
      const f = t / d;
      out.push([(a[0] as number) + ((b[0] as number) - (a[0] as number)) * f, (a[1] as number) + ((b[1] as number) - (a[1] as number)) * f]);
      t += stepKm;
    }
    carry = d - (t - stepKm);
  }
  out.push(line[line.length - 1] as Position);
  return out;
}

// ---------------------------------------------------------------- the build

interface Named {
  id: string;
  name: string;
  ne: string;
  pieces: Feature[];
}

function groupByName(fc: FeatureCollection): Named[] {
  const by = new Map<string, Named>();
  for (const f of fc.features) {
    const raw = (f.properties?.name as string | undefined)?.trim();
    if (!raw) continue;
    const name = displayName(raw);
    const id = kebabId(name);
    const entry = by.get(id) ?? { id, name, ne: raw.replace(/\s+/g, ' '), pieces: [] };
    entry.pieces.push(f);
    by.set(id, entry);
  }
  return [...by.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const num = (f: Feature, key: string) => Number(f.properties?.[key]);
const minOf = (fs: Feature[], key: string) => Math.min(...fs.map((f) => num(f, key)));

function props(p: PhysicalProps): PhysicalProps {
  // Fixed key order and no undefined keys, so the output is byte-stable.
  const out: Record<string, unknown> = {};
  for (const k of ['kind', 'id', 'name', 'rank', 'minzoom', 'maxzoom', 'elevation', 'ne'] as const) if (p[k] !== undefined) out[k] = p[k];
  return out as unknown as PhysicalProps;
}

const feature = (geometry: Geometry, p: PhysicalProps): Feature<Geometry, PhysicalProps> => ({ type: 'Feature', properties: props(p), geometry });
/** Natural Earth's spelling, kept beside a name the override table chose (not for a mere change of case). */
const neSpelling = (ne: string): string | undefined => (NAME_OVERRIDES[ne] ? ne : undefined);
const neIfRenamed = (n: Named) => neSpelling(n.ne);

function riverFeatures(rivers: Named[]) {
  const first: Feature<Geometry, PhysicalProps>[] = [];
  const detail: Feature<Geometry, PhysicalProps>[] = [];
  for (const r of rivers) {
    const rank = minOf(r.pieces, 'scalerank');
    if (rank <= FIRST_VIEW.riverMaxRank || CORE_WATER.has(r.id)) {
      // One feature per river, pieces chained, so the name can run along the whole line.
      const lines = simplifyLines(clipLines(chainLines(r.pieces.flatMap((f) => linesOf(f.geometry))), FIRST_VIEW.box), FIRST_VIEW.tolerance, FIRST_VIEW.decimals);
      if (lines.length > 0) {
        first.push(feature(lineGeometry(lines), { kind: 'river', id: r.id, name: r.name, rank, minzoom: mapMinzoom(minOf(r.pieces, 'min_zoom'), r.id), ne: neIfRenamed(r) }));
      }
    }
    // Detail keeps Natural Earth's pieces: each shows from its own rank's zoom.
    const byRank = new Map<number, Feature[]>();
    for (const f of r.pieces) byRank.set(num(f, 'scalerank'), [...(byRank.get(num(f, 'scalerank')) ?? []), f]);
    for (const [pieceRank, fs] of [...byRank.entries()].sort((a, b) => a[0] - b[0])) {
      if (pieceRank > DETAIL.riverMaxRank && !CORE_WATER.has(r.id)) continue;
      const lines = simplifyLines(clipLines(chainLines(fs.flatMap((f) => linesOf(f.geometry))), DETAIL.box), DETAIL.tolerance, DETAIL.decimals);
      if (lines.length === 0) continue;
      const minzoom = Math.max(DETAIL.minzoom, mapMinzoom(minOf(fs, 'min_zoom'), r.id));
      detail.push(feature(lineGeometry(lines), { kind: 'river', id: r.id, name: r.name, rank: pieceRank, minzoom }));
    }
  }
  return { first, detail };
}

function lakeFeatures(lakes: Named[], unnamed: Feature[]) {
  const first: Feature<Geometry, PhysicalProps>[] = [];
  const detail: Feature<Geometry, PhysicalProps>[] = [];
  for (const l of lakes) {
    const rank = minOf(l.pieces, 'scalerank');
    const polys = l.pieces.flatMap((f) => polygonsOf(f.geometry));
    const minzoom = mapMinzoom(minOf(l.pieces, 'min_zoom'), l.id);
    if (rank <= FIRST_VIEW.lakeMaxRank || CORE_WATER.has(l.id)) {
      const s = simplifyPolygons(clipPolygons(polys, FIRST_VIEW.box), FIRST_VIEW.tolerance, FIRST_VIEW.decimals);
      if (s.length > 0) first.push(feature(polygonGeometry(s), { kind: 'lake', id: l.id, name: l.name, rank, minzoom, ne: neIfRenamed(l) }));
    }
    const d = simplifyPolygons(clipPolygons(polys, DETAIL.box), DETAIL.tolerance, DETAIL.decimals);
    if (d.length > 0) detail.push(feature(polygonGeometry(d), { kind: 'lake', id: l.id, name: l.name, rank, minzoom: Math.max(DETAIL.minzoom, minzoom) }));
  }
  for (const f of unnamed) {
    const d = simplifyPolygons(clipPolygons(polygonsOf(f.geometry), DETAIL.box), DETAIL.tolerance, DETAIL.decimals);
    const minzoom = Math.max(DETAIL.minzoom, mapMinzoom(num(f, 'min_zoom')));
    if (d.length > 0) detail.push(feature(polygonGeometry(d), { kind: 'lake', rank: num(f, 'scalerank'), minzoom }));
  }
  return { first, detail };
}

function glacierFeatures(glaciers: FeatureCollection) {
  // One feature per file: the fields are many and unnamed, so one set of properties is enough.
  const km2 = new Map(glaciers.features.map((f) => [f, area(f) / 1e6]));
  const polys = (min: number) => glaciers.features.filter((f) => (km2.get(f) ?? 0) >= min).flatMap((f) => polygonsOf(f.geometry));
  const firstPolys = simplifyPolygons(clipPolygons(polys(FIRST_VIEW.glacierMinKm2), FIRST_VIEW.box), FIRST_VIEW.glacierTolerance, FIRST_VIEW.decimals);
  const detailPolys = simplifyPolygons(clipPolygons(polys(DETAIL.glacierMinKm2), DETAIL.box), DETAIL.glacierTolerance, DETAIL.decimals);
  const rank = glaciers.features.length ? minOf(glaciers.features, 'scalerank') : 0;
  return {
    first: firstPolys.length ? [feature(polygonGeometry(firstPolys), { kind: 'glacier', rank, minzoom: 0 })] : [],
    detail: detailPolys.length ? [feature(polygonGeometry(detailPolys), { kind: 'glacier', rank, minzoom: DETAIL.minzoom })] : [],
  };
}

const inBox = (c: Position, b: readonly number[]) => (c[0] as number) >= (b[0] as number) && (c[0] as number) <= (b[2] as number) && (c[1] as number) >= (b[1] as number) && (c[1] as number) <= (b[3] as number);

/** Where a landform's name goes: its centre of mass when that is on it, else a point on it. */
function labelPoint(f: Feature): Position {
  const cm = centerOfMass(f).geometry.coordinates;
  const onIt = polygonsOf(f.geometry).some((coordinates) => booleanPointInPolygon(cm, { type: 'Polygon', coordinates }));
  return onIt ? cm : pointOnFeature(f).geometry.coordinates;
}

function regionLabels(regions: FeatureCollection): Feature<Geometry, PhysicalProps>[] {
  const out: Feature<Geometry, PhysicalProps>[] = [];
  for (const f of regions.features) {
    const kind = REGION_KINDS[f.properties?.featurecla as string];
    const raw = f.properties?.name as string | undefined;
    if (!kind || !raw) continue;
    const name = displayName(raw);
    const fixed = LABEL_POINTS[name];
    const at = fixed ? fixed.coord : labelPoint(f);
    if (!inBox(at, LABEL_BOX)) continue;
    out.push(
      feature(
        { type: 'Point', coordinates: [round(at[0] as number, FIRST_VIEW.decimals), round(at[1] as number, FIRST_VIEW.decimals)] },
        {
          kind,
          name,
          rank: num(f, 'scalerank'),
          minzoom: Math.max(0, round(num(f, 'min_label') - 1, 1)),
          // Natural Earth's max_label unshifted: a range's name stays a level longer than its rule.
          maxzoom: num(f, 'max_label'),
          ne: neSpelling(raw.replace(/\s+/g, ' ')),
        },
      ),
    );
  }
  return out.sort((a, b) => a.properties.rank - b.properties.rank || (a.properties.name as string).localeCompare(b.properties.name as string, 'en'));
}

function peakFeatures(peaks: FeatureCollection): Feature<Geometry, PhysicalProps>[] {
  const out: Feature<Geometry, PhysicalProps>[] = [];
  for (const f of peaks.features) {
    const kind = PEAK_KINDS[f.properties?.featurecla as string];
    const raw = f.properties?.name as string | undefined;
    if (!kind || !raw || f.geometry.type !== 'Point') continue;
    const c = (f.geometry as Point).coordinates;
    out.push(
      feature(
        { type: 'Point', coordinates: [round(c[0] as number, DETAIL.decimals), round(c[1] as number, DETAIL.decimals)] },
        { kind, name: displayName(raw), rank: num(f, 'scalerank'), minzoom: Math.max(PEAK_MINZOOM, mapMinzoom(num(f, 'min_zoom'))), elevation: num(f, 'elevation') },
      ),
    );
  }
  return out.sort((a, b) => a.properties.rank - b.properties.rank || (a.properties.name as string).localeCompare(b.properties.name as string, 'en'));
}

// ---------------------------------------------------------------- water.json

/** Sample spacing along a river, and the evidence a state needs (samples) to count as crossed. */
export const STATE_SAMPLE_KM = 8;
export const STATE_MIN_SAMPLES = 2;

function statesAlong(lines: Line[], index: CountryIndex): string[] {
  const counts = new Map<string, number>();
  const order: string[] = [];
  for (const l of lines) {
    for (const p of samplesAlong(l, STATE_SAMPLE_KM)) {
      const id = index.at(p);
      if (!id) continue;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (!order.includes(id)) order.push(id);
    }
  }
  return order.filter((id) => (counts.get(id) ?? 0) >= STATE_MIN_SAMPLES);
}

function statesAround(polys: Position[][][], index: CountryIndex): string[] {
  const counts = new Map<string, number>();
  let n = 0;
  for (const rings of polys) {
    for (const p of samplesAlong(rings[0] as Line, STATE_SAMPLE_KM)) {
      n++;
      const id = index.at(p);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const min = n < 20 ? 1 : STATE_MIN_SAMPLES;
  return [...counts.entries()].filter(([, c]) => c >= min).map(([id]) => id).sort();
}

/** Puts the longest line first, running toward the mouth (the end nearer the water it flows into). */
function orientToMouth(lines: Line[], mouth: Position[]): Line[] {
  const sorted = [...lines].sort((a, b) => lineKm(b) - lineKm(a));
  const near = (p: Position) => Math.min(...mouth.map((m) => distanceKm(p, m)));
  return sorted.map((l) => (near(l[0] as Position) < near(l[l.length - 1] as Position) ? [...l].reverse() : l));
}

/** Grid spacing (degrees) for splitting a glacier that straddles a border between the states. */
export const GLACIER_GRID = 0.02;

/**
 * Glacier area per C5 state. A glacier whose outline lies in one state counts whole; one that
 * straddles a border is split by the share of a 0.02° grid of its points in each state (exact
 * polygon clipping against the 1:10m borders costs tens of seconds for a difference of a few km²).
 */
function glacierKm2(glaciers: FeatureCollection, countries: CountryCollection): Record<string, number> {
  const c5 = new Set<string>(C5);
  // Only the five states: a point elsewhere is null, and the big neighbours' outlines are never tested.
  const index = new CountryIndex(countries.features.filter((c) => c5.has(c.properties.id)));
  const km2 = new Map<string, number>();
  const add = (id: string | null, v: number) => {
    if (id && c5.has(id)) km2.set(id, (km2.get(id) ?? 0) + v);
  };
  for (const g of glaciers.features) {
    const a = area(g) / 1e6;
    const outline = polygonsOf(g.geometry).flatMap((rings) => rings[0] as Line);
    const ids = new Set(outline.filter((_, i) => i % 16 === 0).map((v) => index.at(v)));
    if (ids.size === 1) {
      add([...ids][0] ?? null, a);
      continue;
    }
    const [w, s, e, n] = lineBox(outline);
    const counts = new Map<string | null, number>();
    let total = 0;
    for (let x = w + GLACIER_GRID / 2; x < e; x += GLACIER_GRID) {
      for (let y = s + GLACIER_GRID / 2; y < n; y += GLACIER_GRID) {
        if (!booleanPointInPolygon([x, y], g as Feature<Polygon | MultiPolygon>)) continue;
        const id = index.at([x, y]);
        counts.set(id, (counts.get(id) ?? 0) + 1);
        total++;
      }
    }
    if (total === 0) add(index.at(outline[0] as Position), a);
    else for (const [id, c] of counts) add(id, (a * c) / total);
  }
  return Object.fromEntries([...km2.entries()].sort().map(([id, v]) => [id, Math.round(v)]));
}

function waterFile(ne: NaturalEarth, rivers: Named[], lakes: Named[], countries: CountryCollection): WaterFile {
  const index = new CountryIndex(countries.features);
  const mouthOf = new Map<string, Position[]>();
  for (const n of [...rivers, ...lakes]) mouthOf.set(n.id, n.pieces.flatMap((f) => [...linesOf(f.geometry), ...polygonsOf(f.geometry).map((r) => r[0] as Line)]).flat());
  const entries: WaterEntry[] = [];
  for (const r of rivers) {
    const out = OUTFLOWS[r.id];
    let lines = simplifyLines(chainLines(r.pieces.flatMap((f) => linesOf(f.geometry))), DETAIL.tolerance, DETAIL.decimals);
    const mouth = out ? mouthOf.get(out.into) : undefined;
    if (mouth) lines = orientToMouth(lines, mouth);
    const states = statesAlong(lines, index);
    entries.push({
      id: r.id,
      name: r.name,
      kind: 'river',
      states: mouth ? states : [...states].sort(),
      statesOrder: mouth ? 'downstream' : 'alphabetical',
      ...(out ? { flowsInto: out.into, flowsIntoSource: out.source } : {}),
      basin: BASINS[r.id] ?? null,
      ...(neIfRenamed(r) ? { ne: r.ne } : {}),
    });
  }
  for (const l of lakes) {
    const polys = simplifyPolygons(l.pieces.flatMap((f) => polygonsOf(f.geometry)), DETAIL.tolerance, DETAIL.decimals);
    const reservoir = l.pieces.some((f) => f.properties?.featurecla === 'Reservoir');
    entries.push({
      id: l.id,
      name: l.name,
      kind: reservoir ? 'reservoir' : 'lake',
      states: statesAround(polys, index),
      statesOrder: 'alphabetical',
      basin: BASINS[l.id] ?? null,
      ...(neIfRenamed(l) ? { ne: l.ne } : {}),
    });
  }
  return {
    source: 'Natural Earth 1:10m physical vectors v4.0 (public domain), via data/vendor/natural-earth; states computed against public/geo/countries.geojson',
    note: 'Natural Earth draws no Vakhsh, Kara Darya, Chirchik, Kafirnigan, Surkhan Darya, Chu, Talas or Murghab, and no Sarez, Nurek or Karakul lakes, so the map shows none of them. glacierKm2 is the area of Natural Earth\'s generalised 1:10m glacier outlines in each state, not a glacier inventory figure.',
    declarationWater: [...DECLARATION_WATER],
    glacierKm2: glacierKm2(ne.glaciers, countries),
    water: entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.kind < b.kind ? -1 : 1)),
  };
}

// ---------------------------------------------------------------- validation

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function decimalsOf(x: number): number {
  const s = String(x);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** The checks `npm run geo` makes on a physical file before writing anything. */
export function validatePhysical(file: string, fc: FeatureCollection, maxDecimals: number): BuildError[] {
  const errors: BuildError[] = [];
  const kindOfId = new Map<string, string>();
  fc.features.forEach((f, i) => {
    const p = (f.properties ?? {}) as Partial<PhysicalProps>;
    const label = p.id ?? p.name ?? `${p.kind ?? 'feature'} #${i}`;
    const err = (reason: string) => errors.push({ file, id: label, reason });
    if (!p.kind || !(PHYSICAL_KINDS as readonly string[]).includes(p.kind)) err(`unknown kind '${String(p.kind)}'`);
    if (typeof p.rank !== 'number' || !Number.isFinite(p.rank)) err('has no rank');
    if (typeof p.minzoom !== 'number' || !Number.isFinite(p.minzoom) || p.minzoom < 0 || p.minzoom > 24) err('minzoom is not a zoom');
    if (p.name !== undefined && (!p.name.trim() || /\s{2}/.test(p.name) || p.name !== p.name.trim())) err(`name '${p.name}' is not normalised`);
    if (p.name !== undefined && p.name.length > 3 && p.name === p.name.toUpperCase()) err(`name '${p.name}' is in capitals`);
    if ((p.kind === 'river' || p.kind === 'lake') && p.name !== undefined) {
      if (!p.id || !KEBAB.test(p.id)) err('named water has no kebab id');
      else if (kindOfId.has(p.id) && kindOfId.get(p.id) !== p.kind) err(`id is used by a ${kindOfId.get(p.id)} too`);
      else kindOfId.set(p.id, p.kind);
    }
    if (p.kind === 'peak' && typeof p.elevation !== 'number') err('peak has no elevation');
    const coords: Position[] = [];
    const g = f.geometry;
    if (!g) err('has no geometry');
    else if (g.type === 'Point') coords.push(g.coordinates);
    else if (g.type === 'LineString' || g.type === 'MultiLineString') {
      for (const l of linesOf(g)) {
        if (l.length < 2) err('has a line of fewer than 2 positions');
        coords.push(...l);
      }
    } else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      for (const r of polygonsOf(g).flat()) {
        const [a, b] = [r[0], r[r.length - 1]];
        if (r.length < 4 || !a || !b || a[0] !== b[0] || a[1] !== b[1]) err('has a ring that is not closed');
        coords.push(...r);
      }
    } else err(`unexpected geometry ${g.type}`);
    const pad = 0.5;
    for (const c of coords) {
      const [x, y] = c as [number, number];
      if (!Number.isFinite(x) || !Number.isFinite(y) || !inBox(c, [BBOX[0] - pad, BBOX[1] - pad, BBOX[2] + pad, BBOX[3] + pad])) {
        err(`coordinate [${x}, ${y}] is outside the map`);
        break;
      }
      if (decimalsOf(x) > maxDecimals || decimalsOf(y) > maxDecimals) {
        err(`coordinate [${x}, ${y}] has more than ${maxDecimals} decimals`);
        break;
      }
    }
  });
  return errors;
}

function validateWater(file: string, w: WaterFile, ids: ReadonlySet<string>): BuildError[] {
  const errors: BuildError[] = [];
  const seen = new Set<string>();
  for (const e of w.water) {
    const err = (reason: string) => errors.push({ file, id: e.id, reason });
    if (seen.has(e.id)) err('duplicate id (a river and a lake share a name)');
    seen.add(e.id);
    if (e.flowsInto && !w.water.some((x) => x.id === e.flowsInto) && e.flowsInto !== 'ob') err(`flows into unknown water '${e.flowsInto}'`);
    if (e.flowsIntoSource && !/^https?:\/\/[^/]+\/.+/.test(e.flowsIntoSource)) err('source URL has no path');
  }
  // The declaration's water must stay drawable: a Natural Earth update that renames it fails here.
  for (const id of w.declarationWater) if (!ids.has(id)) errors.push({ file, id, reason: 'declaration water is not in the map files' });
  return errors;
}

// ---------------------------------------------------------------- entry point

export type PhysicalResult = { ok: true; files: Record<PhysicalFile, string> } | { ok: false; errors: BuildError[] };

/** One feature per line, like the other files in public/geo. */
function stringify(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** Readable in a diff: one river or lake per line. */
function stringifyWater(w: WaterFile): string {
  const { water, ...head } = w;
  const top = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{${top.join(',\n')},\n"water":[\n${water.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

/** The whole physical pipeline, in memory and deterministic. */
export function buildPhysical(countries: CountryCollection, ne: NaturalEarth = readNaturalEarth()): PhysicalResult {
  const rivers = groupByName(ne.rivers);
  const lakes = groupByName(ne.lakes);
  const unnamedLakes = ne.lakes.features.filter((f) => !(f.properties?.name as string | undefined)?.trim());
  const r = riverFeatures(rivers);
  const l = lakeFeatures(lakes, unnamedLakes);
  const g = glacierFeatures(ne.glaciers);
  // Drawing order inside each file: ice, lakes, rivers, then points (the style filters by kind anyway).
  const first: FeatureCollection = { type: 'FeatureCollection', features: [...g.first, ...l.first, ...r.first, ...regionLabels(ne.regions)] };
  const detail: FeatureCollection = { type: 'FeatureCollection', features: [...g.detail, ...l.detail, ...r.detail, ...peakFeatures(ne.peaks)] };
  const ids = new Set([...first.features, ...detail.features].map((f) => (f.properties as PhysicalProps).id).filter((x): x is string => !!x));
  // The panel's facts for what the map draws, and for what that flows into.
  const drawn = (n: Named) => ids.has(n.id) || Object.values(OUTFLOWS).some((o) => o.into === n.id);
  const water = waterFile(ne, rivers.filter(drawn), lakes.filter(drawn), countries);
  const errors = [
    ...validatePhysical('public/geo/physical.geojson', first, FIRST_VIEW.decimals),
    ...validatePhysical('public/geo/physical-detail.geojson', detail, DETAIL.decimals),
    ...validateWater('public/geo/water.json', water, ids),
  ];
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    files: {
      'physical.geojson': stringify(first),
      'physical-detail.geojson': stringify(detail),
      'water.json': stringifyWater(water),
    },
  };
}
