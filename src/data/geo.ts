// Loads the generated files in public/geo and checks their shape, so a missing or broken file is
// named to the user instead of silently drawing nothing. When each loads is src/data/loader.ts's call.
import { isProse } from '../../data/lang';
import { nameOf, type NameLayer } from '../i18n/names';
import { mapFileUrl } from '../map/glyphs';
import type { FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CountryProps, PlaceProps, RouteLegProps, RouteMeta, WaterFile } from '../../data/types';

export interface GeoData {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  places: FeatureCollection<Point, PlaceProps>;
  routes: FeatureCollection<LineString, RouteLegProps>;
  routeMeta: RouteMeta[];
  /** Rivers, lakes, glaciers and landform names for the first view (Natural Earth). */
  physical: FeatureCollection<Geometry>;
}

export { GEO_FILES, FIRST_VIEW } from './geo-files';
import { GEO_FILES } from './geo-files';

export interface GeoLoadError {
  file: string;
  message: string;
}

/** Lookups by id over the loaded geography, built once when it arrives. */
export interface GeoIndex {
  countries: ReadonlyMap<string, CountryProps>;
  routes: ReadonlyMap<string, RouteMeta>;
  places: ReadonlyMap<string, PlaceProps>;
  /** A route's position in routes.json: where ferry lines overlap, the first listed wins a click. */
  routeRank: ReadonlyMap<string, number>;
}


export interface GeoLoad {
  /** Files not asked for yet (see FIRST_VIEW); empty or absent once everything has been tried. */
  pending?: (keyof GeoData)[];
  data: Partial<GeoData>;
  errors: GeoLoadError[];
  index: GeoIndex;
}

/**
 * A feature's properties whose `name` is read in the reader's language at each access (its sourced
 * name, else the data's English), so every panel, list and summary that names a state or a place
 * follows the language without knowing of it. A copy: the data's own properties, which the links
 * match against the declaration's English, keep the English name.
 */
function named<P extends { id: string; name: string }>(layer: NameLayer, p: P): P {
  return Object.defineProperty({ ...p }, 'name', { enumerable: true, get: () => nameOf(layer, p.id, p.name) });
}

