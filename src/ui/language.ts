// Choosing the reader's language: loads it (src/i18n/langs.ts), writes it into the address and the
// page (`<html lang>`, the title), and remembers it. The one place that does all of these.
import { useSyncExternalStore } from 'react';
import { DEFAULT_LANG, type Lang } from '../../data/lang';
import { activeLang, onLocaleChange, t } from '../i18n';
import { loadLanguage } from '../i18n/langs';
import { initialLang, LANG_PARAM, LANG_STORAGE_KEY, searchWithLang } from '../state/lang';

function stored(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage off (a private window, a sandboxed iframe): the address still works
  }
}

function remember(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the address carries it.
  }
}

function showOnPage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = t('app.documentTitle');
}

/**
 * Before the first render: the language of the address or of the last visit, loaded. Returns the
 * notices to show (a language the atlas does not have, or one that failed to load: English then).
 */
export async function startLanguage(): Promise<string[]> {
  const choice = initialLang(window.location.search, stored());
  const notices: string[] = [];
  if (choice.bad !== null) notices.push(t('notice.badLang', { value: choice.bad }));
  try {
    await loadLanguage(choice.lang);
  } catch {
    notices.push(t('notice.langFailed'));
    await loadLanguage(DEFAULT_LANG);
  }
  const lang = activeLang();
  // A remembered language is written into the address, so a link copied now opens as it looks.
  if (lang !== DEFAULT_LANG || new URLSearchParams(window.location.search).has(LANG_PARAM)) writeAddress(lang);
  showOnPage(lang);
  return notices;
}

function writeAddress(lang: Lang): void {
  const { pathname, search, hash } = window.location;
  const next = searchWithLang(search, lang);
  if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
}

/** The reader picked `lang` (the switch, or the host page): load it, then show and remember it. Throws if it cannot load. */
export async function chooseLanguage(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  writeAddress(lang);
  remember(lang);
  showOnPage(lang);
}

/** The language shown now; re-renders its component on a change. */
export function useLang(): Lang {
  return useSyncExternalStore(onLocaleChange, activeLang, activeLang);
}
