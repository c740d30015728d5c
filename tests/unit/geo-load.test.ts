import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGeo, FIRST_VIEW, GEO_FILES, loadGeo, loadRest } from '../../src/data/geo';

const fc = (type: string, properties: Record<string, unknown> = type.endsWith('Polygon') ? { label: [60, 45] } : {}) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties, geometry: { type, coordinates: [] } }],
});

function fakeFetch(files: Record<string, { status?: number; body: string } | 'offline'>): typeof fetch {
  return (async (url: string) => {
    const name = String(url).split('/').pop()!;
    const f = files[name];
    if (f === 'offline') throw new TypeError('Failed to fetch');
    if (!f) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(f.body, { status: f.status ?? 200 });
  }) as typeof fetch;
}

describe('loading the map data', () => {
  it('accepts the shapes the app relies on and names what is wrong otherwise', () => {
    expect(checkGeo('countries', fc('MultiPolygon'))).toBeNull();
    expect(checkGeo('countries', fc('MultiPolygon', {}))).toBe('feature 1 has no label point');
    expect(checkGeo('places', fc('Point'))).toBeNull();
    expect(checkGeo('routes', fc('Point'))).toBe('feature 1 is not a LineString');
    expect(checkGeo('countries', { type: 'Feature' })).toBe('is not a GeoJSON FeatureCollection');
    expect(checkGeo('places', { type: 'FeatureCollection', features: [] })).toBe('has no features');
    expect(checkGeo('routeMeta', [{ id: 'a', name: { en: 'A' }, nodes: [] }])).toBeNull();
    expect(checkGeo('routeMeta', [{ id: 'a' }])).toBe('route 1 lacks an id, a name or its nodes');
  });

  it('reports each broken file on its own and keeps the ones that loaded', async () => {
    const g = await loadGeo('geo/', fakeFetch({
      'countries-low.geojson': { body: JSON.stringify(fc('Polygon')) },
      'places.geojson': { body: '{"type":"FeatureCollection","feat' },
      'routes.geojson': 'offline',
    }));
    expect(Object.keys(g.data)).toEqual(['countries']);
    expect(g.errors).toEqual([
      { file: 'places.geojson', message: 'is not valid JSON (empty or truncated?)' },
      { file: 'routes.geojson', message: 'could not be reached' },
      { file: 'routes.json', message: 'answered 404 Not Found' },
      { file: 'physical.geojson', message: 'answered 404 Not Found' },
    ]);
  });

  it("loads the first view without the routes' metadata, then the rest with its own errors", async () => {
    const files = {
      'countries-low.geojson': { body: JSON.stringify(fc('Polygon')) },
      'places.geojson': { body: JSON.stringify(fc('Point')) },
      'routes.geojson': { body: JSON.stringify(fc('LineString')) },
      'physical.geojson': { body: JSON.stringify(fc('Point')) },
    };
    const first = await loadGeo('geo/', fakeFetch({ ...files, 'routes.json': { body: JSON.stringify([{ id: 'a', name: { en: 'A' }, nodes: [] }]) } }), FIRST_VIEW);
    expect(Object.keys(first.data).sort()).toEqual(['countries', 'physical', 'places', 'routes']);
    expect(first.pending).toEqual(['routeMeta']);
    expect(first.index.routes.size).toBe(0);
    const all = await loadRest(first, 'geo/', fakeFetch({ 'routes.json': { body: JSON.stringify([{ id: 'a', name: { en: 'A' }, nodes: [] }]) } }));
    expect(all.pending).toEqual([]);
    expect(all.data.countries).toBe(first.data.countries);
    expect(all.index.routes.get('a')?.name.en).toBe('A');
    expect(await loadRest(all)).toBe(all);
    const broken = await loadRest(first, 'geo/', fakeFetch({}));
    expect(broken.errors).toEqual([{ file: 'routes.json', message: 'answered 404 Not Found' }]);
    expect(broken.pending).toEqual([]);
  });

  // The broken-data matrix, once browser tests (20 page loads): each file the first view loads,
  // broken each way a server breaks it, on the real data. The app's alert and the rest still
  // working are checked in tests/components/robust.test.tsx; the real map once per file in e2e.
  const BREAKS = {
    '404': { reply: { status: 404, body: 'not found' }, message: /^answered 404/ },
    empty: { reply: { body: '' }, message: /^is not valid JSON/ },
    truncated: { reply: { body: '{"type":"FeatureCollection","features":[{"type":"Feat' }, message: /^is not valid JSON/ },
    'not GeoJSON': { reply: { body: '{"hello":"world"}' }, message: /^is not (a GeoJSON FeatureCollection|a list of routes)$/ },
  } as const;
  const real = Object.fromEntries(Object.values(GEO_FILES).map((f) => [f, { body: readFileSync(`public/geo/${f}`, 'utf8') }]));
  for (const [key, file] of Object.entries(GEO_FILES)) {
    it(`names ${file} alone when it is broken (404, empty, truncated, not GeoJSON), and keeps the other files`, async () => {
      for (const [how, b] of Object.entries(BREAKS)) {
        const g = await loadGeo('geo/', fakeFetch({ ...real, [file]: b.reply }));
        expect(g.errors.map((e) => e.file), `${file} ${how}`).toEqual([file]);
        expect(g.errors[0].message, `${file} ${how}`).toMatch(b.message);
        expect(Object.keys(g.data).sort(), `${file} ${how}`).toEqual(Object.keys(GEO_FILES).filter((k) => k !== key).sort());
      }
    });
  }
});
