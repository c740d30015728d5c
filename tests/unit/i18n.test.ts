// The message catalog: every message is valid ICU MessageFormat and used, the two parts (first view,
// later) never overlap, the first load's code never pulls in the later part, and every label is read
// from the active locale at the moment it is shown.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCatalog, isCatalog } from '../../scripts/build/catalog';
import { activate, addMessages, formatDate, formatList, formatNumber, INTL_LOCALES, message, SOURCE_LOCALE } from '../../src/i18n';
import { LANGS } from '../../data/lang';
import { t } from '../../src/i18n/later';
import { modeLabel, programmeKindLabel } from '../../src/data/labels';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));
const SOURCES = files('src');
// The source text, as written: an import would give the build's compiled form.
const first = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as Record<string, string>;
const later = JSON.parse(readFileSync('src/i18n/locales/en.later.json', 'utf8')) as Record<string, string>;

afterEach(() => activate(SOURCE_LOCALE));

describe('the catalog', () => {
  it('holds only valid ICU MessageFormat, and a broken message fails the build', () => {
    expect(() => compileCatalog({ ...first, ...later })).not.toThrow();
    expect(() => compileCatalog({ broken: 'Status now, checked {date' })).toThrow(/"broken" is not valid ICU MessageFormat/);
  });

  it('compiles every catalog file of every locale, and nothing else', () => {
    for (const f of readdirSync('src/i18n/locales')) expect(isCatalog(resolve('src/i18n/locales', f)), f).toBe(true);
    expect(isCatalog(resolve('src/i18n/locales/ru.later.json'))).toBe(true);
    expect(isCatalog(resolve('public/geo/routes.json'))).toBe(false);
  });

  it('gives each message one home: the first view’s part or the later part', () => {
    expect(Object.keys(first).filter((id) => id in later)).toEqual([]);
  });

  it('holds no message the code never asks for', () => {
    const code = SOURCES.map((f) => readFileSync(f, 'utf8')).join('\n');
    // Label tables ask for `${prefix}.${key}`: their prefixes stand for their messages.
    const prefixes = [...code.matchAll(/labelTable(?:<[^>]*>)?\(\s*'([\w.-]+)'/g)].map((m) => `${m[1]}.`);
    const unused = Object.keys({ ...first, ...later }).filter((id) => !prefixes.some((p) => id.startsWith(p)) && !code.includes(`'${id}'`) && !code.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });

  it('keeps the later part out of the first load: no module the entry imports statically imports it', () => {
    const graph = new Set<string>();
    const visit = (file: string) => {
      if (graph.has(file)) return;
      graph.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gm)) {
        const base = resolve(dirname(file), m[1]);
        const isFile = (p: string) => {
          try {
            return statSync(p).isFile();
          } catch {
            return false;
          }
        };
        const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => /\.tsx?$/.test(p) && isFile(p));
        if (found) visit(found);
      }
    };
    visit(resolve('src/main.tsx'));
    const pulling = [...graph].filter((f) => /i18n[\\/](later|Rich)\.tsx?$/.test(f));
    expect(pulling).toEqual([]);
    expect(graph.size).toBeGreaterThan(20);
  });
});

