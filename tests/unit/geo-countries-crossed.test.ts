// The rule behind routes.json `countries`: a state counts when the drawn line runs inside it for more
// than about 1 km, or when one of the route's non-waypoint nodes lies in it by its data `country`.
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import type { PlaceDef, RouteDef } from '../../data/types';
import { CountryIndex } from '../../scripts/geo/geometry';
import { countriesCrossed, MIN_CROSSING_KM } from '../../scripts/geo/routes';

// Two states side by side along the meridian 10°E, and two strips across the line's path.
const square = (id: string, w: number, s: number, e: number, n: number): Feature<Polygon, { id: string }> => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});
// 1° of latitude is about 111 km; at 0°N 1° of longitude too.
const KM = 1 / 111.2;
// The strips come first: the index answers with the first polygon that holds a point.
const index = new CountryIndex([
  // A 0.5 km wide strip across the line at 5°E: a graze, under the threshold.
  square('GRZ', 5, -1, 5 + 0.5 * KM, 1),
  // A 3 km wide strip at 15°E: a real crossing.
  square('CRS', 15, -1, 15 + 3 * KM, 1),
  square('AAA', 0, -1, 10, 1),
  square('BBB', 10, -1, 20, 1),
]);

const place = (id: string, lon: number, country: string, kind: PlaceDef['kind'] = 'city'): PlaceDef => ({
  id,
  name: id,
  kind,
  country,
  coord: [lon, 0],
  coordSource: { title: 't', url: 'u' },
});
const coordsOf = (ps: PlaceDef[]) => new Map(ps.map((p) => [p.id, { place: p, coord: p.coord as [number, number] }]));
const route = (nodes: string[]): RouteDef => ({
  id: 'r',
  name: { en: 'r' },
  group: 'south-asia',
  nodes,
  modes: nodes.slice(1).map(() => 'rail'),
  service: [],
  schematic: true,
  sources: [],
});

describe('countriesCrossed', () => {
  it('uses about 1 km as the threshold', () => {
    expect(MIN_CROSSING_KM).toBe(1);
  });

  it('lists a state the line runs through for more than 1 km, not one it grazes for less', () => {
    const ps = [place('a', 1, 'AAA'), place('b', 19, 'BBB')];
    expect(countriesCrossed(route(['a', 'b']), coordsOf(ps), index)).toEqual(['AAA', 'BBB', 'CRS']);
  });

  it('lists the state of an end node even when the line only just enters it', () => {
    // The end node sits 0.3 km over the border: far less than 1 km of line inside BBB.
    const ps = [place('a', 1, 'AAA'), place('edge', 10 + 0.3 * KM, 'BBB', 'border-crossing')];
    expect(countriesCrossed(route(['a', 'edge']), coordsOf(ps), index)).toEqual(['AAA', 'BBB']);
  });

  it('takes a node’s state from its data, not from the polygon it samples in', () => {
    // A node whose point falls just outside its state (a port on the coast) still counts for it.
    const ps = [place('a', 1, 'AAA'), place('b', 9.99, 'BBB', 'converter')];
    expect(countriesCrossed(route(['a', 'b']), coordsOf(ps), index)).toEqual(['AAA', 'BBB']);
  });

  it('does not count a waypoint’s state by its data', () => {
    const ps = [place('a', 1, 'AAA'), place('wp', 10 + 0.3 * KM, 'BBB', 'waypoint'), place('c', 2, 'AAA')];
    expect(countriesCrossed(route(['a', 'wp', 'c']), coordsOf(ps), index)).toEqual(['AAA']);
  });
});
