// The physical pipeline: names for display, stable ids, geometry that stays small, the committed
// files in step with the build, and a bad input stopped with one line before anything is written.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Position } from 'geojson';
import type { CountryCollection } from '../../scripts/geo/countries';
import {
  BASINS,
  DECLARATION_WATER,
  FIRST_VIEW,
  buildPhysical,
  chainLines,
  displayName,
  kebabId,
  readNaturalEarth,
  simplifyLines,
  validatePhysical,
  type PhysicalProps,
  type PhysicalResult,
  type WaterFile,
} from '../../scripts/geo/physical';
import { formatError } from '../../scripts/geo/validate';

const read = (f: string) => readFileSync(`public/geo/${f}`, 'utf8');
const countries = JSON.parse(read('countries.geojson')) as CountryCollection;
const firstView = JSON.parse(read('physical.geojson')) as FeatureCollection;
const detail = JSON.parse(read('physical-detail.geojson')) as FeatureCollection;
const water = JSON.parse(read('water.json')) as WaterFile;
const gz = (f: string) => gzipSync(readFileSync(`public/geo/${f}`), { level: 6 }).length;
const propsOf = (fc: FeatureCollection) => fc.features.map((f) => f.properties as PhysicalProps);

describe('names', () => {
  it('are normalised for display', () => {
    expect(displayName('Amu  Darya')).toBe('Amu Darya');
    expect(displayName('PAMIRS')).toBe('Pamirs');
    expect(displayName('TIAN SHAN')).toBe('Tian Shan');
    expect(displayName('PLATEAU OF TIBET')).toBe('Plateau of Tibet');
    expect(displayName('ELBURZ MTS.')).toBe('Elburz Mountains');
    expect(displayName('Tarbagatay Ra.')).toBe('Tarbagatay Range');
  });

  it('use the English forms the data says it chose', () => {
    expect(displayName('GARAGUM DESERT')).toBe('Karakum Desert');
    expect(displayName('QIZILQUM DESERT')).toBe('Kyzylkum Desert');
    expect(displayName('Ertis')).toBe('Irtysh');
    const karakum = propsOf(firstView).find((p) => p.name === 'Karakum Desert');
    expect(karakum?.ne).toBe('GARAGUM DESERT');
  });

  it('give stable kebab ids', () => {
    expect(kebabId('Lake Balkhash')).toBe('lake-balkhash');
    expect(kebabId('Issyk-Kul')).toBe('issyk-kul');
    expect(kebabId('Kızılırmak')).toBe('kizilirmak');
    expect(kebabId('Aydar Ko‘l')).toBe('aydar-kol');
  });
});

describe('geometry helpers', () => {
  it('chain river pieces drawn in either direction into one line', () => {
    const a: Position[] = [[0, 0], [1, 0]];
    const b: Position[] = [[2, 0], [1, 0]]; // reversed piece
    const c: Position[] = [[2, 0], [3, 0]];
    expect(chainLines([a, b, c])).toEqual([[[0, 0], [1, 0], [2, 0], [3, 0]]]);
  });

  it('round to the file’s decimals and drop pieces that collapse', () => {
    const [line] = simplifyLines([[[60.123456, 40.987654], [60.2, 41], [61.5, 41.25]]], 0.03, 2);
    expect(line).toEqual([[60.12, 40.99], [61.5, 41.25]]);
    expect(simplifyLines([[[60.001, 40.001], [60.002, 40.002]]], 0.03, 2)).toEqual([]);
  });
});

