// "Download data": the atlas's data as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/),
// built from what the app has loaded. Pure: the same input gives the same files, byte for byte, so the
// browser's zip (./dataZip.ts, loaded only when asked for) and public/data/ (scripts/build-data.ts), served at stable URLs
// hold one package. English only: the declaration is quoted as signed, and our texts' other languages
// are translations of the English.
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { mapProse } from '../../data/lang';
import { isPartial, type Series } from '../../data/series';
import type { CountryProps, PlaceDetails, PlaceProps, RouteLegProps, RouteMeta, Source } from '../../data/types';
import { commitmentsForRoute, concernsState, type Commitment } from '../content/commitments';
import type { Declaration } from '../content/types';

export interface DataInput {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  places: FeatureCollection<Point, PlaceProps>;
  routes: FeatureCollection<LineString, RouteLegProps>;
  routeMeta: readonly RouteMeta[];
  /** src/data/place-details.json: each place's GeoNames id or cited coordinate. */
  placeDetails: Readonly<Record<string, PlaceDetails>>;
  declaration: Declaration;
  /** Read as of now (resolveCommitments). */
  commitments: readonly Commitment[];
  series: readonly Series[];
  /** The atlas's version (package.json). */
  version: string;
}

/** One file of the package: its path inside the package and its text (UTF-8). */
export interface DataFile {
  path: string;
  text: string;
}

interface License {
  name: string;
  path: string;
  title: string;
}
interface PackageSource {
  title: string;
  path?: string;
}

export const LICENSES = {
  ccBy: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
  naturalEarth: { name: 'other-pd', path: 'https://www.naturalearthdata.com/about/terms-of-use/', title: 'Public domain (Natural Earth)' },
  usGov: { name: 'other-pd', path: 'https://www.usa.gov/government-copyright', title: 'Public domain (a work of the United States government)' },
  geonames: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'GeoNames, Creative Commons Attribution 4.0' },
} as const satisfies Record<string, License>;

