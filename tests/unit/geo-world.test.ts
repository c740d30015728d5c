// The world beyond the detailed box (scripts/geo/world.ts, public/geo/world.geojson): land and sea
// where the camera can look beyond the box, nothing inside it, a seam exactly where the detailed
// land meets the box's edge, small, and the same bytes every run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import { booleanPointInPolygon, point } from '@turf/turf';
import { GEO_BBOX, VIEW_BOUNDS } from '../../data/bbox';
import { stringifyFeatureCollection } from '../../scripts/build-geo';
import type { CountryCollection } from '../../scripts/geo/countries';
import { buildWorld, clipLine, seamLines, unwrapRing, type WorldCollection } from '../../scripts/geo/world';

const dir = resolve(__dirname, '../../public/geo');
const read = (f: string) => readFileSync(resolve(dir, f), 'utf8');
const full = JSON.parse(read('countries.geojson')) as CountryCollection;
const low = JSON.parse(read('countries-low.geojson')) as CountryCollection;
const committed = read('world.geojson');
const world = JSON.parse(committed) as WorldCollection;
const kind = (k: string) => world.features.find((f) => f.properties.kind === k)!;
const land = kind('land').geometry as MultiPolygon;
const borders = kind('border').geometry as MultiLineString;
const seam = kind('seam').geometry as MultiLineString;
const isLand = (lonLat: [number, number]) => booleanPointInPolygon(point(lonLat), land);
const [W, S, E, N] = GEO_BBOX;
const strictlyInBox = ([x, y]: Position) => (x as number) > W && (x as number) < E && (y as number) > S && (y as number) < N;

describe('buildWorld', () => {
  let built: string;
  beforeAll(() => {
    built = stringifyFeatureCollection(buildWorld([full, low]));
  }, 60_000);

  it('gives the committed public/geo/world.geojson, byte for byte, and the same again on a second run', () => {
    expect(built).toBe(committed);
    expect(stringifyFeatureCollection(buildWorld([full, low]))).toBe(built);
  }, 60_000);
});