describe('the committed physical files', () => {
  it('keep the first view within 12 kB gzipped and the detail within 120 kB', () => {
    expect(gz('physical.geojson')).toBeLessThanOrEqual(12_000);
    expect(gz('physical-detail.geojson')).toBeLessThanOrEqual(120_000);
  });

  it('draw the declaration’s rivers, the big lakes, the glaciers and the region’s ranges in the first view', () => {
    const ids = new Set(propsOf(firstView).map((p) => p.id));
    for (const id of ['amu-darya', 'syr-darya', 'naryn', 'panj', 'zeravshan', 'ili', 'irtysh', 'aral-sea', 'issyk-kul', 'lake-balkhash', 'kapchagay-reservoir', 'toktogul-reservoir']) {
      expect(ids, id).toContain(id);
    }
    const names = new Set(propsOf(firstView).map((p) => p.name));
    for (const n of ['Pamirs', 'Tian Shan', 'Hindu Kush', 'Turan Lowland', 'Karakum Desert', 'Kyzylkum Desert', 'Ustyurt Plateau', 'Fergana Valley']) expect(names, n).toContain(n);
    expect(propsOf(firstView).filter((p) => p.kind === 'glacier')).toHaveLength(1);
  });

  it('keep only what the style reads, with at most 2 decimals in the first view and 3 in the detail', () => {
    const allowed = ['kind', 'id', 'name', 'rank', 'minzoom', 'maxzoom', 'elevation', 'ne'];
    for (const p of [...propsOf(firstView), ...propsOf(detail)]) for (const k of Object.keys(p)) expect(allowed).toContain(k);
    expect(validatePhysical('physical.geojson', firstView, 2)).toEqual([]);
    expect(validatePhysical('physical-detail.geojson', detail, 3)).toEqual([]);
  });

  it('show peaks with their elevation only from zoom 7', () => {
    const peaks = propsOf(detail).filter((p) => p.kind === 'peak');
    expect(peaks.length).toBeGreaterThan(10);
    for (const p of peaks) {
      expect(p.minzoom).toBeGreaterThanOrEqual(7);
      expect(typeof p.elevation).toBe('number');
    }
    expect(peaks.find((p) => p.name === 'Pik Imeni Ismail Samani')?.elevation).toBe(7495);
  });

  it('give water.json the states each river crosses, in order downstream where the mouth is known', () => {
    const by = new Map(water.water.map((w) => [w.id, w]));
    expect(by.get('amu-darya')).toMatchObject({ states: ['TJK', 'AFG', 'UZB', 'TKM'], statesOrder: 'downstream', flowsInto: 'aral-sea', basin: 'amu-darya' });
    expect(by.get('syr-darya')).toMatchObject({ flowsInto: 'aral-sea', basin: 'syr-darya' });
    expect(by.get('syr-darya')?.states).toEqual(expect.arrayContaining(['UZB', 'KAZ']));
    expect(by.get('aral-sea')).toMatchObject({ kind: 'lake', states: ['KAZ', 'UZB'] });
    expect(by.get('issyk-kul')?.states).toEqual(['KGZ']);
    for (const w of water.water) {
      expect(w.basin === null || w.basin === BASINS[w.id]).toBe(true);
      if (w.flowsIntoSource) expect(w.flowsIntoSource).toMatch(/^https?:\/\/[^/]+\/.+/);
    }
    expect(water.declarationWater).toEqual([...DECLARATION_WATER]);
    expect(water.glacierKm2.TJK).toBeGreaterThan(water.glacierKm2.KGZ ?? 0);
  });
});

describe('buildPhysical', () => {
  let built: PhysicalResult;
  beforeAll(() => {
    built = buildPhysical(countries);
  }, 120_000);

  it('builds the committed files byte for byte, and the same strings twice', () => {
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    for (const [f, s] of Object.entries(built.files)) expect(s, f).toBe(read(f));
    expect(buildPhysical(countries)).toEqual(built);
  }, 120_000);

  it('refuses input that loses the declaration’s water, with one line naming file, feature and reason', () => {
    const ne = readNaturalEarth();
    const noLakes = { ...ne, lakes: { type: 'FeatureCollection' as const, features: [] } };
    const result = buildPhysical(countries, noLakes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatError)).toContain('build-geo: public/geo/water.json: aral-sea: declaration water is not in the map files');
  }, 120_000);

  it('reports a bad feature by its id', () => {
    const bad: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { kind: 'river', id: 'amu-darya', name: 'Amu  Darya', rank: 5, minzoom: 3 }, geometry: { type: 'LineString', coordinates: [[60.123, 40], [61, 41]] } }],
    };
    expect(validatePhysical('public/geo/physical.geojson', bad, FIRST_VIEW.decimals).map(formatError)).toEqual([
      "build-geo: public/geo/physical.geojson: amu-darya: name 'Amu  Darya' is not normalised",
      'build-geo: public/geo/physical.geojson: amu-darya: coordinate [60.123, 40] has more than 2 decimals',
    ]);
  });
});