describe('the words at the moment they are shown', () => {
  it('follow a change of language without rebuilding a table', () => {
    expect(modeLabel.rail).toBe('Rail');
    expect(programmeKindLabel.financing).toBe('Financing');
    addMessages('ru', compileCatalog({ 'mode.rail': 'Rail (ru)' }));
    activate('ru');
    expect(modeLabel.rail).toBe('Rail (ru)');
    // A message the new catalog lacks falls back to the source language rather than to its id.
    expect(programmeKindLabel.financing).toBe('Financing');
    activate('en');
  });

  it('write Russian plurals, dates and numbers by CLDR, with one full stop after «г.»', () => {
    addMessages('ru', compileCatalog({ 'commitments.count': '{total, plural, one {# обязательство} few {# обязательства} many {# обязательств} other {# обязательства}}', 'deck.released': 'Опубликована {date}.' }));
    activate('ru');
    try {
      const count = (n: number) => message('commitments.count', { total: n });
      expect([1, 2, 5, 11, 21, 22, 37].map(count)).toEqual(['1 обязательство', '2 обязательства', '5 обязательств', '11 обязательств', '21 обязательство', '22 обязательства', '37 обязательств']);
      expect(formatDate('2023-09-19')).toBe('19 сентября 2023 г.');
      expect(message('deck.released', { date: formatDate('2023-09-21') })).toBe('Опубликована 21 сентября 2023 г.');
      expect(formatNumber(8848)).toBe('8\u00a0848');
    } finally {
      activate('en');
    }
  });

  it('take plurals, dates and lists from Intl', () => {
    expect(t('passage.more', { count: 1 })).toBe('1 more sentence');
    expect(t('passage.more', { count: 3 })).toBe('3 more sentences');
    expect(t('commitments.countFiltered', { shown: 2, total: 1234, tally: 'x' })).toBe('2 of 1,234 commitments: x.');
    expect(t('water.kind', { kind: 'lake' })).toBe('Lake');
    expect(t('water.kind', { kind: 'glacier' })).toBe('glacier');
    expect(t('legs.km', { km: 4256 })).toBe('4,256 km');
    expect(formatDate('2026-11-28')).toBe('28 November 2026');
    expect(formatDate('2024-09')).toBe('September 2024');
    expect(formatDate('2025')).toBe('2025');
    expect(formatList(['Kazakhstan', 'Tajikistan', 'Uzbekistan'])).toBe('Kazakhstan, Tajikistan and Uzbekistan');
  });
});

describe('every language’s catalogs', () => {
  const read = (f: string) => JSON.parse(readFileSync(resolve(__dirname, '../../src/i18n/locales', f), 'utf8')) as Record<string, string>;
  /** The placeholders a compiled message uses, and for each plural argument the categories it writes. */
  function shape(tokens: unknown[], names = new Set<string>(), plurals: string[] = []): { names: Set<string>; plurals: string[] } {
    for (const token of tokens) {
      if (!Array.isArray(token)) continue;
      const [name, type, branches] = token as [string, string?, Record<string, unknown[]>?];
      names.add(name);
      if (type === 'plural') plurals.push(`${name}: ${Object.keys(branches ?? {}).filter((k) => !k.startsWith('=') && k !== 'offset').sort().join(' ')}`);
      for (const b of Object.values(branches ?? {})) if (Array.isArray(b)) shape(b, names, plurals);
    }
    return { names, plurals };
  }

  it.each(LANGS.filter((l) => l !== SOURCE_LOCALE))('%s: the same messages as English, the same placeholders, and every plural in all its CLDR categories', (lang) => {
    const categories = new Intl.PluralRules(INTL_LOCALES[lang]).resolvedOptions().pluralCategories.slice().sort().join(' ');
    const wrong: string[] = [];
    for (const part of ['', '.later']) {
      const en = compileCatalog(read(`en${part}.json`)) as Record<string, unknown[]>;
      const other = compileCatalog(read(`${lang}${part}.json`)) as Record<string, unknown[]>;
      expect(Object.keys(other).sort(), `${lang}${part}.json`).toEqual(Object.keys(en).sort());
      for (const [id, tokens] of Object.entries(other)) {
        const mine = shape(tokens);
        const source = shape(en[id] ?? []);
        if ([...mine.names].sort().join() !== [...source.names].sort().join()) wrong.push(`${id}: placeholders ${[...mine.names].join(', ')} ≠ ${[...source.names].join(', ')}`);
        for (const p of mine.plurals) if (!p.endsWith(`: ${categories}`) && !categories.split(' ').every((c) => p.split(': ')[1]?.split(' ').includes(c))) wrong.push(`${id}: plural ${p} lacks some of ${categories}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

