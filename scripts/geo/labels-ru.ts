// data/names-ru.ts → src/i18n/names/ru.json, the Russian names of the map's labels (loaded with the Russian language):
// { "countries": { id: ru }, "places": {…}, "physical": {…} }, keys sorted. Country names are computed
// here from Node's Intl.DisplayNames (the overrides in the table replace some). Deterministic for a
// given Node/ICU; checked before anything is written: every id a feature of its layer, every name
// Cyrillic, every entry sourced. `npm run geo` writes it after the other files; alone:
// `npx tsx scripts/geo/labels-ru.ts` (`--check` compares with the committed file instead of writing).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMES_RU, type Cited, type LabelLayer, type NameRuEntry } from '../../data/names-ru';

/** Where the app reads them: a chunk of the Russian language (src/i18n/langs.ts), never of the first load. */
export const NAMES_RU_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/i18n/names/ru.json');
export const LABEL_LAYERS: readonly LabelLayer[] = ['countries', 'places', 'physical'];
export type LabelsRu = Record<LabelLayer, Record<string, string>>;

const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/geo');
const LAYER_FILES: Record<LabelLayer, readonly string[]> = {
  countries: ['countries.geojson'],
  places: ['places.geojson'],
  physical: ['physical.geojson', 'physical-detail.geojson'],
};

/** Cyrillic letters, and between them only spaces, hyphens, digits and parentheses. */
export const CYRILLIC_NAME = /^[\u0400-\u04FF][\u0400-\u04FF0-9 ()-]*$/;

/** An http(s) URL with a path beyond "/". */
export function isUrlWithPath(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.pathname.length > 1;
  } catch {
    return false;
  }
}

interface GeoFeature {
  properties: { id?: string; name?: string; kind?: string } | null;
}

/**
 * The keys a layer's labels can be looked up by: `id`; for physical features without one (landforms,
 * peaks), the English `name` (a landform drawn in both physical files is one key). Throws if such a
 * name is also an id or names features of two kinds (a peak and a range), which would share one label.
 */
export function layerKeys(layer: LabelLayer, dir: string = GEO_DIR): Set<string> {
  const ids = new Set<string>();
  /** Name → the kinds of the id-less features that carry it. */
  const names = new Map<string, Set<string>>();
  for (const file of LAYER_FILES[layer]) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: GeoFeature[] };
    for (const f of fc.features) {
      const p = f.properties ?? {};
      if (p.id !== undefined) ids.add(p.id);
      else if (layer === 'physical' && p.name !== undefined) names.set(p.name, (names.get(p.name) ?? new Set()).add(p.kind ?? ''));
    }
  }
  for (const [name, kinds] of names) {
    if (ids.has(name)) throw new Error(`labels-ru: physical name «${name}» is also an id`);
    if (kinds.size > 1) throw new Error(`labels-ru: physical name «${name}» names features of kinds ${[...kinds].join(', ')}`);
  }
  return new Set([...ids, ...names.keys()]);
}

/** The Russian name of a country entry: Intl's, or its override. */
export function countryName(e: Extract<NameRuEntry, { layer: 'countries' }>): string {
  if (e.override) return e.override.ru;
  const dn = new Intl.DisplayNames('ru', e.intl.style ? { type: 'region', style: e.intl.style } : { type: 'region' });
  return dn.of(e.intl.region) ?? '';
}

const citedProblems = (where: string, c: Cited): string[] => [
  ...(isUrlWithPath(c.url) ? [] : [`${where}: source URL has no path: ${c.url}`]),
  ...(c.read.trim() ? [] : [`${where}: source says nothing about what was read`]),
];

/** Every problem in the table, against the features in `dir`. Empty when sound. */
export function validateNamesRu(entries: readonly NameRuEntry[] = NAMES_RU, dir: string = GEO_DIR): string[] {
  const problems: string[] = [];
  const keys = Object.fromEntries(LABEL_LAYERS.map((l) => [l, layerKeys(l, dir)])) as Record<LabelLayer, Set<string>>;
  const seen = new Set<string>();
  for (const e of entries) {
    const where = `${e.layer}/${e.id}`;
    if (seen.has(where)) problems.push(`${where}: listed twice`);
    seen.add(where);
    if (!keys[e.layer].has(e.id)) problems.push(`${where}: no such feature in ${LAYER_FILES[e.layer].join(', ')}`);
    let ru: string;
    if (e.layer === 'countries') {
      if (!/^[A-Z]{2}$/.test(e.intl.region)) problems.push(`${where}: ${e.intl.region} is not an ISO 3166-1 alpha-2 code`);
      const fromIntl = new Intl.DisplayNames('ru', { type: 'region', ...(e.intl.style ? { style: e.intl.style } : {}) }).of(e.intl.region);
      if (!fromIntl || fromIntl === e.intl.region) problems.push(`${where}: Intl has no Russian name for ${e.intl.region}`);
      if (e.override) {
        if (!e.override.reason.trim()) problems.push(`${where}: override without a reason`);
        if (e.override.sources.length === 0) problems.push(`${where}: override without a source`);
        for (const s of e.override.sources) problems.push(...citedProblems(where, s));
      }
      ru = countryName(e);
    } else {
      problems.push(...citedProblems(where, e.source));
      ru = e.ru;
    }
    if (!CYRILLIC_NAME.test(ru)) problems.push(`${where}: «${ru}» is not a Cyrillic name`);
  }
  return problems;
}

/** The file's text: three layers, keys sorted, one name a line. */
export function generateLabelsRu(entries: readonly NameRuEntry[] = NAMES_RU, dir: string = GEO_DIR): string {
  const problems = validateNamesRu(entries, dir);
  if (problems.length > 0) throw new Error(`labels-ru: ${problems.length} problem(s):\n${problems.join('\n')}`);
  const out = Object.fromEntries(LABEL_LAYERS.map((l) => [l, {} as Record<string, string>])) as LabelsRu;
  for (const e of entries) out[e.layer][e.id] = e.layer === 'countries' ? countryName(e) : e.ru;
  const sorted = Object.fromEntries(
    LABEL_LAYERS.map((l) => [l, Object.fromEntries(Object.entries(out[l]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]),
  );
  return `${JSON.stringify(sorted, null, 1)}\n`;
}

/** Validates against the features in `dir` and writes `path` through a temp file. */
export function writeLabelsRu(dir: string = GEO_DIR, path: string = NAMES_RU_FILE): void {
  const text = generateLabelsRu(NAMES_RU, dir);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--check')) {
      const fresh = generateLabelsRu();
      const committed = readFileSync(NAMES_RU_FILE, 'utf8');
      if (fresh !== committed) {
        console.error(`labels-ru: src/i18n/names/ru.json differs from a fresh generation: run npx tsx scripts/geo/labels-ru.ts`);
        process.exitCode = 1;
      }
    } else writeLabelsRu();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
