// Build-time: our texts are written with every language beside the English (`{ en, ru }`, see
// data/lang.ts), but a reader downloads only the language they read. The build takes every language
// but English out of the bundled modules and the generated JSON, and `npm run content:langs` writes
// each language into one table (src/i18n/content/<lang>.json, by `proseKey` of the English) that
// src/i18n loads when that language is chosen.
import ts from 'typescript';
import type { Plugin } from 'vite';
import { eachProse, LANGS, mapProse, proseKey, type Lang } from '../../data/lang.ts';

/** Languages other than English: the ones moved out of the first load. */
export const OTHER_LANGS = LANGS.filter((l) => l !== 'en');

/** Where texts of ours are written (modules under data/ and src/content/): the only files the plugin parses. */
const PROSE_MODULE = /[\\/](?:data|src[\\/]content)[\\/][^?]*\.ts$/;
const MENTIONS_OTHER_LANG = new RegExp(`\\b(?:${OTHER_LANGS.join('|') || '$^'})\\s*:`);

/**
 * `code` without the other languages' properties of each Prose literal (`{ en: '…', ru: '…' }` →
 * `{ en: '…' }`), or null when it holds none. Only objects with an `en` property are touched, so a
 * `ru:` key of anything else (a table by language code, say) stays.
 */
export function stripOtherLangs(code: string, fileName = 'module.ts'): string | null {
  if (!MENTIONS_OTHER_LANG.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const nameOf = (p: ts.ObjectLiteralElementLike) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null);
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => nameOf(p) === 'en')) {
      for (const p of node.properties) {
        const name = nameOf(p);
        if (!ts.isPropertyAssignment(p) || !name || !(OTHER_LANGS as readonly string[]).includes(name)) continue;
        // The property with the comma after it, or else the one before it, so what is left is still a list.
        let start = p.getFullStart();
        let end = p.end;
        const after = /^\s*,/.exec(code.slice(end));
        if (after) end += after[0].length;
        else {
          const before = /,\s*$/.exec(code.slice(0, start));
          if (before) start -= before[0].length;
        }
        cuts.push([start, end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (cuts.length === 0) return null;
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    out += code.slice(at, from);
    at = to;
  }
  return out + code.slice(at);
}

/** The build's side: every module of texts reaches the bundle in English only. */
export function stripLangsPlugin(): Plugin {
  return {
    name: 'corridor-atlas-strip-langs',
    // Only the build: in the dev server and in tests the languages stay beside the English.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !PROSE_MODULE.test(id)) return null;
      const out = stripOtherLangs(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** A copy of `value` with each Prose reduced to its English: for the JSON the geo build writes. */
export function onlyEnglish<T>(value: T): T {
  return mapProse(value, (text) => ({ en: text.en })) as T;
}

export interface TranslationTable {
  /** `proseKey(en)` → the text in the language; keys sorted, so the file is stable. */
  table: Record<string, string>;
  /** The same English translated two ways, or two Englishes with one key: each must be settled by hand. */
  conflicts: string[];
}

/** Every translation into `lang` found in `values` (walked by eachProse), keyed for the table. */
export function translationTable(values: readonly unknown[], lang: Lang): TranslationTable {
  const found = new Map<string, { en: string; text: string }>();
  const conflicts: string[] = [];
  for (const value of values) {
    eachProse(value, (prose) => {
      const text = prose[lang]?.trim();
      if (!text) return;
      const key = proseKey(prose.en);
      const had = found.get(key);
      if (!had) found.set(key, { en: prose.en, text });
      else if (had.en !== prose.en) conflicts.push(`“${had.en}” and “${prose.en}” share the key ${key}`);
      else if (had.text !== text) conflicts.push(`“${prose.en}” is translated both “${had.text}” and “${text}”`);
    });
  }
  const table: Record<string, string> = {};
  for (const key of [...found.keys()].sort()) table[key] = (found.get(key) as { text: string }).text;
  return { table, conflicts };
}