describe('public/geo/world.geojson', () => {
  it('holds one land, one border and one seam feature', () => {
    expect(world.features.map((f) => [f.properties.kind, f.geometry.type])).toEqual([
      ['land', 'MultiPolygon'],
      ['border', 'MultiLineString'],
      ['seam', 'MultiLineString'],
    ]);
  });

  it('draws land and sea beyond the box, on every side the camera can look', () => {
    // Land: Paris, Khartoum, Bangalore, Beijing, Norilsk, Rome.
    for (const p of [[2.35, 48.85], [32.5, 15.6], [77.6, 13], [116.4, 39.9], [88.2, 69.3], [12.5, 41.9]] as [number, number][]) {
      expect(isLand(p), `${p} is land`).toBe(true);
    }
    // Sea: the Arabian Sea, the Bay of Bengal, the Mediterranean, the Norwegian and Kara Seas (Russia
    // and Fiji cross the antimeridian; drawn flat, their rings would lay a band of land round the world).
    for (const p of [[65, 12], [88, 15], [18, 34], [0, 67], [70, 75], [-5, -19]] as [number, number][]) {
      expect(isLand(p), `${p} is sea`).toBe(false);
    }
  });

  it('leaves the box to the detailed countries: no land, no border inside it', () => {
    for (const poly of land.coordinates) for (const ring of poly) for (const p of ring) expect(strictlyInBox(p), `${p}`).toBe(false);
    for (const line of borders.coordinates) for (const p of line) expect(strictlyInBox(p), `${p}`).toBe(false);
    expect(isLand([60, 45])).toBe(false);
  });

  it('reaches every side of what the camera can see (the map’s maxBounds), and not far past it', () => {
    const xs = land.coordinates.flat(2).map((p) => p[0] as number);
    const ys = land.coordinates.flat(2).map((p) => p[1] as number);
    expect(Math.min(...xs)).toBeLessThan(VIEW_BOUNDS[0]);
    expect(Math.max(...xs)).toBeGreaterThan(VIEW_BOUNDS[2]);
    // Southward it reaches as far as land does (Tasmania, Kerguelen): past them to the bound is open sea, the background.
    expect(Math.min(...ys)).toBeLessThan(-45);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(VIEW_BOUNDS[1] - 2);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(VIEW_BOUNDS[0] - 2);
    expect(Math.max(...xs)).toBeLessThanOrEqual(VIEW_BOUNDS[2] + 2);
  });

  it('runs its seam along the box’s edge only where the detailed land meets it', () => {
    const onEdge = ([x, y]: Position) => x === W || x === E || y === S || y === N;
    for (const line of seam.coordinates) for (const p of line) expect(onEdge(p), `${p}`).toBe(true);
    const covered = (x: number, y: number) =>
      seam.coordinates.some(([a, b]) => {
        const [[x0, y0], [x1, y1]] = [a as number[], b as number[]];
        return x0 === x1 ? x === x0 && y >= Math.min(y0, y1) && y <= Math.max(y0, y1) : y === y0 && x >= Math.min(x0, x1) && x <= Math.max(x0, x1);
      });
    // Land on both sides: China at the east edge, Russia at the north, India at the south, Romania at the west.
    expect(covered(E, 40)).toBe(true);
    expect(covered(60, N)).toBe(true);
    expect(covered(78, S)).toBe(true);
    expect(covered(W, 45)).toBe(true);
    // Sea: the Arabian Sea, the Bay of Bengal, the Mediterranean south of Crete, the White Sea.
    expect(covered(65, S)).toBe(false);
    expect(covered(88, S)).toBe(false);
    expect(covered(W, 33)).toBe(false);
    expect(covered(38, N)).toBe(false);
  });

  it('is small: under 7 kB gzipped, 1 decimal (about 11 km), for all the camera may see (the framing lets it look far past the region)', () => {
    expect(gzipSync(committed, { level: 6 }).length).toBeLessThan(7000);
    for (const p of [...land.coordinates.flat(2), ...borders.coordinates.flat()]) for (const c of p) expect(Math.round((c as number) * 10) / 10).toBe(c);
  });
});

describe('the world step’s pieces', () => {
  it('keeps the parts of a line inside the window and outside the box', () => {
    // From west of the box, through it, to its east: the part inside the box goes.
    expect(clipLine([[0, 40], [120, 40]], [-10, 0, 130, 80], [24, 18, 96, 64])).toEqual([
      [[0, 40], [24, 40]],
      [[96, 40], [120, 40]],
    ]);
    // Past the window: cut at its edge.
    expect(clipLine([[100, 40], [140, 40]], [-10, 0, 130, 80], [24, 18, 96, 64])).toEqual([[[100, 40], [130, 40]]]);
    // Wholly inside the box: nothing.
    expect(clipLine([[50, 40], [60, 45]], [-10, 0, 130, 80], [24, 18, 96, 64])).toEqual([]);
  });

  it('makes a ring that jumps across the antimeridian continuous', () => {
    expect(unwrapRing([[170, 60], [180, 60], [-180, 65], [-170, 65], [-170, 60]])).toEqual([[170, 60], [180, 60], [180, 65], [190, 65], [190, 60]]);
  });

  it('puts the seam only where every level of detail has land on the edge', () => {
    const square = (coords: Position[]) => ({ type: 'Feature' as const, properties: {} as never, geometry: { type: 'Polygon' as const, coordinates: [coords] } });
    const a = { type: 'FeatureCollection' as const, features: [square([[0, 0], [10, 0], [10, 6], [0, 6], [0, 0]])] } as unknown as CountryCollection;
    const b = { type: 'FeatureCollection' as const, features: [square([[0, 2], [10, 2], [10, 8], [0, 8], [0, 2]])] } as unknown as CountryCollection;
    expect(seamLines([a, b], [0, -5, 10, 20])).toEqual([
      [[0, 2], [0, 6]],
      [[10, 2], [10, 6]],
    ]);
  });
});
