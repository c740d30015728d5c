import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { INITIAL_BOUNDS, PORTRAIT_BOUNDS, boundsOf, openingBounds } from '../../src/map/camera';
import type { GeoData } from '../../src/data/geo';

const geo: Partial<GeoData> = {
  places: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'aktau' } as never, geometry: { type: 'Point', coordinates: [51.2, 43.6] } }] },
  routes: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { route: 'r' } as never, geometry: { type: 'LineString', coordinates: [[50, 40], [52, 41]] } },
      { type: 'Feature', properties: { route: 'r' } as never, geometry: { type: 'LineString', coordinates: [[52, 41], [60, 38]] } },
    ],
  },
  physical: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'syr-darya', kind: 'river' }, geometry: { type: 'MultiLineString', coordinates: [[[70, 41], [66, 44]], [[66, 44], [61, 46]]] } },
      { type: 'Feature', properties: { kind: 'glacier' }, geometry: { type: 'Polygon', coordinates: [[[75, 40], [76, 40], [76, 41], [75, 40]]] } },
    ],
  },
};

describe('camera bounds', () => {
  it('frames every leg of a route', () => {
    expect(boundsOf({ routes: ['r'] }, geo)).toEqual([[50, 38], [60, 41]]);
  });
  it('gives a single place room around it', () => {
    expect(boundsOf({ places: ['aktau'] }, geo)).toEqual([[49.7, 42.1], [52.7, 45.1]]);
  });
  it('frames a river chosen on its own, every part of it', () => {
    expect(boundsOf({ water: ['syr-darya'] }, geo)).toEqual([[61, 41], [70, 46]]);
  });
  it('leaves rivers out of the frame when states, routes or places give one', () => {
    expect(boundsOf({ routes: ['r'], water: ['syr-darya'] }, geo)).toEqual([[50, 38], [60, 41]]);
  });
  it('is null for ids it does not know', () => {
    expect(boundsOf({ states: ['XXX'] }, geo)).toBeNull();
  });
});

describe('the opening view', () => {
  it('frames the whole corridor on a landscape screen and the five states across an upright one', () => {
    expect(openingBounds({ width: 1280, height: 800 })).toBe(INITIAL_BOUNDS);
    expect(openingBounds({ width: 960, height: 540 })).toBe(INITIAL_BOUNDS);
    expect(openingBounds({ width: 375, height: 812 })).toBe(PORTRAIT_BOUNDS);
    expect(openingBounds({ width: 768, height: 1024 })).toBe(PORTRAIT_BOUNDS);
  });

  it('on an upright screen, holds the five states from edge to edge: their extent and no more than a fifth of a degree beside it', () => {
    const countries = JSON.parse(readFileSync('public/geo/countries-low.geojson', 'utf8')) as GeoData['countries'];
    const c5 = boundsOf({ states: countries.features.filter((f) => f.properties.c5).map((f) => f.properties.id) }, { countries });
    const [[w, s], [e, n]] = PORTRAIT_BOUNDS;
    const [[cw, cs], [ce, cn]] = c5!;
    expect(w).toBeLessThanOrEqual(cw);
    expect(s).toBeLessThanOrEqual(cs);
    expect(e).toBeGreaterThanOrEqual(ce);
    expect(n).toBeGreaterThanOrEqual(cn);
    for (const d of [cw - w, cs - s, e - ce, n - cn]) expect(d).toBeLessThan(0.2);
  });
});
