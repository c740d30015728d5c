// The languages a reader can choose, one entry each: what the switch calls it and what to load.
// English is in the first load; every other language's interface words, texts and map names arrive
// in chunks of their own when it is chosen (the first load stays within its budget).
//
// To add a language (Kazakh, say): add 'kk' to LANGS in data/lang.ts, its Intl locale in
// src/i18n/index.ts, its catalogs src/i18n/locales/kk.json and kk.later.json, its texts beside the
// English in data/ and src/content/ (`npm run content:langs` writes the table), its map names
// (src/i18n/names/kk.json, each with a source), and its entry below. The tests then list what is missing.
import { addTranslations, DEFAULT_LANG, type Lang } from '../../data/lang';
import { activate, addMessages } from './index';
import { addNames, setNamesLang, type NameTable } from './names';

interface LangBundle {
  first: Record<string, unknown>;
  later: Record<string, unknown>;
  content: Record<string, string>;
  names: NameTable;
}

interface LangInfo {
  /**
   * The language's name in itself, as the switch writes it in every language ("Русский" also on an
   * English page): a reader looks for their own language's name, not a translation of it.
   */
  autonym: string;
  /** Loads everything the language adds to the English of the first load; null for English. */
  load: (() => Promise<LangBundle>) | null;
}

const json = <T>(m: { default: unknown }) => m.default as T;

export const LANG_INFO: Readonly<Record<Lang, LangInfo>> = {
  en: { autonym: 'English', load: null },
  ru: {
    autonym: 'Русский',
    load: async () => {
      const [first, later, content, names] = await Promise.all([
        import('./locales/ru.json'),
        import('./locales/ru.later.json'),
        import('./content/ru.json'),
        import('./names/ru.json'),
      ]);
      return { first: json(first), later: json(later), content: json(content), names: json(names) };
    },
  },
};

const loaded = new Set<Lang>([DEFAULT_LANG]);

/**
 * Loads `lang` (once) and makes it the language of the interface, the texts and the map's names.
 * Throws when a file cannot be loaded; the language in use is then unchanged.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  const load = LANG_INFO[lang].load;
  if (load && !loaded.has(lang)) {
    const bundle = await load();
    addMessages(lang, bundle.first);
    addMessages(lang, bundle.later);
    addTranslations(lang, bundle.content);
    addNames(lang, bundle.names);
    loaded.add(lang);
  }
  setNamesLang(lang);
  activate(lang);
}
