// "Download data": the package's files (src/export/datapackage.ts) from the same input the build's
// public/data/ is written from (scripts/data/input.ts), checked against the Frictionless Data Package
// profile (tests/fixtures/frictionless, vendored; see its README).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { buildDataPackage, csvField, selectionData, toCsv, type DataFile } from '../../src/export/datapackage';
import { zipPackage } from '../../src/export/dataZip';
import { nodeDataInput } from '../../scripts/data/input';
import { unzipSync, strFromU8 } from 'fflate';

const input = nodeDataInput();
const files = buildDataPackage(input);
const file = (list: DataFile[], path: string) => list.find((f) => f.path === path)!.text;
const descriptor = () => JSON.parse(file(files, 'datapackage.json'));

/** Parses RFC 4180 CSV (for the round trip): quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

function validator() {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/frictionless/data-package.json', import.meta.url), 'utf8'));
  // Draft-04's $schema URI is not one ajv 8 loads; its keywords here mean the same in ajv's draft.
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsImport as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  return ajv.compile(schema);
}

describe('CSV (RFC 4180)', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(0.759)).toBe('0.759');
    expect(csvField(' spaced ')).toBe(' spaced ');
  });
  it('ends every record with CRLF and round-trips', () => {
    const rows = [['a,b', 'x"y', 'line\r\nbreak', '', 'é – “quote”']];
    const text = toCsv(['one', 'two', 'three', 'four', 'five'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['one', 'two', 'three', 'four', 'five'], ...rows]);
  });
});

describe('the package', () => {
  it('validates against the Data Package profile', () => {
    const validate = validator();
    expect(validate(descriptor()), JSON.stringify(validate.errors)).toBe(true);
  });
  it('fails the profile when broken (the check can fail)', () => {
    const validate = validator();
    const noResources = { ...descriptor(), resources: [] };
    const badName = { ...descriptor(), name: 'Corridor Atlas!' };
    const badLicence = descriptor();
    badLicence.resources[0].licenses = [{ title: 'no name, no path' }];
    const noPath = descriptor();
    delete noPath.resources[1].path;
    for (const broken of [noResources, badName, badLicence, noPath]) expect(validate(broken)).toBe(false);
  });
  it('has every file it lists, and each resource states its licence and sources', () => {
    const d = descriptor();
    expect(d.resources.map((r: { path: string }) => r.path)).toEqual(files.slice(1).map((f) => f.path));
    expect(files.map((f) => f.path)).toEqual(['datapackage.json', 'states.geojson', 'routes.geojson', 'places.geojson', 'commitments.csv', 'declaration.json', 'series.csv']);
    for (const r of d.resources) {
      expect(r.licenses.length, r.name).toBeGreaterThan(0);
      expect(r.sources.length, r.name).toBeGreaterThan(0);
      expect(r.encoding).toBe('utf-8');
      expect(r.mediatype).toMatch(/\//);
      if (r.format === 'csv') expect(r.schema.fields.length).toBeGreaterThan(0);
    }
    // The GeoJSON files carry them too, and the declaration its own.
    for (const path of ['states.geojson', 'routes.geojson', 'places.geojson']) {
      const g = JSON.parse(file(files, path));
      expect(g.type).toBe('FeatureCollection');
      expect(g.license.length).toBeGreaterThan(0);
      expect(g.sources.length).toBeGreaterThan(0);
    }
    expect(JSON.parse(file(files, 'declaration.json')).license[0].title).toMatch(/public domain/i);
  });
  it('the CSV header matches its Table Schema', () => {
    const d = descriptor();
    for (const r of d.resources.filter((x: { format: string }) => x.format === 'csv')) {
      expect(parseCsv(file(files, r.path))[0]).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
    }
  });
  it('is deterministic', () => {
    expect(buildDataPackage(nodeDataInput())).toEqual(files);
    expect(zipPackage(buildDataPackage(nodeDataInput()))).toEqual(zipPackage(files));
  });
});

describe('the resources', () => {
  it('commitments.csv: one row per event, one empty row for a commitment with none', () => {
    const rows = parseCsv(file(files, 'commitments.csv'));
    const [header, ...body] = rows;
    const expected = input.commitments.reduce((n, c) => n + Math.max(1, c.events.length), 0);
    expect(body.length).toBe(expected);
    const col = (name: string) => header.indexOf(name);
    for (const c of input.commitments) {
      const mine = body.filter((r) => r[col('commitment_id')] === c.id);
      expect(mine.length).toBe(Math.max(1, c.events.length));
      if (c.events.length === 0) expect(mine[0][col('event_date')]).toBe('');
      c.events.forEach((e, i) => {
        expect(mine[i][col('event_date')]).toBe(e.date);
        expect(mine[i][col('source_urls')].split(' | ')).toEqual(e.sources.map((s) => s.url));
      });
    }
    expect(body.every((r) => r.length === header.length)).toBe(true);
  });
  it('declaration.json: every sentence verbatim with its stable id', () => {
    const d = JSON.parse(file(files, 'declaration.json'));
    const sentences = d.sections.flatMap((s: { paragraphs: { sentences: { id: string; text: string }[] }[] }) => s.paragraphs.flatMap((p) => p.sentences));
    const want = input.declaration.paragraphs.flatMap((p) => p.sentences.map((s) => ({ id: s.id, text: s.text })));
    expect(sentences.map((s: { id: string; text: string }) => ({ id: s.id, text: s.text }))).toEqual(want);
    expect(sentences.map((s: { id: string }) => s.id)).toContain('economic-energy-corridor-1.s4');
    expect(d.source.url).toMatch(/^https:\/\/www\.whitehouse\.gov\//);
  });
  it('routes.geojson: one feature per route with its legs, track and service histories and sources', () => {
    const g = JSON.parse(file(files, 'routes.geojson'));
    expect(g.features.length).toBe(input.routeMeta.length);
    const f = g.features.find((x: { properties: { id: string } }) => x.properties.id === 'middle-corridor-core');
    expect(f.geometry.type).toBe('MultiLineString');
    expect(typeof f.properties.name).toBe('string');
    expect(f.properties.legs.length).toBe(f.geometry.coordinates.length);
    expect(f.properties.legs[0].track.length).toBeGreaterThan(0);
    expect(f.properties.service[0].source.url).toMatch(/^https?:/);
    expect(f.properties.sources.length).toBeGreaterThan(0);
  });
  it('series.csv: one row per point', () => {
    const rows = parseCsv(file(files, 'series.csv'));
    expect(rows.length - 1).toBe(input.series.reduce((n, s) => n + s.points.length, 0));
  });
});

describe('this selection as data', () => {
  const validate = validator();
  it('a state: its feature and the commitments concerning it', () => {
    const r = selectionData({ kind: 'state', id: 'KAZ' }, input);
    if (!('files' in r)) throw new Error(r.error);
    const states = JSON.parse(file(r.files, 'states.geojson'));
    expect(states.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['KAZ']);
    expect(file(r.files, 'commitments.csv').split('\r\n').length).toBeGreaterThan(2);
    expect(validate(JSON.parse(file(r.files, 'datapackage.json'))), JSON.stringify(validate.errors)).toBe(true);
  });
  it('a route: its feature with its legs', () => {
    const r = selectionData({ kind: 'route', id: 'middle-corridor-core' }, input);
    if (!('files' in r)) throw new Error(r.error);
    const g = JSON.parse(file(r.files, 'routes.geojson'));
    expect(g.features.length).toBe(1);
    expect(g.features[0].properties.legs.length).toBeGreaterThan(1);
    expect(validate(JSON.parse(file(r.files, 'datapackage.json')))).toBe(true);
  });
  it('a commitment, a place, the declaration', () => {
    const c = input.commitments[0];
    const one = selectionData({ kind: 'commitment', id: c.id }, input);
    if (!('files' in one)) throw new Error(one.error);
    expect(parseCsv(file(one.files, 'commitments.csv')).length - 1).toBe(Math.max(1, c.events.length));
    const place = selectionData({ kind: 'place', id: 'aktau' }, input);
    if (!('files' in place)) throw new Error(place.error);
    expect(JSON.parse(file(place.files, 'places.geojson')).features.length).toBe(1);
    const decl = selectionData({ kind: 'declaration', id: 'declaration' }, input);
    if (!('files' in decl)) throw new Error(decl.error);
    expect(decl.files.map((f) => f.path)).toEqual(['datapackage.json', 'declaration.json']);
  });
  it('unknown or empty: an error, no files', () => {
    expect(selectionData(null, input)).toEqual({ error: 'none', id: '' });
    expect(selectionData({ kind: 'state', id: 'XXX' }, input)).toEqual({ error: 'unknown', id: 'XXX' });
    expect(selectionData({ kind: 'route', id: 'nowhere' }, input)).toEqual({ error: 'unknown', id: 'nowhere' });
    expect(selectionData({ kind: 'water', id: 'amu-darya' }, input)).toEqual({ error: 'no-data', id: 'amu-darya' });
  });
});

describe('the zip', () => {
  it('holds every file, unchanged', () => {
    const unzipped = unzipSync(zipPackage(files));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path).sort());
    for (const f of files) expect(strFromU8(unzipped[f.path])).toBe(f.text);
  });
});

describe('public/data/ (the stable URLs, committed)', () => {
  it('is what npm run data writes now: no file stale, missing or left over', async () => {
    const { staleDataFiles } = await import('../../scripts/build-data');
    expect(staleDataFiles(), 'run npm run data and commit public/data/').toEqual([]);
  });
});