export function indexGeo(data: Partial<GeoData>): GeoIndex {
  const routes = data.routeMeta ?? [];
  return {
    countries: new Map((data.countries?.features ?? []).map((f) => [f.properties.id, named('countries', f.properties)])),
    routes: new Map(routes.map((r) => [r.id, r])),
    places: new Map((data.places?.features ?? []).map((f) => [f.properties.id, named('places', f.properties)])),
    routeRank: new Map(routes.map((r, i) => [r.id, i])),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parts the app relies on; returns a reason, or null when the value is usable. */
export function checkGeo(key: keyof GeoData, value: unknown): string | null {
  if (key === 'routeMeta') {
    if (!Array.isArray(value)) return 'is not a list of routes';
    const bad = value.findIndex((r) => !isRecord(r) || typeof r.id !== 'string' || !isProse(r.name) || !Array.isArray(r.nodes));
    return bad >= 0 ? `route ${bad + 1} lacks an id, a name or its nodes` : null;
  }
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return 'is not a GeoJSON FeatureCollection';
  }
  const want = key === 'places' ? 'Point' : key === 'routes' ? 'LineString' : key === 'physical' ? null : 'Polygon';
  for (const [i, f] of (value.features as unknown[]).entries()) {
    if (!isRecord(f) || !isRecord(f.geometry) || !isRecord(f.properties)) return `feature ${i + 1} has no geometry or properties`;
    const type = f.geometry.type;
    const ok = want === null || type === want || (want === 'Polygon' && type === 'MultiPolygon');
    if (!ok || !Array.isArray(f.geometry.coordinates)) return `feature ${i + 1} is not a ${want}`;
    // Country names are written at the point the geo build computed; a file without it predates that build.
    if (key === 'countries') {
      const l = f.properties.label;
      if (!Array.isArray(l) || l.length !== 2 || !l.every((x) => typeof x === 'number' && Number.isFinite(x))) return `feature ${i + 1} has no label point`;
    }
  }
  if (value.features.length === 0) return 'has no features';
  return null;
}

async function loadOne(base: string, key: keyof GeoData, fetchImpl: typeof fetch): Promise<unknown> {
  const value = await fetchJson(`${base}${GEO_FILES[key]}`, fetchImpl);
  const reason = checkGeo(key, value);
  if (reason) throw new Error(reason);
  return value;
}

/** Fetches and parses one file; the error says what went wrong in words a reader can act on. */
async function fetchJson(url: string, fetchImpl: typeof fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch {
    throw new Error('could not be reached');
  }
  if (!res.ok) throw new Error(`answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  let value: unknown;
  try {
    value = JSON.parse(await res.text());
  } catch {
    throw new Error('is not valid JSON (empty or truncated?)');
  }
  return value;
}

/** The files fetched after the first view, each when first wanted (see src/data/loader.ts). */
export interface DetailFiles {
  /** The boundaries at full detail (same states, ids and properties as the first view's). */
  fullCountries(): Promise<string>;
  /** The physical layers' detail (small rivers, peaks, full glaciers), for zoom 6 and closer. */
  physicalDetail(): Promise<string>;
  /** The world beyond the detailed box, at low detail: land, borders and the seam along the box. */
  world(): Promise<string>;
  /** Rivers and lakes with the states they cross or border, for a water panel. */
  water(): Promise<WaterFile>;
}

/**
 * Each file is loaded once, when first wanted; a failure may be tried again later. Files for
 * MapLibre's worker are fetched and checked here, so a broken file is named in words, then handed
 * over as their URL (`toUrl`; the worker fetches them again from the cache): the parsed copy is dropped.
 */
export function detailFiles(base = 'geo/', fetchImpl: typeof fetch = fetch, toUrl: (path: string) => string = mapFileUrl): DetailFiles {
  const memo = new Map<string, Promise<unknown>>();
  /** `keep` is what is remembered of a good file: the parsed value, or less. */
  function once<T>(url: string, check: (v: unknown) => string | null, keep: (v: unknown) => T = (v) => v as T): Promise<T> {
    let p = memo.get(url) as Promise<T> | undefined;
    if (!p) {
      p = fetchJson(url, fetchImpl).then((v) => {
        const reason = check(v);
        if (reason) throw new Error(reason);
        return keep(v);
      });
      p.catch(() => memo.delete(url));
      memo.set(url, p);
    }
    return p;
  }
  const checkedUrl = (url: string, check: (v: unknown) => string | null) => once(url, check, () => toUrl(url));
  return {
    fullCountries: () => checkedUrl(`${base}countries.geojson`, (v) => checkGeo('countries', v)),
    physicalDetail: () => checkedUrl(`${base}physical-detail.geojson`, (v) => checkGeo('physical', v)),
    // Checked as the physical file is: a FeatureCollection of any geometry, each feature with properties.
    world: () => checkedUrl(`${base}world.geojson`, (v) => checkGeo('physical', v)),
    water: () =>
      once(`${base}water.json`, (v) => (isRecord(v) && Array.isArray(v.water) && Array.isArray(v.declarationWater) ? null : 'is not a list of rivers and lakes')),
  };
}

/** Fetches every file in parallel; each failure is reported on its own and the rest still load. */
export async function loadGeo(base = 'geo/', fetchImpl: typeof fetch = fetch, only?: readonly (keyof GeoData)[]): Promise<GeoLoad> {
  const all = Object.keys(GEO_FILES) as (keyof GeoData)[];
  const keys = only ? all.filter((k) => only.includes(k)) : all;
  const settled = await Promise.allSettled(keys.map((k) => loadOne(base, k, fetchImpl)));
  const data: Partial<GeoData> = {};
  const errors: GeoLoadError[] = [];
  settled.forEach((s, i) => {
    const key = keys[i];
    if (s.status === 'fulfilled') (data as Record<string, unknown>)[key] = s.value;
    else errors.push({ file: GEO_FILES[key], message: (s.reason as Error).message });
  });
  return { data, errors, index: indexGeo(data), pending: all.filter((k) => !keys.includes(k)) };
}

/** The files the first view left out, added to what it loaded; the same object when none are left. */
export async function loadRest(g: GeoLoad, base = 'geo/', fetchImpl: typeof fetch = fetch): Promise<GeoLoad> {
  if (!g.pending?.length) return g;
  const more = await loadGeo(base, fetchImpl, g.pending);
  const data = { ...g.data, ...more.data };
  return { data, errors: [...g.errors, ...more.errors], index: indexGeo(data), pending: [] };
}