const NATURAL_EARTH: PackageSource = { title: 'Natural Earth, Admin 0 – Countries (1:10m)', path: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/' };
const GEONAMES: PackageSource = { title: 'GeoNames geographical database', path: 'https://www.geonames.org/' };
const ATLAS: PackageSource = { title: 'Corridor Atlas: curated data, see LICENSE-DATA.md' };

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

export type Cell = string | number | boolean | null | undefined;

/** One field: quoted when it holds a comma, a double quote, CR or LF (quotes doubled); empty for null. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header and rows as RFC 4180 CSV: fields by `csvField`, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Our texts (`{ en, ru }`) replaced by their English, everywhere in a value. */
export function english(value: unknown): unknown {
  return mapProse(value, (text) => text.en);
}
const en = (p: { en: string } | null | undefined): string => p?.en ?? '';

/** Sources as a package lists them, each once, in first-seen order. */
function sourcesOf(list: readonly Source[]): PackageSource[] {
  const seen = new Map<string, PackageSource>();
  for (const s of list) if (!seen.has(s.url)) seen.set(s.url, { title: s.title, path: s.url });
  return [...seen.values()];
}

const JOIN = ' | ';
const json = (v: unknown, indent?: number) => `${JSON.stringify(v, null, indent)}\n`;

/** A GeoJSON file that states its licence and sources as foreign members (RFC 7946 §6.1). */
function geojson(features: Feature[], licenses: License[], sources: PackageSource[]): string {
  const lines = features.map((f) => JSON.stringify(f));
  const head = `{"type":"FeatureCollection","license":${JSON.stringify(licenses)},"sources":${JSON.stringify(sources)},"features":[\n`;
  return `${head}${lines.join(',\n')}\n]}\n`;
}

// ---------------------------------------------------------------------------------------------
// The resources' contents

function stateFeatures(input: DataInput, only?: (id: string) => boolean): Feature[] {
  return input.countries.features
    .filter((f) => !only || only(f.properties.id))
    .map((f) => ({ type: 'Feature', properties: { ...f.properties }, geometry: f.geometry }));
}

function placeFeatures(input: DataInput, only?: (p: PlaceProps) => boolean): Feature[] {
  return input.places.features
    .filter((f) => !only || only(f.properties))
    .map((f) => {
      const d = input.placeDetails[f.properties.id];
      const properties = { ...f.properties, geonameId: d?.geonameId ?? null, coordSource: d?.coordSource ?? null, note: d?.note ? en(d.note) : null };
      return { type: 'Feature', properties, geometry: f.geometry };
    });
}

/** One feature per route: its legs' lines in order, and its legs, histories and sources as properties. */
function routeFeatures(input: DataInput, only?: (id: string) => boolean): Feature<MultiLineString>[] {
  const lines = new Map<string, { leg: number; coords: LineString['coordinates'] }[]>();
  for (const f of input.routes.features) {
    const list = lines.get(f.properties.route) ?? [];
    list.push({ leg: f.properties.leg, coords: f.geometry.coordinates });
    lines.set(f.properties.route, list);
  }
  return input.routeMeta
    .filter((r) => !only || only(r.id))
    .map((r) => ({
      type: 'Feature',
      properties: english({ ...r }) as Record<string, unknown>,
      geometry: { type: 'MultiLineString', coordinates: (lines.get(r.id) ?? []).sort((a, b) => a.leg - b.leg).map((l) => l.coords) },
    }));
}

const COMMITMENT_FIELDS = [
  ['commitment_id', 'string', 'The commitment’s id: its sentence id, with -b, -c where one sentence holds more than one.'],
  ['sentence_id', 'string', 'The declaration sentence it is read from (declaration.json).'],
  ['title', 'string', 'A few words naming what is promised (ours, not a quote).'],
  ['by', 'string', '"all" for the six signatories, else the ISO 3166-1 alpha-3 ids of those named, joined by " | ".'],
  ['theme', 'string', 'The theme it belongs to.'],
  ['status_now', 'string', 'done, in-progress, stalled or no-public-record, as of the last check.'],
  ['checked', 'date', 'When the follow-through was last searched.'],
  ['event_date', 'string', 'YYYY-MM-DD, or YYYY-MM where the source gives only the month; empty for a commitment with no event.'],
  ['announced', 'boolean', 'True when the event is a word (announced, proposed), not a deed; empty with no event.'],
  ['summary', 'string', 'The event in one line, in our words.'],
  ['source_titles', 'string', 'The event’s sources’ titles, joined by " | ".'],
  ['source_urls', 'string', 'The event’s sources’ URLs, in the same order, joined by " | ".'],
] as const;

function commitmentRows(list: readonly Commitment[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const c of list) {
    const head: Cell[] = [c.id, c.sentenceId, en(c.title), c.by === 'all' ? 'all' : c.by.join(JOIN), c.theme, c.status, c.checked];
    if (c.events.length === 0) rows.push([...head, null, null, null, null, null]);
    for (const e of c.events) {
      rows.push([...head, e.date, e.announced === true, en(e.summary), e.sources.map((s) => s.title).join(JOIN), e.sources.map((s) => s.url).join(JOIN)]);
    }
  }
  return rows;
}

const SERIES_FIELDS = [
  ['series_id', 'string', 'The series’ id: one unit, one scope and one reporter.'],
  ['route_id', 'string', 'The route it is about (routes.geojson).'],
  ['title', 'string', 'The series’ title.'],
  ['measure', 'string', 'What is counted.'],
  ['unit', 'string', 'Mt (million tonnes), TEU or km.'],
  ['scope', 'string', 'What part of the route the figure counts.'],
  ['reporter', 'string', 'Who published the figure.'],
  ['cumulative', 'boolean', 'True for a running total read on given days.'],
  ['period', 'string', 'YYYY (a year), YYYY-MM/YYYY-MM (months, both included) or YYYY-MM-DD (as of a day, cumulative series).'],
  ['value', 'number', 'The figure, in the unit.'],
  ['partial', 'boolean', 'True when the period is part of a year.'],
  ['plan', 'boolean', 'True for a forecast or a plan, not a result.'],
  ['source_title', 'string', 'The article the figure was read in.'],
  ['source_url', 'string', 'Its URL.'],
  ['source_published', 'date', 'The day it was published.'],
] as const;

function seriesRows(list: readonly Series[]): Cell[][] {
  return list.flatMap((s) =>
    s.points.map((p) => [
      s.id,
      s.routeId,
      en(s.title),
      s.measure,
      s.unit,
      s.scope,
      s.reporter,
      s.cumulative === true,
      p.period,
      p.value,
      isPartial(p.period),
      p.forecast === true,
      p.source.title,
      p.source.url,
      p.source.published,
    ]),
  );
}

function declarationJson(d: Declaration, onlyParagraph?: string): unknown {
  return {
    title: d.title,
    subtitle: d.subtitle,
    documentTitle: d.documentTitle,
    released: d.released.iso,
    source: d.source,
    license: [LICENSES.usGov],
    note: 'Verbatim as published, whitespace folded to single spaces. Ids are stable: a paragraph id is its section id and position, a sentence id is its paragraph id, ".s" and its position.',
    sections: d.sections
      .map((s) => ({
        id: s.id,
        heading: s.heading,
        paragraphs: s.paragraphs
          .filter((p) => !onlyParagraph || p.id === onlyParagraph)
          .map((p) => ({ id: p.id, index: p.index, text: p.text, sentences: p.sentences.map((x) => ({ id: x.id, index: x.index, text: x.text })) })),
      }))
      .filter((s) => s.paragraphs.length > 0),
    signatories: onlyParagraph ? undefined : d.signatories.map((s) => ({ name: s.name, office: s.office, country: s.country, text: s.text })),
  };
}

// ---------------------------------------------------------------------------------------------
// The package

interface Resource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: 'utf-8';
  licenses: License[];
  sources: PackageSource[];
  schema?: { fields: { name: string; type: string; description: string }[] };
}

