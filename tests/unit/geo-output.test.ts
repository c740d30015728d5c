// The committed files in public/geo: well-formed GeoJSON, the states and routes the app relies
// on, sea legs on water, and the whole of it within the 150 KB gzip budget.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { PlaceProps, RouteLegProps, RouteMeta } from '../../data/types';
import { places } from '../../data/places';
import { routes } from '../../data/routes';
import type { CountryCollection } from '../../scripts/geo/countries';
import { GEO_BBOX } from '../../data/bbox';
import { CountryIndex, sampleLeg } from '../../scripts/geo/geometry';
import { formatError, validateFeatureCollection } from '../../scripts/geo/validate';

const dir = resolve(__dirname, '../../public/geo');
const read = (f: string) => readFileSync(resolve(dir, f), 'utf8');
const countries = JSON.parse(read('countries.geojson')) as CountryCollection;
const placeFc = JSON.parse(read('places.geojson')) as FeatureCollection<Point, PlaceProps>;
const legs = JSON.parse(read('routes.geojson')) as FeatureCollection<LineString, RouteLegProps>;
const meta = JSON.parse(read('routes.json')) as RouteMeta[];
const index = new CountryIndex(countries.features);
const byId = new Map(countries.features.map((f) => [f.properties.id, f]));
const propId = (f: { properties: unknown }) => String((f.properties as { id: string }).id);

describe('public/geo/countries.geojson', () => {
  it('is valid GeoJSON: closed rings, right-hand rule, coordinates in range, unique ids', () => {
    expect(validateFeatureCollection('countries', countries, propId).map(formatError)).toEqual([]);
  });

  it('has the five states under their ISO 3166-1 alpha-3 ids, flagged c5', () => {
    const c5 = countries.features.filter((f) => f.properties.c5).map((f) => f.properties.id);
    expect(c5).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(byId.get('KAZ')?.properties.name).toBe('Kazakhstan');
  });

  it('keeps the context around them', () => {
    for (const id of ['RUS', 'CHN', 'MNG', 'AFG', 'PAK', 'IND', 'IRN', 'AZE', 'GEO', 'ARM', 'TUR']) expect(byId.has(id), id).toBe(true);
    expect(byId.get('TUR')?.properties.name).toBe('Türkiye');
  });

  it('has no Baikonur hole in Kazakhstan', () => {
    expect(index.at([63.3, 45.6])).toBe('KAZ');
    expect(countries.features.some((f) => f.properties.name === 'Baikonur')).toBe(false);
  });

  it('leaves the Caspian as water', () => {
    expect(index.at([50.5, 42.0])).toBeNull();
    expect(index.at([51.0, 39.5])).toBeNull();
  });

  it('computes land neighbours from the geometry', () => {
    const afg = byId.get('AFG')?.properties.neighbours ?? [];
    expect(afg).toEqual(expect.arrayContaining(['TKM', 'UZB', 'TJK', 'IRN', 'PAK', 'CHN']));
    expect(afg).not.toContain('KAZ');
    expect(afg).not.toContain('KGZ');
    // Symmetric: if A lists B, B lists A.
    for (const f of countries.features) {
      for (const n of f.properties.neighbours) expect(byId.get(n)?.properties.neighbours, `${n} ↔ ${f.properties.id}`).toContain(f.properties.id);
    }
  });
});

