// Where each country's name is written: one point per country, inside it, so a label never floats
// over a neighbour or repeats at tile edges as polygon labels do. Computed here, once, on the full
// boundaries, and written into both boundary files (`label`): the browser does no geometry for it,
// and the name does not move when the full detail replaces the first view's boundaries.
import { booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryProps } from '../../data/types';

/** The largest polygon of a multipolygon: a label belongs on the mainland, not on an islet. */
function mainPart(f: Feature<Polygon | MultiPolygon, CountryProps>): Feature<Polygon> {
  if (f.geometry.type === 'Polygon') return f as Feature<Polygon>;
  let best = f.geometry.coordinates[0];
  let bestArea = -1;
  for (const poly of f.geometry.coordinates) {
    const ring = poly[0];
    let a = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = poly;
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

/** The label point of a state, rounded to 0.01° (~1 km, under a pixel where names show). */
export function labelPoint(f: Feature<Polygon | MultiPolygon, Omit<CountryProps, 'label'>>): [number, number] {
  const part = mainPart(f as Feature<Polygon | MultiPolygon, CountryProps>);
  let p = centroid(part);
  if (!booleanPointInPolygon(p, part)) p = pointOnFeature(part);
  const [x, y] = p.geometry.coordinates as [number, number];
  return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
}