const fields = (list: readonly (readonly [string, string, string])[]) => ({ fields: list.map(([name, type, description]) => ({ name, type, description })) });

/** What goes into a package: each part present only when the selection has it. */
interface Parts {
  states?: Feature[];
  routes?: Feature[];
  places?: Feature[];
  commitments?: readonly Commitment[];
  declaration?: { paragraph?: string };
  series?: readonly Series[];
}

function declarationSource(d: Declaration): PackageSource {
  return { title: `The White House: ${d.documentTitle} (${d.released.iso})`, path: d.source.url };
}

function assemble(input: DataInput, parts: Parts, name: string, title: string): DataFile[] {
  const files: DataFile[] = [];
  const resources: Resource[] = [];
  const decl = declarationSource(input.declaration);
  const add = (r: Omit<Resource, 'encoding'>, text: string) => {
    resources.push({ ...r, encoding: 'utf-8' });
    files.push({ path: r.path, text });
  };
  const geo = { format: 'geojson', mediatype: 'application/geo+json' };
  const csv = { format: 'csv', mediatype: 'text/csv' };
  if (parts.states) {
    const licenses = [LICENSES.naturalEarth, LICENSES.ccBy];
    const sources = [NATURAL_EARTH, ATLAS];
    add(
      { name: 'states', path: 'states.geojson', title: 'States', description: 'Boundaries (simplified, as the map’s first view draws them) with ISO 3166-1 alpha-3 id, name, whether one of the five signatories, land neighbours and a label point. Boundaries: Natural Earth, public domain; the computed properties: CC BY 4.0.', ...geo, licenses, sources },
      geojson(parts.states, licenses, sources),
    );
  }
  if (parts.routes) {
    const licenses = [LICENSES.ccBy, LICENSES.geonames];
    const cited = input.routeMeta.filter((r) => parts.routes!.some((f) => f.properties?.id === r.id));
    const sources = [ATLAS, GEONAMES, ...sourcesOf(cited.flatMap((r) => [...r.sources, ...r.service.map((s) => s.source), ...(r.legs ?? []).flatMap((l) => l.track.map((s) => s.source))]))];
    add(
      { name: 'routes', path: 'routes.geojson', title: 'Routes', description: 'One feature per route: its drawn legs as a MultiLineString, and as properties its legs (places, mode, km, states crossed, the line and its dated track history), its dated service history, facts and sources.', ...geo, licenses, sources },
      geojson(parts.routes, licenses, sources),
    );
  }
  if (parts.places) {
    const licenses = [LICENSES.geonames, LICENSES.ccBy];
    const cited = parts.places.map((f) => f.properties?.coordSource as Source | null).filter((s): s is Source => !!s);
    const sources = [GEONAMES, ATLAS, ...sourcesOf(cited)];
    add(
      { name: 'places', path: 'places.geojson', title: 'Places', description: 'Places on the routes: id, name, kind, state, and where the coordinate comes from (a GeoNames id, or a cited source where GeoNames lacks the place).', ...geo, licenses, sources },
      geojson(parts.places, licenses, sources),
    );
  }
  if (parts.commitments) {
    const list = parts.commitments;
    const sources = [decl, ATLAS, ...sourcesOf(list.flatMap((c) => c.events.flatMap((e) => e.sources)))];
    add(
      { name: 'commitments', path: 'commitments.csv', title: 'Commitments and their follow-through', description: 'One row per dated event of each commitment the declaration makes; a commitment with no event has one row with the event fields empty.', ...csv, licenses: [LICENSES.ccBy], sources, schema: fields(COMMITMENT_FIELDS) },
      toCsv(COMMITMENT_FIELDS.map((f) => f[0]), commitmentRows(list)),
    );
  }
  if (parts.declaration) {
    add(
      { name: 'declaration', path: 'declaration.json', title: input.declaration.fullTitle, description: 'The declaration, verbatim, by section, paragraph and sentence, with their stable ids (the ids the atlas’s links use).', format: 'json', mediatype: 'application/json', licenses: [LICENSES.usGov], sources: [decl] },
      json(declarationJson(input.declaration, parts.declaration.paragraph), 2),
    );
  }
  if (parts.series) {
    const sources = [ATLAS, ...sourcesOf(parts.series.flatMap((s) => s.points.map((p) => p.source)))];
    add(
      { name: 'series', path: 'series.csv', title: 'Series', description: 'Dated figures about the routes (volumes carried, kilometres built), one row per figure, each with its source.', ...csv, licenses: [LICENSES.ccBy], sources, schema: fields(SERIES_FIELDS) },
      toCsv(SERIES_FIELDS.map((f) => f[0]), seriesRows(parts.series)),
    );
  }
  const checked = input.commitments.reduce((max, c) => (c.checked > max ? c.checked : max), '2023-09-21');
  const descriptor = {
    profile: 'data-package',
    name,
    title,
    description: 'The C5+1 New York Declaration (21 September 2023) and the corridors it names, as the Corridor Atlas maps them. Each resource states its licence and sources; the curated data is CC BY 4.0 (LICENSE-DATA.md).',
    version: input.version,
    // The last check of the data, not the moment of download: the same data gives the same package.
    created: `${checked}T00:00:00Z`,
    licenses: [LICENSES.ccBy],
    sources: [ATLAS, decl, NATURAL_EARTH, GEONAMES],
    contributors: [{ title: 'Corridor Atlas contributors', role: 'author' }],
    keywords: ['C5+1', 'Central Asia', 'Middle Corridor', 'transport corridors', 'New York Declaration'],
    resources,
  };
  return [{ path: 'datapackage.json', text: json(descriptor, 2) }, ...files];
}

