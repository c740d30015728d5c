// Turns the curated places and routes into the three route-side outputs: place points, one line per
// leg, and the per-route summary with length and countries crossed computed from the drawn line.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { length as turfLength, lineString } from '@turf/turf';
import type { CountryId, Mode, PlaceDef, PlaceKind, PlaceProps, RouteDef, RouteLegProps, RouteMeta } from '../../data/types';
import type { GazetteerEntry } from './gazetteer';
import { CountryIndex, round, sampleLeg } from './geometry';
import { resolveCoord } from './validate';

/** Spacing of the samples used to find the countries a route crosses. */
export const CROSSING_SAMPLE_KM = 0.25;
/** A stretch inside a country counts only when longer than this; shorter is a graze along a border. */
export const MIN_CROSSING_KM = 1;

type PlaceCoords = ReadonlyMap<string, { place: PlaceDef; coord: [number, number] }>;

export function resolvePlaces(places: readonly PlaceDef[], gazetteer: ReadonlyMap<number, GazetteerEntry>): PlaceCoords {
  const out = new Map<string, { place: PlaceDef; coord: [number, number] }>();
  for (const p of places) {
    const c = resolveCoord(p, gazetteer);
    if (!c) throw new Error(`place ${p.id} has no coordinate`); // validation runs first
    out.set(p.id, { place: p, coord: [round(c[0], 5), round(c[1], 5)] });
  }
  return out;
}

export function buildPlaces(places: readonly PlaceDef[], coords: PlaceCoords, routes: readonly RouteDef[]): FeatureCollection<Point, PlaceProps> {
  const features: Feature<Point, PlaceProps>[] = [];
  for (const p of places) {
    if (p.kind === 'waypoint') continue;
    const through = routes.filter((r) => r.nodes.includes(p.id)).map((r) => r.id);
    const c = coords.get(p.id)?.coord as [number, number];
    features.push({
      type: 'Feature',
      properties: {
        id: p.id,
        name: p.name,
        kind: p.kind as Exclude<PlaceKind, 'waypoint'>,
        country: p.country,
        geonameId: p.coord ? null : (p.geonameId ?? null),
        coordSource: p.coord && p.coordSource ? JSON.stringify({ title: p.coordSource.title, url: p.coordSource.url }) : null,
        note: p.note ?? null,
        routes: JSON.stringify(through),
      },
      geometry: { type: 'Point', coordinates: c },
    });
  }
  return { type: 'FeatureCollection', features };
}

function legLine(r: RouteDef, i: number, coords: PlaceCoords): [number, number][] {
  const a = coords.get(r.nodes[i] as string)?.coord as [number, number];
  const b = coords.get(r.nodes[i + 1] as string)?.coord as [number, number];
  return [a, b];
}

export function buildRouteLegs(routes: readonly RouteDef[], coords: PlaceCoords): FeatureCollection<LineString, RouteLegProps> {
  const features: Feature<LineString, RouteLegProps>[] = [];
  for (const r of routes) {
    r.modes.forEach((mode, i) => {
      features.push({
        type: 'Feature',
        properties: { route: r.id, leg: i, mode, status: r.status, group: r.group, schematic: r.schematic },
        geometry: { type: 'LineString', coordinates: legLine(r, i, coords) },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The states a route's drawn line runs through, in the order it enters them. A state counts when the
 * line runs inside it for more than MIN_CROSSING_KM (sampled every CROSSING_SAMPLE_KM), or when one
 * of the route's non-waypoint nodes lies in it by its data `country` — so an end node just over a
 * border (a crossing, a converter station) always lists its state, while a line grazing a border
 * corner does not list the neighbour.
 */
export function countriesCrossed(r: RouteDef, coords: PlaceCoords, index: CountryIndex): CountryId[] {
  interface Run {
    id: string | null;
    km: number;
    hasNode: boolean;
  }
  const runs: Run[] = [];
  const push = (id: string | null, km: number, isNode: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.id === id) {
      last.km += km;
      last.hasNode ||= isNode;
    } else runs.push({ id, km, hasNode: isNode });
  };
  r.modes.forEach((_, i) => {
    const [a, b] = legLine(r, i, coords);
    const samples = sampleLeg(a, b, CROSSING_SAMPLE_KM);
    const step = samples.length > 1 ? (samples[1] as { fromStartKm: number }).fromStartKm : 0;
    samples.forEach((s, k) => {
      if (i > 0 && k === 0) return; // shared with the previous leg's last sample
      const isNode = k === 0 || k === samples.length - 1;
      const node = coords.get(r.nodes[k === 0 ? i : i + 1] as string)?.place;
      // A node counts for the country the data puts it in (a coastal port may sample as water).
      const id = isNode && node && node.kind !== 'waypoint' ? node.country : index.at(s.coord);
      push(id, k === 0 ? 0 : step, isNode && node?.kind !== 'waypoint');
    });
  });
  const out: CountryId[] = [];
  for (const run of runs) {
    if (run.id === null || out.includes(run.id)) continue;
    if (run.km > MIN_CROSSING_KM + 1e-9 || run.hasNode) out.push(run.id);
  }
  return out;
}

export function buildRouteMeta(routes: readonly RouteDef[], coords: PlaceCoords, index: CountryIndex): RouteMeta[] {
  return routes.map((r) => {
    const line = r.nodes.map((n) => coords.get(n)?.coord as [number, number]);
    const km = turfLength(lineString(line), { units: 'kilometers' });
    const modes: Mode[] = [];
    for (const m of r.modes) if (!modes.includes(m)) modes.push(m);
    return {
      id: r.id,
      name: r.name,
      group: r.group,
      nodes: r.nodes.filter((n) => coords.get(n)?.place.kind !== 'waypoint'),
      modes,
      status: r.status,
      statusAsOf: r.statusAsOf,
      statusNote: r.statusNote ?? null,
      schematic: r.schematic,
      lengthKm: Math.round(km / 5) * 5,
      countries: countriesCrossed(r, coords, index),
      facts: (r.facts ?? []).map((f) => ({ text: f.text, source: { title: f.source.title, url: f.source.url } })),
      sources: r.sources.map((s) => ({ title: s.title, url: s.url })),
    };
  });
}

