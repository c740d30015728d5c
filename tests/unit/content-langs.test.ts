// Our texts in other languages load only for their readers: the build strips them from the bundled
// modules and the geo files, and each language's table (src/i18n/content/<lang>.json) holds them,
// fresh and without a conflict.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTranslations, eachProse, prose, proseKey } from '../../data/lang';
import { onlyEnglish, OTHER_LANGS, stripOtherLangs, translationTable } from '../../scripts/build/content-langs';
import { proseSources } from '../../scripts/build/prose-sources';
import { contentFile } from '../../scripts/content-langs';

const root = (f: string) => resolve(__dirname, '../..', f);
// Built once, at collection: the geo outputs take seconds to rebuild in memory.
const SOURCES = proseSources();

describe('stripOtherLangs (the build plugin)', () => {
  it('takes the other languages out of each Prose literal and leaves valid code', () => {
    const code = "export const a = { en: 'Road', ru: 'Дорога' };\nconst b = { title: { en: 'x', ru: 'икс', }, ru: 'kept: no en beside it' };\nstep('2024', 's', { ru: `т`, en: 'n' });";
    const out = stripOtherLangs(code) as string;
    expect(out).toBe("export const a = { en: 'Road' };\nconst b = { title: { en: 'x', }, ru: 'kept: no en beside it' };\nstep('2024', 's', { en: 'n' });");
    expect(out).not.toMatch(/[Ѐ-ӿ]/);
  });

  it('leaves a module without another language alone', () => {
    expect(stripOtherLangs("const a = { en: 'Road' };")).toBeNull();
  });
});

describe('the English-only geo files', () => {
  it('onlyEnglish reduces every Prose and keeps the rest', () => {
    expect(onlyEnglish({ id: 'r', name: { en: 'A', ru: 'А' }, facts: [{ text: { en: 'B', ru: 'Б' }, n: 1 }] })).toEqual({ id: 'r', name: { en: 'A' }, facts: [{ text: { en: 'B' }, n: 1 }] });
  });

  it.each(['public/geo/routes.json', 'src/data/place-details.json'])('%s carries no other language of our texts (those load with the language)', (f) => {
    // Sources' titles stay as published, Cyrillic or not; no text of ours has a second language.
    expect(readFileSync(root(f), 'utf8')).not.toMatch(new RegExp(`"(?:${OTHER_LANGS.join('|')})":`));
  });
});

describe('each language’s table', () => {
  it.each(OTHER_LANGS)('%s: the committed table is what `npm run content:langs` writes, with no conflict', (lang) => {
    const { text, conflicts } = contentFile(lang);
    expect(conflicts).toEqual([]);
    expect(readFileSync(root(`src/i18n/content/${lang}.json`), 'utf8')).toBe(text);
  });

  it.each(OTHER_LANGS)('%s: every text with a translation is found by prose() from the table alone', (lang) => {
    const table = JSON.parse(readFileSync(root(`src/i18n/content/${lang}.json`), 'utf8')) as Record<string, string>;
    addTranslations(lang, table);
    const wrong: string[] = [];
    for (const s of SOURCES) {
      eachProse(s.value, (v) => {
        const want = v[lang];
        if (want && prose({ en: v.en }, lang) !== want.trim()) wrong.push(v.en);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('reports the same English translated two ways', () => {
    const { conflicts } = translationTable([{ en: 'Port', ru: 'Порт' }, { en: 'Port', ru: 'Гавань' }], 'ru');
    expect(conflicts).toHaveLength(1);
  });

  it('falls back to English where the table has no entry, and keys by the English', () => {
    addTranslations('ru', { [proseKey('Hello')]: 'Привет' });
    expect(prose({ en: 'Hello' }, 'ru')).toBe('Привет');
    expect(prose({ en: 'Not in any table' }, 'ru')).toBe('Not in any table');
    expect(prose({ en: 'Hello' }, 'en')).toBe('Hello');
  });
});
