// The committed files in public/geo: well-formed GeoJSON, the states and routes the app relies
// on, sea legs on water, and the whole of it within the 150 KB gzip budget.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { PlaceDetails, PlaceProps, RouteLegProps, RouteMeta } from '../../data/types';
import type { CountryCollection } from '../../scripts/geo/countries';
import { GEO_BBOX } from '../../data/bbox';
import { CountryIndex, sampleLeg } from '../../scripts/geo/geometry';
import { formatError, lengthMismatches, validateFeatureCollection } from '../../scripts/geo/validate';

const dir = resolve(__dirname, '../../public/geo');
const read = (f: string) => readFileSync(resolve(dir, f), 'utf8');
const countries = JSON.parse(read('countries.geojson')) as CountryCollection;
const placeFc = JSON.parse(read('places.geojson')) as FeatureCollection<Point, PlaceProps>;
const legs = JSON.parse(read('routes.geojson')) as FeatureCollection<LineString, RouteLegProps>;
const meta = JSON.parse(read('routes.json')) as RouteMeta[];
const details = JSON.parse(readFileSync(resolve(__dirname, '../../src/data/place-details.json'), 'utf8')) as Record<string, PlaceDetails>;
/** The routes that stop at a place, as its panel lists them. */
const routesThrough = (id: string) => meta.filter((r) => r.nodes.includes(id)).map((r) => r.id);
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
    // A dot is a stop on a route (or a capital): a station of a line no route runs over is not drawn.
    for (const f of placeFc.features) expect(f.properties.kind === 'capital' || routesThrough(f.properties.id).length > 0, f.properties.id).toBe(true);
    // The first view draws only these: what a panel adds loads with the panel (src/data/place-details.json).
    for (const f of placeFc.features) expect(Object.keys(f.properties).sort(), f.properties.id).toEqual(['country', 'id', 'kind', 'name']);
    expect(Object.keys(details).sort()).toEqual(placeFc.features.map((f) => f.properties.id).sort());
  });

  it('puts each of the five capitals inside its state', () => {
    const capitals = placeFc.features.filter((f) => f.properties.kind === 'capital');
    expect(capitals.map((f) => f.properties.id).sort()).toEqual(['ashgabat', 'astana', 'bishkek', 'dushanbe', 'tashkent']);
    for (const c of capitals) expect(index.at(c.geometry.coordinates), c.properties.id).toBe(c.properties.country);
  });

  it('says where each coordinate comes from: a GeoNames id or a cited source', () => {
    for (const f of placeFc.features) {
      const { geonameId, coordSource } = details[f.properties.id] as PlaceDetails;
      expect(geonameId === null ? coordSource !== null : coordSource === null, f.properties.id).toBe(true);
      if (coordSource) expect(coordSource.url, f.properties.id).toMatch(/^https?:\/\//);
    }
  });

  it('lists the routes through each place', () => {
    expect(routesThrough('alat')).toEqual(
      expect.arrayContaining(['middle-corridor-core', 'middle-corridor-kuryk', 'baku-tbilisi-kars', 'middle-corridor-turkmen-branch']),
    );
  });
});

