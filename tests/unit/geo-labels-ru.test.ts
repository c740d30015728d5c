// src/i18n/names/ru.json, the Russian names of the map's labels: the committed file is what
// data/names-ru.ts generates now, every key is a feature of its layer, every name is sourced.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTL_MARKER, NAMES_RU, type NameRuEntry } from '../../data/names-ru';
import {
  CYRILLIC_NAME,
  generateLabelsRu,
  isUrlWithPath,
  LABEL_LAYERS,
  layerKeys,
  validateNamesRu,
  type LabelsRu,
} from '../../scripts/geo/labels-ru';

const committedText = readFileSync(resolve(__dirname, '../../src/i18n/names/ru.json'), 'utf8');
const committed = JSON.parse(committedText) as LabelsRu;

describe('public/geo/labels.ru.json', () => {
  it('is what data/names-ru.ts generates now (run npx tsx scripts/geo/labels-ru.ts after editing the table)', () => {
    expect(committedText).toBe(generateLabelsRu());
  });

  it('has the three layers, keys sorted, each key a feature of its layer', () => {
    expect(Object.keys(committed)).toEqual([...LABEL_LAYERS]);
    for (const layer of LABEL_LAYERS) {
      const keys = Object.keys(committed[layer]);
      expect(keys, layer).toEqual([...keys].sort());
      const features = layerKeys(layer);
      for (const k of keys) expect(features.has(k), `${layer}/${k}`).toBe(true);
    }
  });

  it('writes every name in Cyrillic', () => {
    for (const layer of LABEL_LAYERS) for (const [k, ru] of Object.entries(committed[layer])) expect(ru, `${layer}/${k}`).toMatch(CYRILLIC_NAME);
  });

  it('spot checks', () => {
    expect(committed.countries.KGZ).toBe('Кыргызстан');
    expect(committed.countries.KAZ).toBe('Казахстан');
    expect(committed.countries.MMR).toBe('Мьянма');
    expect(committed.countries.PSE).toBe('Палестина');
    expect(committed.places.almaty).toBe('Алматы');
    expect(committed.places.angren).toBe('Ангрен');
    expect(committed.places.tashkent).toBe('Ташкент');
    expect(committed.physical['aral-sea']).toBe('Аральское море');
    expect(committed.physical.ob).toBe('Обь');
    // Peaks are keyed by their English name.
    expect(committed.physical['Pik Pobeda']).toBe('Пик Победы');
    expect(committed.physical.K2).toBe('Чогори');
    // Natural Earth's «пик Ленина» on a 150 m hill in Moscow names another feature: left out.
    expect(committed.physical.Lenina).toBeUndefined();
    // No source, no entry: the map keeps the English.
    expect(committed.countries['n-cyprus']).toBeUndefined();
    expect(committed.places['sughd-substation']).toBeUndefined();
  });
});

describe('data/names-ru.ts', () => {
  it('is sound: ids exist, names Cyrillic, sources cited', () => {
    expect(validateNamesRu()).toEqual([]);
  });

  it('gives each entry a source URL with a path, or the Intl marker for a country', () => {
    for (const e of NAMES_RU) {
      const where = `${e.layer}/${e.id}`;
      if (e.layer === 'countries') {
        expect(e.intl.region, where).toMatch(/^[A-Z]{2}$/);
        for (const s of e.override?.sources ?? []) expect(isUrlWithPath(s.url), `${where}: ${s.url}`).toBe(true);
        if (e.override) expect(e.override.sources.length, where).toBeGreaterThan(0);
      } else {
        expect(isUrlWithPath(e.source.url), `${where}: ${e.source.url}`).toBe(true);
        expect(e.source.read.trim(), where).not.toBe('');
      }
    }
    expect(INTL_MARKER).toContain('Intl.DisplayNames');
  });

  it('overrides Kyrgyzstan with a reason and a cited page, keeping Intl for the code', () => {
    const kgz = NAMES_RU.find((e) => e.layer === 'countries' && e.id === 'KGZ') as Extract<NameRuEntry, { layer: 'countries' }>;
    expect(kgz.intl.region).toBe('KG');
    expect(kgz.override?.ru).toBe('Кыргызстан');
    expect(kgz.override?.sources[0]?.url).toMatch(/^https:\/\/ru\.wikipedia\.org\/wiki\//);
  });

  it('rejects an unknown id, a Latin name and a source without a path', () => {
    const bad: NameRuEntry[] = [
      { layer: 'places', id: 'atlantis', ru: 'Атлантида', source: { url: 'https://example.org/atlantis', read: 'x' } },
      { layer: 'places', id: 'almaty', ru: 'Almaty', source: { url: 'https://example.org/almaty', read: 'x' } },
      { layer: 'physical', id: 'ob', ru: 'Обь', source: { url: 'https://example.org/', read: 'x' } },
    ];
    expect(validateNamesRu(bad)).toEqual([
      'places/atlantis: no such feature in places.geojson',
      'places/almaty: «Almaty» is not a Cyrillic name',
      'physical/ob: source URL has no path: https://example.org/',
    ]);
    expect(() => generateLabelsRu(bad)).toThrow(/3 problem/);
  });

  it('keys landforms and peaks by their English name', () => {
    const physical = layerKeys('physical');
    expect(physical.has('Tian Shan')).toBe(true);
    expect(physical.has('Pik Pobeda')).toBe(true);
    expect(physical.has('amu-darya')).toBe(true);
  });
});
