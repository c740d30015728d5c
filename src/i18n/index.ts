// The interface's words: every message a reader sees, by id, from the active locale's catalog (ICU
// MessageFormat in src/i18n/locales/, compiled at build time by Lingui's compiler), and dates,
// numbers and lists from Intl. The compiled messages are read by the few lines below rather than by
// Lingui's runtime: the same result, 1.9 KB less in a first load that has 3 KB to spare.
// Everything reads the active locale when it is called, so a switch of language needs no reload.
// This module holds the first view's messages; the rest (panels, tour, dialogs, slides) arrive with
// their code through ./later, so the first load carries only the words it shows.
import { LANGS, setProseLang, type Lang, type Prose } from '../../data/lang';
import first from './locales/en.json';
import type later from './locales/en.later.json';

/** A message of the first view: `t` from this module takes only these. */
export type FirstMessageId = keyof typeof first;
/** Any message: `t` from ./later takes these, and loads their catalog. */
export type MessageId = FirstMessageId | keyof typeof later;
export type MessageValues = Record<string, string | number>;

/**
 * A message compiled by Lingui's compiler (scripts/build/catalog.ts): text, `[name]` for a value,
 * `[name, 'plural' | 'selectordinal' | 'select', branches]` for a choice, '#' for a plural's number.
 */
type Token = string | [name: string, type?: string, branches?: Record<string, unknown>];
type Compiled = Token[];

/** The locale whose catalog is the source of every other: its ids are the ones the code names. */
export const SOURCE_LOCALE = 'en';

/** How Intl writes each catalog's dates and numbers: British English, "28 November 2026"; Russian, «28 ноября 2026 г.». */
export const INTL_LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru' };

const catalogs = new Map<string, Record<string, Compiled>>();
let active = SOURCE_LOCALE;
const listeners = new Set<() => void>();
const missing: string[] = [];
/** Only where messages arrive as source text (node scripts, which skip the build's compiler). */
let compiler: ((message: string) => Compiled) | null = null;

/** For node scripts: compiles catalogs that arrive uncompiled (the build compiles them ahead). */
export function setMessageCompiler(compile: (message: string) => readonly unknown[]): void {
  compiler = (m) => compile(m) as Compiled;
}

/** Adds messages (compiled at build time) to a locale's catalog. */
export function addMessages(locale: string, messages: Record<string, unknown>): void {
  const catalog = catalogs.get(locale) ?? {};
  for (const [id, m] of Object.entries(messages)) catalog[id] = typeof m === 'string' ? (compiler ? compiler(m) : [m]) : (m as Compiled);
  catalogs.set(locale, catalog);
  listeners.forEach((l) => l());
}

/** Makes `locale` the language of every message, and of every text of ours (`prose`), asked for from now on. */
export function activate(locale: Lang): void {
  active = locale;
  setProseLang(locale);
  listeners.forEach((l) => l());
}

/** The language of the interface now. */
export const activeLang = (): Lang => active as Lang;

addMessages(SOURCE_LOCALE, first);

/** Ids asked for that the active catalog did not hold (in the order asked); for tests. */
export function missingMessages(): readonly string[] {
  return missing;
}

function format(tokens: Compiled, values: MessageValues, hash?: string, intl: string = locale()): string {
  let out = '';
  for (const token of tokens) {
    if (typeof token === 'string') {
      // A value that ends a sentence's abbreviation («2023 г.») takes the sentence's full stop: no «г..».
      const text = out.endsWith('.') && token.startsWith('.') && !token.startsWith('..') ? token.slice(1) : token;
      out += hash !== undefined && text === '#' ? hash : text;
      continue;
    }
    const [name, type, branches = {}] = token;
    const value = values[name];
    const branch = (key: string) => (branches[key] ?? branches.other ?? []) as Compiled;
    if (type === 'plural' || type === 'selectordinal') {
      const n = Number(value) - (Number(branches.offset) || 0);
      const exact = branches[`=${Number(value)}`] as Compiled | undefined;
      const rule = new Intl.PluralRules(intl, { type: type === 'plural' ? 'cardinal' : 'ordinal' }).select(n);
      out += format(exact ?? branch(rule), values, new Intl.NumberFormat(intl).format(n), intl);
    } else if (type === 'select') out += format(branch(String(value)), values, hash, intl);
    else if (type === 'number') out += new Intl.NumberFormat(intl).format(Number(value));
    else out += value ?? '';
  }
  return out;
}

/** Any message by id, with no check of which catalog holds it: for ./later and the label tables. */
export function message(id: MessageId, values: MessageValues = {}): string {
  const compiled = catalogs.get(active)?.[id] ?? catalogs.get(SOURCE_LOCALE)?.[id];
  if (!compiled) {
    // Asked for before its catalog arrived: recorded, so a test can fail; the id shows.
    missing.push(id);
    return id;
  }
  return format(compiled, values);
}

/**
 * A message in a given language, whatever the active one, or null when that language's catalog has
 * not been loaded: for texts built from templates that carry every loaded language (the tour's
 * generated steps), so they are Prose like the rest.
 */
export function messageIn(lang: Lang, id: MessageId, values: MessageValues = {}): string | null {
  const compiled = catalogs.get(lang)?.[id];
  return compiled ? format(compiled, values, undefined, INTL_LOCALES[lang]) : null;
}

/**
 * A text built from the catalog's templates (and Intl, and `prose`), in every language whose catalog
 * is loaded, English always: `build` runs once per language with that language active, so the
 * result is Prose like every other text of ours. Synchronous, so nothing else sees the switch.
 */
export function inEveryLoadedLang(build: (lang: Lang) => string): Prose {
  const was = active as Lang;
  const out: Partial<Record<Lang, string>> = {};
  try {
    for (const lang of LANGS) {
      if (!catalogs.has(lang)) continue;
      active = lang;
      setProseLang(lang);
      out[lang] = build(lang);
    }
  } finally {
    active = was;
    setProseLang(was);
  }
  return out as Prose;
}

/** The first view's message `id` in the active locale, with `values` put into its placeholders and plurals. */
export const t: (id: FirstMessageId, values?: MessageValues) => string = message;

/** The active locale, as Intl takes it ('en-GB' for the 'en' catalog). */
export function locale(): string {
  return INTL_LOCALES[active as Lang] ?? active;
}

/** Calls `listener` after every change of locale or catalog; returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * A label table read through the catalog at each access: `table[key]` is the message
 * `${prefix}.${key}` in the active locale, so a table built once still speaks the language of now.
 * A table of later messages may be built in a first-view module; it must be read only by code that
 * imports ./later (the panels, the tour, the slides).
 */
export function labelTable<K extends string>(prefix: string, keys: readonly K[]): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const key of keys) {
    Object.defineProperty(table, key, { enumerable: true, get: () => message(`${prefix}.${key}` as MessageId) });
  }
  return table;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' })));
  return f;
}

/**
 * A date as precise as it is written: '2026-11-28' → "28 November 2026", '2024-09' → "September
 * 2024", '2025' → "2025". Read as a calendar date (UTC), so no time zone shifts the day.
 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || Number.isNaN(y)) return iso;
  if (!m) return String(y);
  const at = new Date(Date.UTC(y, m - 1, d || 1));
  return dateFormat(d ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' }).format(at);
}

/** A number as the locale writes it ("1,234" in English). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(n);
}

/** Names in a sentence: "A, B and C" (a conjunction) or "A, B or C" (`type: 'disjunction'`). */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(locale(), { style: 'long', type }).format(items);
}
