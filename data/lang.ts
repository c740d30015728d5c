// The languages the atlas's own texts are written in, the shape of such a text, and how a reader's language is picked.
//
// The shape is an object beside each English text, in the data file where the fact lives
// (`note: { en: '…', ru: '…' }`), rather than per-language files keyed by id. Whoever writes or
// corrects a fact sees every language of it at once, so a changed English note is not left with a
// stale translation in another file; no text needs an id of its own (facts and events have none);
// and a completeness check finds what is missing by walking the data (`untranslated`) instead of
// diffing key sets. The declaration is not in this shape: it is quoted as signed, in English only.

/**
 * Every language a text of ours can be written in, English first: English is the language every
 * text has and the one a missing translation falls back to. Adding a language is one entry here;
 * the completeness test then lists each text that lacks it.
 */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG = 'en' satisfies Lang;

/** A text we wrote (a note, a title, a summary), in English and in whichever other languages it has so far. */
export type Prose = { en: string } & Partial<Record<Lang, string>>;

/** True for a language of the registry (from an address, storage or a host page: untrusted). */
export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/**
 * The key of a text's translation in a language's content table: FNV-1a (32-bit) of its English, in
 * base 36. The build takes every language but English out of the bundled data (scripts/build/
 * content-langs.ts) and writes them into one table per language, loaded only when that language is
 * chosen; a hash keeps the table from carrying the English a second time. Collisions are the
 * table's test to catch.
 */
export function proseKey(en: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < en.length; i++) {
    h ^= en.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Each loaded language's table of translations, by `proseKey` of the English. */
const tables = new Map<Lang, Readonly<Record<string, string>>>();
/** The language `prose` writes in when not told: the reader's, set with the interface's (src/i18n). */
let current: Lang = DEFAULT_LANG;

/** Makes `lang` the language of every `prose` call that names none. */
export function setProseLang(lang: Lang): void {
  current = lang;
}

/** The language `prose` writes in now. */
export const proseLang = (): Lang => current;

/** Adds a language's table of translations (as scripts/build/content-langs.ts writes it). */
export function addTranslations(lang: Lang, table: Readonly<Record<string, string>>): void {
  tables.set(lang, { ...tables.get(lang), ...table });
}

/**
 * The text in the reader's language, or in English where that language has none (or an empty one;
 * a blank of spaces is the completeness test's to catch, not worth bytes in the first load here).
 * In the browser the other languages are not beside the English (the build moves them to their
 * tables), so the table is asked; in node (tests, scripts) they are beside it.
 */
export function prose(text: Prose, lang: Lang = current): string {
  if (lang === DEFAULT_LANG) return text.en;
  return text[lang] || tables.get(lang)?.[proseKey(text.en)] || text.en;
}

/** Like `prose`, for the optional texts (a route without a status note). */
export function proseOrNull(text: Prose | null | undefined, lang: Lang = current): string | null {
  return text ? prose(text, lang) : null;
}

/**
 * Texts written one after the other (a common sentence and a detail), in every language all of them
 * have: a language one part lacks is left out, so the completeness test still finds it missing.
 */
export function concatProse(...parts: Prose[]): Prose {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const texts = parts.map((p) => p[lang]);
    if (texts.every((t): t is string => typeof t === 'string')) out[lang] = texts.join('');
  }
  return out as Prose;
}

/** True for a value in the Prose shape: an object with an English string (read from a JSON file, say). */
export function isProse(value: unknown): value is Prose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { en?: unknown }).en === 'string';
}

/** One text that lacks a language: where it is (a path such as `[3].events[0].summary`) and which language. */
export interface Untranslated {
  path: string;
  lang: Lang;
  /** The English, so a translator sees what to translate. */
  en: string;
}

/**
 * The one walk over Prose: calls `visit` for every Prose text in `value`, through arrays and
 * objects, with its path (`[3].events[0].summary`). A Prose is not entered: its languages are one
 * text. Every tool that reads the texts (completeness, counting, the translation tables) walks here.
 */
export function eachProse(value: unknown, visit: (text: Prose, path: string) => void, path = ''): void {
  if (isProse(value)) visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => eachProse(v, visit, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) eachProse(v, visit, path ? `${path}.${k}` : k);
}

/** A copy of `value` with each Prose replaced by `fn`'s result: the other half of eachProse, for writers. */
export function mapProse(value: unknown, fn: (text: Prose) => unknown): unknown {
  if (isProse(value)) return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapProse(v, fn));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapProse(v, fn)]));
  return value;
}

/**
 * Every Prose text in `value` that lacks one of `langs`, or has it empty. English counts too: a Prose
 * with an empty `en` is reported. For the completeness test and for listing what a translator has left.
 */
export function untranslated(value: unknown, langs: readonly Lang[] = LANGS): Untranslated[] {
  const out: Untranslated[] = [];
  eachProse(value, (text, path) => out.push(...langs.filter((l) => !text[l]?.trim()).map((lang) => ({ path, lang, en: text.en }))));
  return out;
}

/** How many Prose texts `value` holds: the completeness test checks it found the texts it means to check. */
export function countProse(value: unknown): number {
  let n = 0;
  eachProse(value, () => n++);
  return n;
}
