// Turns the curated places and routes into the three route-side outputs: place points, one line per
// leg, and the per-route summary with length and countries crossed computed from the drawn line.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { length as turfLength, lineString } from '@turf/turf';
import type {
  CountryId,
  LegMeta,
  LineDef,
  Mode,
  PlaceDef,
  PlaceKind,
  PlaceDetails,
  PlaceProps,
  RouteDef,
  RouteLegProps,
  RouteMeta,
  SectionDef,
  SectionMeta,
  Source,
  StatusChange,
  TransferKind,
  TransferMeta,
} from '../../data/types';
import { LANGS, type Prose } from '../../data/lang';
import type { GazetteerEntry } from './gazetteer';
import { CountryIndex, round, sampleLeg } from './geometry';
import { resolveCoord } from './validate';
import { legSince } from '../../data/history';
import { legNodes, linesAlong } from './lines';

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
    // A station on a line that no route runs over (the Turksib north of Zhetygen) is not drawn as a stop;
    // the five capitals are, route or not.
    if (through.length === 0 && p.kind !== 'capital') continue;
    const c = coords.get(p.id)?.coord as [number, number];
    features.push({
      type: 'Feature',
      properties: { id: p.id, name: p.name, kind: p.kind as Exclude<PlaceKind, 'waypoint'>, country: p.country },
      geometry: { type: 'Point', coordinates: [round(c[0], ROUTE_DECIMALS), round(c[1], ROUTE_DECIMALS)] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * What a place's panel adds, by place id: the first view does not draw it, so it stays out of
 * places.geojson and loads with the panel (the first load's budget).
 */
export function buildPlaceDetails(places: FeatureCollection<Point, PlaceProps>, defs: readonly PlaceDef[]): Record<string, PlaceDetails> {
  const byId = new Map(defs.map((p) => [p.id, p]));
  const out: Record<string, PlaceDetails> = {};
  for (const f of places.features) {
    const p = byId.get(f.properties.id) as PlaceDef;
    out[p.id] = {
      geonameId: p.coord ? null : (p.geonameId ?? null),
      coordSource: p.coord && p.coordSource ? copySource(p.coordSource) : null,
      note: p.note ? copyProse(p.note) : null,
    };
  }
  return out;
}

function legLine(r: RouteDef, i: number, coords: PlaceCoords): [number, number][] {
  const a = coords.get(r.nodes[i] as string)?.coord as [number, number];
  const b = coords.get(r.nodes[i + 1] as string)?.coord as [number, number];
  return [a, b];
}

/**
 * Decimals of the drawn points in routes.geojson and places.geojson: 3 (at most about 60 m off), under a
 * pixel at the app's closest zoom (9). Lengths are computed from the full coordinates, before rounding.
 */
export const ROUTE_DECIMALS = 3;
/** A context route the declaration does not name says so in its panel. */
export const NOT_NAMED_NOTE = 'Not named by the declaration: shown as context.';

const isWaypoint = (coords: PlaceCoords, id: string) => coords.get(id)?.place.kind === 'waypoint';

/** A leg from one place to the next, waypoints folded in: indexes into the route's nodes. */
export interface PlaceLeg {
  start: number;
  end: number;
  mode: Mode;
}

export function placeLegs(r: RouteDef, coords: PlaceCoords): PlaceLeg[] {
  const out: PlaceLeg[] = [];
  let start = 0;
  for (let i = 1; i < r.nodes.length; i++) {
    if (isWaypoint(coords, r.nodes[i] as string)) continue;
    out.push({ start, end: i, mode: r.modes[start] as Mode });
    start = i;
  }
  return out;
}

function legCoords(r: RouteDef, leg: PlaceLeg, coords: PlaceCoords): [number, number][] {
  return r.nodes.slice(leg.start, leg.end + 1).map((n) => coords.get(n)?.coord as [number, number]);
}

/** The line a leg runs over; validation has made sure there is exactly one. */
export function lineOf(r: RouteDef, leg: PlaceLeg, lines: readonly LineDef[]): LineDef {
  const line = linesAlong(lines, legNodes(r, leg.start, leg.end), leg.mode)[0];
  if (!line) throw new Error(`route ${r.id}: leg ${r.nodes[leg.start]} → ${r.nodes[leg.end]} runs over no line`); // validation runs first
  return line;
}

export function buildRouteLegs(routes: readonly RouteDef[], coords: PlaceCoords, lines: readonly LineDef[]): FeatureCollection<LineString, RouteLegProps> {
  const features: Feature<LineString, RouteLegProps>[] = [];
  for (const r of routes) {
    placeLegs(r, coords).forEach((leg, i) => {
      const line = lineOf(r, leg, lines);
      features.push({
        type: 'Feature',
        properties: {
          route: r.id,
          leg: i,
          mode: leg.mode,
          group: r.group,
          named: r.named ?? true,
          ...legSince(line.history, r.service),
        },
        geometry: {
          type: 'LineString',
          coordinates: legCoords(r, leg, coords).map(([x, y]) => [round(x, ROUTE_DECIMALS), round(y, ROUTE_DECIMALS)]),
        },
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

/** Node index range [from, to] of a section, by its first `from` and the first `to` after it. */
function sectionRange(r: RouteDef, sec: SectionDef): [number, number] {
  const a = r.nodes.indexOf(sec.from);
  const b = r.nodes.indexOf(sec.to, a + 1);
  if (a < 0 || b < 0) throw new Error(`route ${r.id}: section ${sec.name.en} runs ${sec.from} → ${sec.to}, not along its nodes`);
  return [a, b];
}

/** What carries the goods on a leg of each mode, for the transfer sentences. */
const CARRIER: Record<Mode, string> = { rail: 'train', road: 'truck', sea: 'ferry', 'power-line': 'power line', 'gas-pipeline': 'pipeline' };
/** The same in Russian, in the two cases its sentence needs: «с» + genitive (from), «на» + accusative (to). */
const CARRIER_RU: Record<Mode, { from: string; to: string }> = {
  rail: { from: 'поезда', to: 'поезд' },
  road: { from: 'грузовика', to: 'грузовик' },
  sea: { from: 'парома', to: 'паром' },
  'power-line': { from: 'ЛЭП', to: 'ЛЭП' },
  'gas-pipeline': { from: 'трубопровода', to: 'трубопровод' },
};

const copySource = (s: Source): Source => ({ title: s.title, url: s.url });
/** A text in the registry's order of languages, so the files are the same whatever order the data writes them in. */
const copyProse = (p: Prose): Prose => Object.fromEntries(LANGS.flatMap((l) => (p[l] === undefined ? [] : [[l, p[l]]]))) as Prose;

function transfersOf(r: RouteDef, legs: readonly PlaceLeg[], coords: PlaceCoords): TransferMeta[] {
  const name = (id: string) => coords.get(id)?.place.name ?? id;
  const given: (TransferMeta & { index: number })[] = (r.transfers ?? []).map((t) => ({
    at: t.at,
    atName: name(t.at),
    kind: t.kind,
    text: copyProse(t.text),
    sources: t.sources.map(copySource),
    index: r.nodes.indexOf(t.at),
  }));
  // A change of mode between consecutive legs is a transfer the data itself shows.
  const found: (TransferMeta & { index: number })[] = [];
  for (let k = 1; k < legs.length; k++) {
    const before = (legs[k - 1] as PlaceLeg).mode;
    const after = (legs[k] as PlaceLeg).mode;
    if (before === after) continue;
    const at = r.nodes[(legs[k] as PlaceLeg).start] as string;
    const pair = [before, after];
    const kind: TransferKind | null = pair.includes('sea') ? 'sea-land' : pair.includes('road') && pair.includes('rail') ? 'road-rail' : null;
    if (!kind || given.some((t) => t.at === at && t.kind === kind)) continue;
    // A sentence from a template: its other languages are one template each, here.
    const port = kind === 'sea-land';
    const text = {
      en: `Goods pass from ${CARRIER[before]} to ${CARRIER[after]}${port ? ' at the port' : ''}.`,
      ru: `Грузы переходят с ${CARRIER_RU[before].from} на ${CARRIER_RU[after].to}${port ? ' в порту' : ''}.`,
    };
    found.push({ at, atName: name(at), kind, text, sources: [], index: (legs[k] as PlaceLeg).start });
  }
  return [...given, ...found].sort((a, b) => a.index - b.index).map(({ index: _index, ...t }) => t);
}

const copyHistory = <S extends string>(h: readonly StatusChange<S>[]): StatusChange<S>[] =>
  h.map((e) => ({ date: e.date, status: e.status, event: e.event, source: copySource(e.source), ...(e.note ? { note: copyProse(e.note) } : {}) }));

export function buildRouteMeta(routes: readonly RouteDef[], coords: PlaceCoords, index: CountryIndex, lines: readonly LineDef[]): RouteMeta[] {
  return routes.map((r) => {
    const modes: Mode[] = [];
    for (const m of r.modes) if (!modes.includes(m)) modes.push(m);
    const pls = placeLegs(r, coords);
    const ranges = (r.sections ?? []).map((sec) => ({ sec, range: sectionRange(r, sec) }));
    const inRange = (leg: PlaceLeg, range: readonly [number, number]) => leg.start >= range[0] && leg.end <= range[1];
    // Sections may nest (an existing stretch inside a published one): a leg names the innermost.
    const sectionOf = (leg: PlaceLeg) =>
      ranges.filter(({ range }) => inRange(leg, range)).sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]))[0]?.sec;
    const isExisting = (leg: PlaceLeg) => ranges.some(({ sec, range }) => sec.existing && inRange(leg, range));
    const exactKm = pls.map((leg) => turfLength(lineString(legCoords(r, leg, coords)), { units: 'kilometers' }));
    const legs: LegMeta[] = pls.map((leg, k) => {
      const from = r.nodes[leg.start] as string;
      const to = r.nodes[leg.end] as string;
      const sub: RouteDef = { ...r, nodes: r.nodes.slice(leg.start, leg.end + 1), modes: r.modes.slice(leg.start, leg.end) };
      const countries = countriesCrossed(sub, coords, index);
      const sec = sectionOf(leg);
      const line = lineOf(r, leg, lines);
      return {
        from,
        fromName: coords.get(from)?.place.name ?? from,
        to,
        toName: coords.get(to)?.place.name ?? to,
        mode: leg.mode,
        km: round(exactKm[k] as number, 1),
        countries,
        crossesBorder: countries.length > 1,
        section: sec ? copyProse(sec.name) : null,
        existing: isExisting(leg),
        line: line.id,
        lineName: copyProse(line.name),
        gaugeMm: line.gaugeMm ?? null,
        track: copyHistory(line.history),
      };
    });
    const km = exactKm.reduce((sum, x, k) => (legs[k]?.existing ? sum : sum + x), 0);
    const sections: SectionMeta[] = ranges.map(({ sec, range }) => ({
      name: copyProse(sec.name),
      from: sec.from,
      to: sec.to,
      // A published figure for new lines leaves out the existing stretch between them, and so does its drawn length.
      drawnKm: Math.round(exactKm.reduce((sum, x, k) => (inRange(pls[k]!, range) && (sec.existing || !isExisting(pls[k]!)) ? sum + x : sum), 0)),
      publishedKm: sec.publishedKm ?? null,
      source: sec.source ? copySource(sec.source) : null,
      existing: sec.existing ?? false,
    }));
    const named = r.named ?? true;
    return {
      id: r.id,
      name: copyProse(r.name),
      group: r.group,
      nodes: r.nodes.filter((n) => !isWaypoint(coords, n)),
      modes,
      service: copyHistory(r.service),
      statusNote: r.statusNote ? copyProse(r.statusNote) : null,
      schematic: r.schematic,
      lengthKm: Math.round(km / 5) * 5,
      countries: countriesCrossed(r, coords, index),
      facts: (r.facts ?? []).map((f) => ({ text: copyProse(f.text), source: copySource(f.source) })),
      sources: r.sources.map(copySource),
      publishedLength: r.publishedLength
        ? {
            km: r.publishedLength.km,
            text: copyProse(r.publishedLength.text),
            source: copySource(r.publishedLength.source),
            ...(r.publishedLength.covers ? { covers: copyProse(r.publishedLength.covers) } : {}),
          }
        : null,
      lengthReason: r.lengthReason ? copyProse(r.lengthReason) : null,
      named,
      namedNote: named ? null : NOT_NAMED_NOTE,
      alsoGroups: [...(r.alsoGroups ?? [])],
      legs,
      transfers: transfersOf(r, pls, coords),
      sections,
    };
  });
}
