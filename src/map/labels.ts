// Where each country's name is written: one point per country, inside it, so a label never floats
// over a neighbour or repeats at tile edges as polygon labels do.
import { booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryProps } from '../../data/types';
import type { LabelPoints } from './style';

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

export function countryLabelPoints(countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>): LabelPoints {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => {
      const part = mainPart(f);
      let p = centroid(part);
      if (!booleanPointInPolygon(p, part)) p = pointOnFeature(part);
      return {
        type: 'Feature',
        properties: { id: f.properties.id, name: f.properties.name, c5: f.properties.c5 },
        geometry: p.geometry,
      };
    }),
  };
}
