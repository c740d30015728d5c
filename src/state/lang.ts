// The reader's language in the address (`?lang=ru`, in the query so it survives every hash the app
// writes and reaches an embed's iframe) and in storage (the choice is remembered). Pure: read and
// written by src/ui/language.ts.
import { DEFAULT_LANG, isLang, type Lang } from '../../data/lang';

export const LANG_PARAM = 'lang';
/** Where the choice is remembered between visits. */
export const LANG_STORAGE_KEY = 'corridor-atlas.lang';

export interface LangChoice {
  lang: Lang;
  /** The address's value when it names no language of the atlas (shown in a notice), else null. */
  bad: string | null;
}

/**
 * The language to open in: the address's, else the remembered one, else English. A bad value in the
 * address is reported and the remembered language (or English) is used.
 */
export function initialLang(search: string, stored: string | null): LangChoice {
  let asked: string | null = null;
  try {
    asked = new URLSearchParams(search.length > 2000 ? '' : search).get(LANG_PARAM);
  } catch {
    asked = null;
  }
  const fallback = isLang(stored) ? stored : DEFAULT_LANG;
  if (asked === null) return { lang: fallback, bad: null };
  const code = asked.trim().toLowerCase();
  return isLang(code) ? { lang: code, bad: null } : { lang: fallback, bad: asked.slice(0, 20) };
}

/** The query string with `lang` set to `lang` (and nothing else changed), e.g. '?embed=1&lang=ru'. */
export function searchWithLang(search: string, lang: Lang): string {
  const q = new URLSearchParams(search);
  q.set(LANG_PARAM, lang);
  return `?${q.toString()}`;
}