describe('public/geo/routes.geojson and routes.json', () => {
  it('are valid: one line per leg from place to place, in the order routes.json lists the legs', () => {
    const legId = (f: { properties: unknown }) => {
      const p = f.properties as RouteLegProps;
      return `${p.route}#${p.leg}`;
    };
    expect(validateFeatureCollection('routes', legs, legId).map(formatError)).toEqual([]);
    const expected = meta.flatMap((r) => (r.legs ?? []).map((_, i) => `${r.id}#${i}`));
    expect(legs.features.map(legId)).toEqual(expected);
    for (const f of legs.features) {
      const leg = meta.find((r) => r.id === f.properties.route)?.legs?.[f.properties.leg];
      expect(f.properties.mode).toBe(leg?.mode);
      // Quantised to 4 decimals: the file is in the first load.
      for (const c of f.geometry.coordinates) for (const x of c) expect(Math.round(x * 1e4) / 1e4).toBe(x);
    }
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
      expect(r.service.length, r.id).toBeGreaterThan(0);
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
    for (const f of legs.features) {
      if (f.properties.mode !== 'sea') continue;
      const line = f.geometry.coordinates;
      for (let k = 0; k + 1 < line.length; k++) {
        // The first and last vertices are ports (harbours lie in land polygons); the others are waypoints at sea.
        const skipA = k === 0 ? 10 : 0;
        const skipB = k + 2 === line.length ? 10 : 0;
        for (const s of sampleLeg(line[k] as number[], line[k + 1] as number[], 2)) {
          if (s.fromStartKm < skipA || s.toEndKm < skipB) continue;
          expect(index.at(s.coord), `${f.properties.route} leg ${f.properties.leg} at ${s.coord.join(',')}`).toBeNull();
        }
      }
    }
  });

  it('give each route its legs in order, with km, states and border crossings', () => {
    for (const r of meta) {
      const rl = r.legs ?? [];
      expect(rl.length, r.id).toBeGreaterThan(0);
      expect(rl[0]?.from, r.id).toBe(r.nodes[0]);
      expect(rl.at(-1)?.to, r.id).toBe(r.nodes.at(-1));
      rl.forEach((l, i) => {
        if (i > 0) expect(l.from, `${r.id} leg ${i}`).toBe(rl[i - 1]?.to);
        expect(l.km).toBeGreaterThan(0);
        expect(l.countries.length).toBeGreaterThan(0);
        expect(l.crossesBorder).toBe(l.countries.length > 1);
      });
    }
    const bt = meta.find((r) => r.id === 'baku-tbilisi-kars')!;
    expect(bt.legs?.filter((l) => l.crossesBorder).map((l) => `${l.from}→${l.to}`)).toEqual(['aghstafa→gardabani', 'akhalkalaki→kars']);
    expect(meta.find((r) => r.id === 'middle-corridor-southern-branch')?.legs?.find((l) => l.from === 'osh')?.mode).toBe('rail');
  });

  it('show a published length beside the drawn one, and differ by more than 15% only with a reason in the data', () => {
    expect(lengthMismatches(meta)).toEqual([]);
    const bt = meta.find((r) => r.id === 'baku-tbilisi-kars')!;
    expect(bt.publishedLength?.km).toBe(826);
    expect(bt.publishedLength?.source.url).toMatch(/wikipedia\.org\/wiki\//);
    const ta = meta.find((r) => r.id === 'trans-afghan-railway')!;
    expect(ta.publishedLength?.km).toBe(760);
    expect(ta.lengthReason?.en).toMatch(/not public/);
  });

  it('leave the existing Tajik grid out of CASA-1000’s length and show its two lines as published', () => {
    const casa = meta.find((r) => r.id === 'casa-1000')!;
    const sections = casa.sections ?? [];
    expect(sections.map((s) => [s.name.en, s.publishedKm, s.existing])).toEqual([
      ['Datka – Sughd 500 kV AC line', 485, false],
      ['Existing Tajik grid', null, true],
      ['Sangtuda – Nowshera HVDC line', 750, false],
    ]);
    const counted = sections.filter((s) => !s.existing).reduce((sum, s) => sum + s.drawnKm, 0);
    expect(Math.abs(casa.lengthKm - counted)).toBeLessThanOrEqual(5);
  });

  it('mark the routes the declaration does not name, and only those', () => {
    const unnamed = meta.filter((r) => r.named === false).map((r) => r.id);
    expect(unnamed.sort()).toEqual(['china-kyrgyzstan-uzbekistan', 'china-kyrgyzstan-uzbekistan-railway', 'kazakhstan-turkmenistan-iran']);
    for (const r of meta) expect(r.namedNote === null, r.id).toBe(r.named !== false);
    for (const f of legs.features) expect(f.properties.named).toBe(!unnamed.includes(f.properties.route));
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
  }, 60_000);
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
