// Small geometry helpers shared by the build and the validation: rounding, rings, bbox and a
// point-in-country lookup that is fast enough to sample thousands of points along the routes.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox as turfBbox, booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import { GEO_BBOX } from '../../data/bbox';
import type { CountryProps } from '../../data/types';

/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

/** The basemap's extent: data/bbox.ts, shared with the app (maxBounds). */
export const BBOX: BBox = [...GEO_BBOX];

export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // `+ 0` turns -0 into 0 so that output never depends on the sign of a rounded zero.
  return Math.round(x * f) / f + 0;
}

export function roundPosition(p: Position, decimals: number): Position {
  return [round(p[0] as number, decimals), round(p[1] as number, decimals)];
}

export function closeRing(r: Position[]): Position[] {
  const a = r[0];
  const b = r[r.length - 1];
  if (!a || !b) return r;
  return a[0] === b[0] && a[1] === b[1] ? r : [...r, a];
}

export function inRange(c: readonly number[]): boolean {
  const [lon, lat] = c;
  return (
    c.length === 2 &&
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

type CountryLike = Feature<Polygon | MultiPolygon, Pick<CountryProps, 'id'>>;

interface Part {
  id: string;
  box: BBox;
  feature: Feature<Polygon>;
}

/**
 * Splits every country into single polygons with their own bbox, so that a point test touches
 * only the one or two polygons near it instead of all of Russia.
 */
export class CountryIndex {
  private readonly parts: Part[] = [];
  private readonly byId = new Map<string, CountryLike>();

  constructor(features: readonly CountryLike[]) {
    for (const f of features) {
      this.byId.set(f.properties.id, f);
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const coordinates of polys) {
        const feature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
        this.parts.push({ id: f.properties.id, box: turfBbox(feature) as BBox, feature });
      }
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Id of the country containing the point (boundary counts as inside), or null for water. */
  at(c: readonly number[]): string | null {
    const [x, y] = c as [number, number];
    const pt = point([x, y]);
    for (const p of this.parts) {
      if (x < p.box[0] || x > p.box[2] || y < p.box[1] || y > p.box[3]) continue;
      if (booleanPointInPolygon(pt, p.feature)) return p.id;
    }
    return null;
  }

  /** Distance in km from the point to the country (0 inside); Infinity for an unknown id. */
  distanceKm(c: readonly number[], id: string): number {
    const f = this.byId.get(id);
    if (!f) return Infinity;
    const pt = point([c[0] as number, c[1] as number]);
    if (booleanPointInPolygon(pt, f)) return 0;
    return Math.abs(pointToPolygonDistance(pt, f, { units: 'kilometers' }));
  }
}

// ---------------------------------------------------------------- sampling along a drawn leg

const R_KM = 6371.0088;
const toRad = (d: number) => (d * Math.PI) / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + toRad(lat) / 2));
const invMercY = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/** Great-circle distance in km (haversine), for sample spacing only. */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
  const [lon1, lat1] = a as [number, number];
  const [lon2, lat2] = b as [number, number];
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface LegSample {
  coord: [number, number];
  fromStartKm: number;
  toEndKm: number;
}

/**
 * Points along a leg as the map draws it: MapLibre joins two positions with a straight line in
 * Web Mercator, so interpolate there (not along the great circle). Ends included.
 */
export function sampleLeg(a: readonly number[], b: readonly number[], stepKm: number): LegSample[] {
  const total = distanceKm(a, b);
  const n = Math.max(1, Math.ceil(total / stepKm));
  const [x0, y0] = [a[0] as number, mercY(a[1] as number)];
  const [x1, y1] = [b[0] as number, mercY(b[1] as number)];
  const out: LegSample[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    out.push({ coord: [x0 + (x1 - x0) * t, invMercY(y0 + (y1 - y0) * t)], fromStartKm: total * t, toEndKm: total * (1 - t) });
  }
  return out;
}
