// The map's names in the reader's language: countries, places and physical features, by layer and
// feature id, each language's table sourced (src/i18n/names/<lang>.json, generated from
// data/names-<lang>.ts). A feature with no sourced name keeps its English (Natural Earth's) name.
import type { Lang } from '../../data/lang';
import type { LabelLanguage } from '../map/labelText';
import { locale, t } from './index';

export type NameLayer = 'countries' | 'places' | 'physical';
export type NameTable = Partial<Record<NameLayer, Readonly<Record<string, string>>>>;

const tables = new Map<Lang, NameTable>();
let current: Lang = 'en';

export function addNames(lang: Lang, table: NameTable): void {
  tables.set(lang, table);
}

/** Follows the interface's language (set by src/i18n/langs.ts, after the table is loaded). */
export function setNamesLang(lang: Lang): void {
  current = lang;
}

/** The names of `layer` in the reader's language, by feature id (empty in English). */
export function namesOf(layer: NameLayer, lang: Lang = current): Readonly<Record<string, string>> {
  return tables.get(lang)?.[layer] ?? {};
}

/** A feature's name in the reader's language, or `fallback` (its English name) where none is sourced. */
export function nameOf(layer: NameLayer, id: string, fallback: string, lang: Lang = current): string {
  return namesOf(layer, lang)[id] ?? fallback;
}

/** Everything the map's labels need in the language now: names, and how an elevation is written. */
export function labelLanguage(lang: Lang = current): LabelLanguage {
  return { names: tables.get(lang) ?? {}, locale: locale(), metre: t('map.metre') };
}