describe('public/geo/places.geojson', () => {
  it('is valid, with unique ids and no waypoints', () => {
    expect(validateFeatureCollection('places', placeFc, propId).map(formatError)).toEqual([]);
    expect(placeFc.features.some((f) => (f.properties.kind as string) === 'waypoint')).toBe(false);
  });

  it('puts each of the five capitals inside its state', () => {
    const capitals = placeFc.features.filter((f) => f.properties.kind === 'capital');
    expect(capitals.map((f) => f.properties.id).sort()).toEqual(['ashgabat', 'astana', 'bishkek', 'dushanbe', 'tashkent']);
    for (const c of capitals) expect(index.at(c.geometry.coordinates), c.properties.id).toBe(c.properties.country);
  });

  it('says where each coordinate comes from: a GeoNames id or a cited source', () => {
    for (const f of placeFc.features) {
      const { geonameId, coordSource } = f.properties;
      expect(geonameId === null ? coordSource !== null : coordSource === null, f.properties.id).toBe(true);
      if (coordSource) expect(JSON.parse(coordSource).url, f.properties.id).toMatch(/^https:\/\//);
    }
  });

  it('lists the routes through each place', () => {
    const alat = placeFc.features.find((f) => f.properties.id === 'alat');
    expect(JSON.parse(alat?.properties.routes ?? '[]')).toEqual(
      expect.arrayContaining(['middle-corridor-core', 'middle-corridor-kuryk', 'baku-tbilisi-kars', 'middle-corridor-turkmen-branch']),
    );
  });
});

describe('public/geo/routes.geojson and routes.json', () => {
  it('are valid: one line per leg, in route then leg order', () => {
    const legId = (f: { properties: unknown }) => {
      const p = f.properties as RouteLegProps;
      return `${p.route}#${p.leg}`;
    };
    expect(validateFeatureCollection('routes', legs, legId).map(formatError)).toEqual([]);
    const expected = routes.flatMap((r) => r.modes.map((_, i) => `${r.id}#${i}`));
    expect(legs.features.map(legId)).toEqual(expected);
  });

  it('keep the route ids the app and content use', () => {
    expect(meta.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'middle-corridor-core', 'middle-corridor-khorgos', 'middle-corridor-kuryk', 'middle-corridor-batumi', 'baku-tbilisi-kars',
        'middle-corridor-turkmen-branch', 'middle-corridor-southern-branch', 'termez-mazar-railway', 'trans-afghan-railway',
        'casa-1000', 'tapi-pipeline',
      ]),
    );
  });

  it('summarise each route: nodes without waypoints, a length, the states crossed, sources', () => {
    const knownPlaces = new Set(placeFc.features.map((f) => f.properties.id));
    for (const r of meta) {
      for (const n of r.nodes) expect(knownPlaces.has(n), `${r.id}: ${n}`).toBe(true);
      expect(r.lengthKm % 5, r.id).toBe(0);
      expect(r.lengthKm, r.id).toBeGreaterThan(0);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(r.statusAsOf).toBe('2023-09');
    }
    const route = (id: string) => meta.find((r) => r.id === id) as RouteMeta;
    expect(route('middle-corridor-core').countries).toEqual(['KAZ', 'AZE', 'GEO']);
    expect(route('baku-tbilisi-kars').countries).toEqual(['AZE', 'GEO', 'TUR']);
    expect(route('tapi-pipeline').countries).toEqual(['TKM', 'AFG', 'PAK', 'IND']);
    expect(route('casa-1000').countries).toEqual(['KGZ', 'TJK', 'AFG', 'PAK']);
    expect(route('casa-1000').nodes[0]).toBe('datka');
    expect(route('casa-1000').nodes.at(-1)).toBe('nowshera');
    expect(route('trans-afghan-railway').countries).toEqual(['UZB', 'AFG', 'PAK']);
    expect(route('trans-afghan-railway').nodes.at(-1)).toBe('parachinar');
    expect(route('middle-corridor-southern-branch').countries).toEqual(['CHN', 'KGZ', 'UZB', 'TKM']);
    expect(route('middle-corridor-kuryk').countries).toEqual(['KAZ', 'AZE']);
    expect(route('middle-corridor-core').modes).toEqual(['rail', 'sea']);
  });

  it('draw sea legs on water, away from the ports', () => {
    const placeAt = new Map(places.map((p) => [p.id, p]));
    for (const r of routes) {
      r.modes.forEach((m, i) => {
        if (m !== 'sea') return;
        const line = legs.features.find((f) => f.properties.route === r.id && f.properties.leg === i)?.geometry.coordinates ?? [];
        const [a, b] = line as [number[], number[]];
        const skipA = placeAt.get(r.nodes[i] as string)?.kind === 'waypoint' ? 0 : 10;
        const skipB = placeAt.get(r.nodes[i + 1] as string)?.kind === 'waypoint' ? 0 : 10;
        for (const s of sampleLeg(a, b, 2)) {
          if (s.fromStartKm < skipA || s.toEndKm < skipB) continue;
          expect(index.at(s.coord), `${r.id} leg ${i} at ${s.coord.join(',')}`).toBeNull();
        }
      });
    }
  });
});

describe('the basemap extent', () => {
  it('covers data/bbox.ts (GEO_BBOX): polygons reach its north and east edges, none pass them', () => {
    const [w, s, e, n] = GEO_BBOX;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    for (const f of countries.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat()) {
        for (const [lon, lat] of ring as [number, number][]) {
          expect(lon).toBeGreaterThanOrEqual(w);
          expect(lon).toBeLessThanOrEqual(e);
          expect(lat).toBeGreaterThanOrEqual(s);
          expect(lat).toBeLessThanOrEqual(n);
          maxLon = Math.max(maxLon, lon);
          maxLat = Math.max(maxLat, lat);
        }
      }
    }
    expect(maxLon).toBe(e);
    expect(maxLat).toBe(n);
    expect(index.at([80, 63])).toBe('RUS');
    expect(index.at([94, 50])).toBe('MNG');
  });
});

describe('public/geo size', () => {
  it('stays within 150 KB gzipped for the first view (full-detail boundaries load after it)', () => {
    const total = ['countries-low.geojson', 'places.geojson', 'routes.geojson', 'routes.json'].reduce(
      (sum, f) => sum + gzipSync(readFileSync(resolve(dir, f))).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(150_000);
  });
});
