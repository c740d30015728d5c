// "Cite this view": the citation of exactly what is on screen (the permalink with its map,
// selection, date and language; the atlas's version and evidence date; the reader's access date) in
// APA, Chicago and BibTeX, in the reader's language. Pure: the dialog (src/ui/CiteDialog.tsx) reads
// the address and today's date and passes them in. Loaded only with the dialog.
import { version as PACKAGE_VERSION } from '../../package.json';
import { EVIDENCE_MONTH } from '../../data/evidence';
import type { Lang } from '../../data/lang';
import { t } from '../i18n/later';
import { LANG_PARAM } from '../state/lang';
import { asOfDay, FIRST_DAY, formatHash, type HashState } from '../state/url';

export interface CiteInput {
  /** The app's address without query or hash, e.g. https://example.org/atlas/. */
  appUrl: string;
  /** What the address shows: map, selection, tour step, date. */
  state: HashState;
  /** The reader's language: the citation's words and the permalink's `?lang=`. */
  lang: Lang;
  /** The open selection's title in the reader's language ("Kazakhstan"), or null with none open. */
  viewTitle: string | null;
  /** 'YYYY-MM-DD': the day the reader accessed the view (today, in the reader's time zone). */
  accessed: string;
  /** The atlas's version (package.json's by default). */
  version?: string;
  /** 'YYYY-MM': the month of the newest evidence (data/evidence.ts by default). */
  evidenceMonth?: string;
}

export interface Citations {
  permalink: string;
  apa: string;
  chicago: string;
  bibtex: string;
}

export const CITE_STYLES = ['apa', 'chicago', 'bibtex'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

/**
 * How each language writes a citation's dates. APA and Chicago are American styles, so their English
 * dates are American ("December 7, 2026"); Russian writes «7 декабря 2026 г.».
 */
const CITE_LOCALES: Record<Lang, string> = { en: 'en-US', ru: 'ru' };
/** The language's name as babel (and so biblatex's `langid`) spells it. */
const BABEL_NAMES: Record<Lang, string> = { en: 'english', ru: 'russian' };

/** '2024-06-01' → "June 1, 2024"; '2026-03' → "March 2026" (in the language's citation convention). */
export function citeDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(CITE_LOCALES[lang], { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, (m || 1) - 1, d || 1)));
}

/** A day in the reader's time zone, 'YYYY-MM-DD': the access date is the reader's today. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The address that opens this view again: the app, the language, and the hash of the view. */
export function permalink({ appUrl, state, lang }: Pick<CiteInput, 'appUrl' | 'state' | 'lang'>): string {
  // The language is always written: a reader who chose another one before would otherwise see this link in theirs.
  return `${appUrl}?${LANG_PARAM}=${lang}${formatHash(state)}`;
}

/** The view's own title: the selection's, and the map's date when it is not the summit's; null for the default view. */
export function viewTitleOf(viewTitle: string | null, state: HashState, lang: Lang): string | null {
  const day = state.asof ? asOfDay(state.asof) : FIRST_DAY;
  if (day === FIRST_DAY) return viewTitle;
  const date = citeDate(day, lang);
  return viewTitle ? t('cite.viewAt', { title: viewTitle, date }) : t('cite.mapAt', { date });
}

/** Ends a sentence with one full stop: none added after «г.» or a closing quotation's own. */
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

const BIBTEX_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, one at a time (no escape is escaped again). */
export function bibtexText(s: string): string {
  return s.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_TEXT[c]);
}

/**
 * A URL inside `\url{…}` in a BibTeX field: `%` and `#` escaped (the field is a macro's argument);
 * braces, backslashes, spaces and anything outside printable ASCII percent-encoded, so the braces
 * stay balanced and the address still opens the same view.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[%#]|[^\x21-\x7e]|[\\{}]/gu, (c) => (c === '%' ? '\\%' : c === '#' ? '\\#' : encodeURIComponent(c)));
}

/** A key that stays the same for the same view whoever cites it and whenever: the selection and the map's date. */
export function bibtexKey(state: HashState): string {
  const parts = ['corridor-atlas'];
  if (state.sel) parts.push(state.sel.replace(/[^A-Za-z0-9_.:-]+/g, '-'));
  const day = state.asof ? asOfDay(state.asof) : FIRST_DAY;
  if (day !== FIRST_DAY) parts.push(day);
  return parts.join('-');
}

/** The three citations of the view, in the active language's words (which the caller has made `lang`). */
export function citeView(input: CiteInput): Citations {
  const { state, lang, accessed } = input;
  const link = permalink(input);
  const atlas = t('cite.atlas');
  const authors = t('cite.authors');
  const versionNote = t('cite.versionNote', { version: input.version ?? PACKAGE_VERSION, month: citeDate(input.evidenceMonth ?? EVIDENCE_MONTH, lang) });
  const view = viewTitleOf(input.viewTitle, state, lang);
  const accessedOn = citeDate(accessed, lang);

  // APA 7 for a dynamic web page with no date of its own: a group author, (n.d.), the title, its
  // version and kind in brackets, and "Retrieved <date>, from <URL>". A view is a part of the atlas.
  const apaWork = view
    ? `${sentence(`${view} [${t('cite.apaKind')}]`)} ${t('cite.apaIn', { work: `${atlas} (${versionNote})` })}.`
    : sentence(`${atlas} (${versionNote}) [${t('cite.apaKind')}]`);
  const apa = `${sentence(authors)} (${t('cite.apaNoDate')}). ${apaWork} ${t('cite.apaRetrieved', { date: accessedOn, url: link })}`;

  // Chicago (17th ed., a web page): author, “Title of the page,” title of the site, its version,
  // the access date (the page has no date of its own), the URL.
  const chicago = [
    sentence(authors),
    view ? t('cite.quoted', { text: view }) : null,
    sentence(atlas),
    sentence(versionNote),
    sentence(t('cite.chicagoAccessed', { date: accessedOn })),
    sentence(link),
  ]
    .filter((p) => p !== null)
    .join(' ');

  const title = view ? `${atlas} — ${view}` : atlas;
  const bibtex = [
    `@misc{${bibtexKey(state)},`,
    `  author = {{${bibtexText(authors)}}},`,
    `  title = {{${bibtexText(title)}}},`,
    `  howpublished = {\\url{${bibtexUrl(link)}}},`,
    `  note = {${bibtexText(versionNote)}},`,
    `  urldate = {${accessed}},`,
    `  langid = {${BABEL_NAMES[lang]}},`,
    '}',
  ].join('\n');

  return { permalink: link, apa, chicago, bibtex };
}
