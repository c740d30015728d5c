// The first view's boundaries (public/geo/countries-low.geojson) against the full-detail file: the
// same states with the same properties, so the map can swap one for the other under the same
// feature ids, coarse enough to be small, and still a partition: neighbours share their borders
// edge for edge, with neither gaps nor overlaps between them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { area, featureCollection, intersect, union } from '@turf/turf';
import type { CountryCollection, CountryFeature } from '../../scripts/geo/countries';
import { LOW_COUNTRY_OPTIONS } from '../../scripts/geo/countries';
import { C5, type CountryProps } from '../../data/types';
import { GEO_BBOX } from '../../data/bbox';
import { formatError, REQUIRED_COUNTRIES, validateFeatureCollection } from '../../scripts/geo/validate';

const dir = resolve(__dirname, '../../public/geo');
const read = (f: string) => readFileSync(resolve(dir, f));
const full = JSON.parse(read('countries.geojson').toString()) as CountryCollection;
const low = JSON.parse(read('countries-low.geojson').toString()) as CountryCollection;
const fullById = new Map(full.features.map((f) => [f.properties.id, f]));
const lowById = new Map(low.features.map((f) => [f.properties.id, f]));

const rings = (f: CountryFeature): Position[][] => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat());
const key = (p: Position) => `${p[0]},${p[1]}`;
const edges = (f: CountryFeature) => {
  const out = new Set<string>();
  for (const r of rings(f)) for (let i = 1; i < r.length; i++) out.add(`${key(r[i - 1] as Position)}|${key(r[i] as Position)}`);
  return out;
};

describe('public/geo/countries-low.geojson', () => {
  it('is valid GeoJSON with unique ids', () => {
    expect(validateFeatureCollection('countries-low', low, (f) => String((f.properties as { id: string }).id)).map(formatError)).toEqual([]);
  });

  it('holds the states of the full file with the same properties, in the same order', () => {
    // The same, but for the neighbours, which the first view lists among the five only (what the content reads).
    const c5Only = (p: CountryProps) => ({ ...p, neighbours: p.neighbours.filter((n) => (C5 as readonly string[]).includes(n)) });
    for (const f of low.features) expect(f.properties, f.properties.id).toEqual(c5Only(fullById.get(f.properties.id)!.properties));
    const lowIds = low.features.map((f) => f.properties.id);
    expect(lowIds).toEqual(full.features.map((f) => f.properties.id).filter((id) => lowById.has(id)));
    for (const id of REQUIRED_COUNTRIES) expect(lowById.has(id), id).toBe(true);
  });

  it('leaves out only states under a pixel at zoom 5 (clipping slivers)', () => {
    const PX_Z5 = 360 / (256 * 32); // degrees per pixel at the equator
    for (const f of full.features.filter((g) => !lowById.has(g.properties.id))) {
      const xs = rings(f).flat().map((p) => p[0] as number);
      const ys = rings(f).flat().map((p) => p[1] as number);
      expect(Math.max(...xs) - Math.min(...xs), f.properties.id).toBeLessThan(PX_Z5);
      expect(Math.max(...ys) - Math.min(...ys), f.properties.id).toBeLessThan(PX_Z5);
    }
  });

  it('is quantized to what zoom 5 shows', () => {
    const dec = LOW_COUNTRY_OPTIONS.decimals;
    for (const f of low.features) for (const p of rings(f).flat()) for (const c of p) expect(Math.round(c * 10 ** dec) / 10 ** dec).toBe(c);
  });

  it('is at most 35 kB gzipped, a quarter of the full file or less', () => {
    const gz = gzipSync(read('countries-low.geojson')).length;
    expect(gz).toBeLessThanOrEqual(35_000);
    expect(gz).toBeLessThan(gzipSync(read('countries.geojson')).length / 3.5);
  });

  it('keeps neighbouring borders identical, edge for edge: no gaps between states', () => {
    // The states the map is about and their context; the Cypriot enclaves and buffer zone already
    // meet loosely in the full file, and edges along the bbox are cuts, not borders.
    const [w, s, e, nn] = GEO_BBOX;
    const onBox = (p: string, q: string) => {
      const [px, py] = p.split(',').map(Number) as [number, number];
      const [qx, qy] = q.split(',').map(Number) as [number, number];
      return (px === qx && (px === w || px === e)) || (py === qy && (py === s || py === nn));
    };
    for (const a of low.features.filter((f) => REQUIRED_COUNTRIES.includes(f.properties.id))) {
      const aVerts = new Set(rings(a).flat().map(key));
      for (const n of fullById.get(a.properties.id)!.properties.neighbours) {
        const b = lowById.get(n);
        if (!b) continue;
        const bEdges = edges(b);
        const bVerts = new Set(rings(b).flat().map(key));
        let shared = 0;
        const astray: string[] = [];
        for (const e of edges(a)) {
          const [p, q] = e.split('|') as [string, string];
          if (!bVerts.has(p) || !bVerts.has(q)) continue;
          // An edge of A between two vertices of B must be B's edge too, walked the other way.
          if (bEdges.has(`${q}|${p}`)) shared++;
          else if (!onBox(p, q)) astray.push(e);
        }
        expect(astray, `${a.properties.id}–${n}`).toEqual([]);
        // Neighbours that touch in only one point (a tripoint after the cut) share no edge.
        const touchingVerts = [...aVerts].filter((v) => bVerts.has(v)).length;
        if (touchingVerts > 1) expect(shared, `${a.properties.id}–${n}`).toBeGreaterThan(0);
      }
    }
  });

  it('has no overlaps and no gaps between the five states and their neighbours', () => {
    // A ring's signature: its vertices, wherever it starts and whichever way it runs.
    const sig = (r: Position[]) => [...new Set(r.map(key))].sort().join(' ');
    const holeSigs = (f: { geometry: CountryFeature['geometry'] }) =>
      (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((p) => p.slice(1).map(sig));
    // Normalised as the union is, so a coast pinched shut by rounding shows on both sides.
    const alone = (f: CountryFeature) => holeSigs(union(featureCollection([f, f])) as CountryFeature);
    for (const id of C5) {
      const a = lowById.get(id) as CountryFeature;
      for (const n of fullById.get(a.properties.id)!.properties.neighbours) {
        const b = lowById.get(n);
        if (!b) continue;
        const overlap = intersect(featureCollection([a, b]));
        expect(overlap ? area(overlap) / 1e6 : 0, `km² of ${id} ∩ ${n}`).toBeLessThan(1);
        // A gap closed at both ends is a hole in the union that is neither state's own hole (an
        // enclave of one inside the other is filled by the union, so holes may only go).
        const own = new Set([...alone(a), ...alone(b)]);
        const gaps = holeSigs(union(featureCollection([a, b])) as CountryFeature).filter((h) => !own.has(h));
        expect(gaps, `${id} ∪ ${n}`).toEqual([]);
      }
    }
  }, 120_000);
});
