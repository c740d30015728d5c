// The iframe snippet the Embed dialog writes: the current view and selection, at a chosen size.
import { t } from '../i18n';
import { formatHash, type HashState } from '../state/url';
import { DEFAULT_LANG, type Lang } from '../../data/lang';
import { LANG_PARAM } from '../state/lang';

export const PRESETS = {
  '16:9': { width: 960, height: 540 },
  '4:3': { width: 800, height: 600 },
  square: { width: 600, height: 600 },
} as const;

export type Preset = keyof typeof PRESETS;

export interface SnippetOptions {
  /** The app's address without query or hash, e.g. https://example.org/atlas/. */
  appUrl: string;
  preset: Preset;
  legend: boolean;
  tour: boolean;
  state: HashState;
  /** The language the embed opens in; English (the default) is left out of the address. */
  lang?: Lang;
}

export function embedUrl({ appUrl, legend, tour, state, lang = DEFAULT_LANG }: Omit<SnippetOptions, 'preset'>): string {
  const q = ['embed=1'];
  if (lang !== DEFAULT_LANG) q.push(`${LANG_PARAM}=${lang}`);
  if (!legend) q.push('legend=0');
  if (tour) q.push('tour=1');
  const hash = formatHash(tour ? { ...state, step: state.step ?? 1 } : { ...state, step: undefined });
  return `${appUrl}?${q.join('&')}${hash}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(o: SnippetOptions): string {
  const { width, height } = PRESETS[o.preset];
  return `<iframe src="${attr(embedUrl(o))}" width="${width}" height="${height}" style="border:0;max-width:100%" title="${attr(t('embed.iframeTitle'))}" loading="lazy" allow="fullscreen; clipboard-write"></iframe>`;
}