/** All data: every resource. */
export function buildDataPackage(input: DataInput): DataFile[] {
  return assemble(
    input,
    {
      states: stateFeatures(input),
      routes: routeFeatures(input),
      places: placeFeatures(input),
      commitments: input.commitments,
      declaration: {},
      series: input.series,
    },
    'corridor-atlas',
    'Corridor Atlas: the C5+1 New York Declaration on a map',
  );
}

/** What is open, as `{ kind, id }` (src/state/selection.ts). */
export interface SelectionRef {
  kind: string;
  id: string;
}

export type SelectionDataResult = { files: DataFile[] } | { error: 'none' | 'unknown' | 'no-data'; id: string };

/**
 * "This selection as data": the rows and features of what is open, as a smaller package of the same
 * shape. An unknown id, or a kind with no data of its own, gives an error and no files.
 */
export function selectionData(selection: SelectionRef | null | undefined, input: DataInput): SelectionDataResult {
  if (!selection || !selection.id) return { error: 'none', id: '' };
  const { kind, id } = selection;
  const name = `corridor-atlas-${kind}-${id}`.toLowerCase().replace(/[^-a-z0-9._]+/g, '-');
  const title = `Corridor Atlas: ${kind} ${id}`;
  const unknown = { error: 'unknown', id } as const;
  switch (kind) {
    case 'state': {
      const states = stateFeatures(input, (s) => s === id);
      if (states.length === 0) return unknown;
      const commitments = input.commitments.filter((c) => concernsState(c, id));
      return { files: assemble(input, { states, places: placeFeatures(input, (p) => p.country === id), commitments }, name, title) };
    }
    case 'route': {
      const routes = routeFeatures(input, (r) => r === id);
      if (routes.length === 0) return unknown;
      return { files: assemble(input, { routes, commitments: commitmentsForRoute([...input.commitments], id), series: input.series.filter((s) => s.routeId === id) }, name, title) };
    }
    case 'place': {
      const places = placeFeatures(input, (p) => p.id === id);
      if (places.length === 0) return unknown;
      const commitments = input.commitments.filter((c) => (c.concerns.features ?? []).includes(id));
      return { files: assemble(input, { places, ...(commitments.length ? { commitments } : {}) }, name, title) };
    }
    case 'commitment': {
      const commitments = input.commitments.filter((c) => c.id === id);
      if (commitments.length === 0) return unknown;
      return { files: assemble(input, { commitments }, name, title) };
    }
    case 'commitments':
      return { files: assemble(input, { commitments: input.commitments }, name, title) };
    case 'declaration':
      return { files: assemble(input, { declaration: {} }, name, title) };
    case 'passage': {
      if (!input.declaration.paragraphs.some((p) => p.id === id)) return unknown;
      const commitments = input.commitments.filter((c) => c.passageId === id);
      return { files: assemble(input, { declaration: { paragraph: id }, ...(commitments.length ? { commitments } : {}) }, name, title) };
    }
    default:
      return { error: 'no-data', id };
  }
}
