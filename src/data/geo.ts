// Loads the generated files in public/geo and checks their shape, so a missing or broken file is
// named to the user instead of silently drawing nothing.
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CountryProps, PlaceProps, RouteLegProps, RouteMeta } from '../../data/types';

export interface GeoData {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  places: FeatureCollection<Point, PlaceProps>;
  routes: FeatureCollection<LineString, RouteLegProps>;
  routeMeta: RouteMeta[];
}

const GEO_FILES = {
  countries: 'countries.geojson',
  places: 'places.geojson',
  routes: 'routes.geojson',
  routeMeta: 'routes.json',
} as const satisfies Record<keyof GeoData, string>;

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
  data: Partial<GeoData>;
  errors: GeoLoadError[];
  index: GeoIndex;
}

export function indexGeo(data: Partial<GeoData>): GeoIndex {
  const routes = data.routeMeta ?? [];
  return {
    countries: new Map((data.countries?.features ?? []).map((f) => [f.properties.id, f.properties])),
    routes: new Map(routes.map((r) => [r.id, r])),
    places: new Map((data.places?.features ?? []).map((f) => [f.properties.id, f.properties])),
    routeRank: new Map(routes.map((r, i) => [r.id, i])),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parts the app relies on; returns a reason, or null when the value is usable. */
export function checkGeo(key: keyof GeoData, value: unknown): string | null {
  if (key === 'routeMeta') {
    if (!Array.isArray(value)) return 'is not a list of routes';
    const bad = value.findIndex((r) => !isRecord(r) || typeof r.id !== 'string' || typeof r.name !== 'string' || !Array.isArray(r.nodes));
    return bad >= 0 ? `route ${bad + 1} lacks an id, a name or its nodes` : null;
  }
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return 'is not a GeoJSON FeatureCollection';
  }
  const want = key === 'places' ? 'Point' : key === 'routes' ? 'LineString' : 'Polygon';
  for (const [i, f] of (value.features as unknown[]).entries()) {
    if (!isRecord(f) || !isRecord(f.geometry) || !isRecord(f.properties)) return `feature ${i + 1} has no geometry or properties`;
    const type = f.geometry.type;
    const ok = type === want || (want === 'Polygon' && type === 'MultiPolygon');
    if (!ok || !Array.isArray(f.geometry.coordinates)) return `feature ${i + 1} is not a ${want}`;
  }
  if (value.features.length === 0) return 'has no features';
  return null;
}

async function loadOne(base: string, key: keyof GeoData, fetchImpl: typeof fetch): Promise<unknown> {
  const file = GEO_FILES[key];
  let res: Response;
  try {
    res = await fetchImpl(`${base}${file}`);
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
  const reason = checkGeo(key, value);
  if (reason) throw new Error(reason);
  return value;
}

/** Fetches every file in parallel; each failure is reported on its own and the rest still load. */
export async function loadGeo(base = 'geo/', fetchImpl: typeof fetch = fetch): Promise<GeoLoad> {
  const keys = Object.keys(GEO_FILES) as (keyof GeoData)[];
  const settled = await Promise.allSettled(keys.map((k) => loadOne(base, k, fetchImpl)));
  const data: Partial<GeoData> = {};
  const errors: GeoLoadError[] = [];
  settled.forEach((s, i) => {
    const key = keys[i];
    if (s.status === 'fulfilled') (data as Record<string, unknown>)[key] = s.value;
    else errors.push({ file: GEO_FILES[key], message: (s.reason as Error).message });
  });
  return { data, errors, index: indexGeo(data) };
}
