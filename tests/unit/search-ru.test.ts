// The search in Russian: a Russian reader finds commitments, events, programmes, states and places
// by Russian words in any case ending, and still finds everything by English words (the declaration
// is quoted in English only).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { places } from '../../data/places';
import { C5 } from '../../data/types';
import { declaration, programmes } from '../../src/content';
import { resolveCommitments } from '../../src/content/commitments';
import { createSearch, processTerm, type SearchFeatures } from '../../src/content/search';
import { foldRu, stemRu } from '../../src/content/stem-ru';
import { activate, activeLang, SOURCE_LOCALE } from '../../src/i18n';
import { addNames, setNamesLang, type NameTable } from '../../src/i18n/names';
import { idOf } from '../../src/state/selection';

const commitments = resolveCommitments(declaration);
const STATE_NAMES: Record<(typeof C5)[number], string> = { KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan', UZB: 'Uzbekistan' };
const features: SearchFeatures = {
  states: C5.map((id) => ({ id, name: STATE_NAMES[id] })),
  places: places.filter((p) => p.kind !== 'waypoint').map((p) => ({ id: p.id, name: p.name })),
};
const search = createSearch(declaration, programmes, commitments, features);

/** The commitment whose title says «…в Среднем коридоре». */
const MIDDLE_CORRIDOR = 'economic-energy-corridor-2.s2';
const commitmentIds = (q: string) => search.query(q, { limit: 50 }).filter((r) => r.kind === 'commitment').map((r) => r.id);

describe('the Russian stemmer', () => {
  it('gives one stem for a word in its cases and numbers', () => {
    const stems = (...words: string[]) => new Set(words.map((w) => stemRu(foldRu(w))));
    expect(stems('коридор', 'коридора', 'коридоре', 'коридору', 'коридором', 'коридоры', 'коридоров', 'коридорами', 'коридорах')).toEqual(new Set(['коридор']));
    expect(stems('обязательства', 'обязательств', 'обязательство', 'обязательству', 'обязательствами')).toEqual(new Set(['обязательств']));
    expect(stems('Средний', 'Среднего', 'Среднем', 'Средним', 'средние', 'средних')).toEqual(new Set(['средн']));
    expect(stems('вода', 'воды', 'воде', 'водой', 'воду')).toEqual(new Set(['вод']));
    expect(stems('Самарканд', 'Самарканде', 'Самарканда', 'Самаркандом')).toEqual(new Set(['самарканд']));
  });

  it('keeps stems of three letters or more, with a vowel', () => {
    expect(stemRu('газ')).toBe('газ');
    expect(stemRu('оба')).toBe('оба');
    expect(stemRu('сша')).toBe('сша');
    expect(stemRu('ош')).toBe('ош');
  });

  it('folds case and ё, drops Russian stop words, leaves English as it was', () => {
    expect(processTerm('ЁЛКА')).toBe(processTerm('елка'));
    for (const w of ['и', 'в', 'во', 'не', 'на', 'с', 'со', 'по', 'к', 'о', 'об', 'из', 'за', 'для', 'от', 'до', 'что', 'как', 'а', 'но', 'или']) expect(processTerm(w), w).toBeNull();
    expect(processTerm('Corridors')).toBe('corridors');
    expect(processTerm('the')).toBeNull();
    expect(processTerm('C5+1')).toBe('c5+1');
  });
});

describe('searching in Russian', () => {
  beforeAll(() => {
    addNames('ru', JSON.parse(readFileSync(resolve(__dirname, '../../src/i18n/names/ru.json'), 'utf8')) as NameTable);
    setNamesLang('ru');
    activate('ru');
  });
  afterAll(() => {
    activate(SOURCE_LOCALE);
    setNamesLang('en');
  });

  it('is in Russian here', () => {
    expect(activeLang()).toBe('ru');
  });

  it('finds the same commitment whatever the case ending', () => {
    for (const q of ['Средний коридор', 'Среднего коридора', 'Среднем коридоре', 'средним коридором', 'СРЕДНИМИ КОРИДОРАМИ', 'коридорах']) {
      expect(commitmentIds(q), q).toContain(MIDDLE_CORRIDOR);
    }
    // One word, one stem: the same commitments however it ends (typo tolerance alone would miss «коридорами»).
    const corridor = commitmentIds('коридор');
    expect(corridor).toContain(MIDDLE_CORRIDOR);
    for (const q of ['коридора', 'коридоре', 'коридором', 'коридорами', 'Коридорах']) expect(commitmentIds(q), q).toEqual(corridor);
    const hit = search.query('Среднего коридора').find((r) => r.id === MIDDLE_CORRIDOR)!;
    expect(hit.title).toMatch(/Среднем коридоре/);
    // The sentence stays the declaration's, in English, verbatim.
    expect(hit.sentence).toBe(commitments.find((c) => c.id === MIDDLE_CORRIDOR)!.text);
  });

  it('finds «обязательства» and «обязательств» alike, in the events', () => {
    const a = commitmentIds('обязательства');
    expect(a).toContain('energy-climate-1.s2'); // «…к Глобальному обязательству по метану»
    expect(a).toContain('people-1.s6'); // «…подтвердило обязательство…»
    expect(commitmentIds('обязательств')).toEqual(a);
    expect(commitmentIds('обязательствами')).toEqual(a);
  });

  it('treats ё as е', () => {
    // The events write «проведенную»; a reader may type «проведённую».
    expect(commitmentIds('проведённую')).toContain('security-1.s3-b');
    expect(commitmentIds('проведённую')).toEqual(commitmentIds('проведенную'));
  });

  it('finds a place by its Russian name, as a place the map can select, and its commitments', () => {
    for (const q of ['Самарканд', 'самарканде', 'Самарканда']) {
      const results = search.query(q);
      const place = results.find((r) => r.kind === 'place');
      expect(place, q).toMatchObject({ kind: 'place', id: 'samarkand', title: 'Самарканд' });
      expect(idOf(place!.kind, place!.id)).toBe(idOf('place', 'samarkand'));
      expect(results.some((r) => r.kind === 'commitment' && r.id === 'economic-energy-corridor-2.s4'), q).toBe(true);
    }
  });

  it('finds a state by its Russian name, by its ISO3 code', () => {
    for (const q of ['Кыргызстан', 'Кыргызстана', 'кыргызстаном']) {
      const state = search.query(q).find((r) => r.kind === 'state');
      expect(state, q).toMatchObject({ kind: 'state', id: 'KGZ', title: 'Кыргызстан' });
    }
    expect(idOf('state', 'KGZ')).toBe('KGZ');
    expect(commitmentIds('Кыргызстана')).toContain('security-1.s3-b');
  });

  it('finds programmes by their Russian summaries and by their English names', () => {
    expect(search.query('критически важных минералов').some((r) => r.kind === 'programme' && r.id === 'c5plus1-critical-minerals-dialogue')).toBe(true);
    expect(search.query('Critical Minerals Dialogue').some((r) => r.kind === 'programme' && r.id === 'c5plus1-critical-minerals-dialogue')).toBe(true);
    const pgi = search.query('PGI').find((r) => r.kind === 'programme')!;
    expect(pgi.id).toBe('pgi');
  });

  it('still finds the declaration and English titles by English words', () => {
    const passage = search.query('Middle Corridor').find((r) => r.kind === 'passage')!;
    expect(passage.id).toBe('economic-energy-corridor-2');
    expect(passage.sentence).toContain('Middle Corridor');
    // An English title, shown in Russian.
    const english = commitments.find((c) => c.id === MIDDLE_CORRIDOR)!.title.en;
    expect(english).toMatch(/Middle Corridor/);
    expect(commitmentIds('Middle Corridor')).toContain(MIDDLE_CORRIDOR);
    expect(search.query('glacier preservation').some((r) => r.id === 'energy-climate-2')).toBe(true);
    expect(search.query('Samarkand').some((r) => r.kind === 'place' && r.id === 'samarkand' && r.title === 'Самарканд')).toBe(true);
  });

  it('finds USAID typed in Latin letters', () => {
    const results = search.query('USAID', { limit: 50 });
    expect(results.some((r) => r.kind === 'programme' && r.id === 'usaid')).toBe(true);
    expect(results.some((r) => r.kind === 'passage')).toBe(true);
    expect(results.some((r) => r.kind === 'commitment' && r.id === 'economic-energy-corridor-2.s4')).toBe(true);
  });

  it('finds something for each example the Russian placeholder gives', () => {
    const catalog = JSON.parse(readFileSync(resolve(__dirname, '../../src/i18n/locales/ru.later.json'), 'utf8')) as Record<string, string>;
    const examples = catalog['search.placeholder'].replace(/^[^:]*:/, '').split(',').map((x) => x.trim());
    expect(examples).toEqual(['вода', 'Средний коридор', 'USAID', 'Самарканд']);
    for (const q of examples) expect(search.query(q).length, q).toBeGreaterThan(0);
    expect(commitmentIds('вода')).toContain('energy-climate-2.s3'); // «…водными ресурсами…»
  });

  it('mixes the two: a Russian word and an English one', () => {
    expect(commitmentIds('USAID Самарканде')).toContain('economic-energy-corridor-2.s4');
  });
});

describe('the search follows the language', () => {
  it('offers English names only, and English results, once English is back', () => {
    activate('ru');
    setNamesLang('ru');
    expect(search.query('Самарканд').some((r) => r.kind === 'place')).toBe(true);
    activate(SOURCE_LOCALE);
    setNamesLang('en');
    expect(search.query('Самарканд')).toEqual([]);
    const place = search.query('Samarkand').find((r) => r.kind === 'place')!;
    expect(place.title).toBe('Samarkand');
  });
});
