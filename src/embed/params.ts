// Embedding options from the query string: `?embed=1&legend=0&tour=1&autoplay=8&origin=https://host`.
// Like the hash, parsing never throws; a bad value is dropped with a notice.
import { t } from '../i18n';

export interface EmbedOptions {
  embed: boolean;
  legend: boolean;
  /** Open on the tour (at step 1 unless the hash names a step). */
  tour: boolean;
  /** Seconds between tour steps for kiosks; null when off. */
  autoplay: number | null;
  /** The only parent origin allowed to drive the atlas by postMessage; null allows any. */
  origin: string | null;
}

export interface ParsedEmbed {
  options: EmbedOptions;
  notices: string[];
}

const flag = (v: string | null) => v === '1' || v === 'true' || v === '';

/** Accepts only a bare http(s) origin, written as the browser writes `MessageEvent.origin`. */
function parseOrigin(v: string): string | null {
  try {
    const u = new URL(v);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.origin === v.replace(/\/$/, '') ? u.origin : null;
  } catch {
    return null;
  }
}

function parseAutoplay(v: string): number | null {
  if (!/^\d{1,4}(\.\d{1,3})?$/.test(v)) return null;
  const n = Number(v);
  return n >= 2 && n <= 3600 ? n : null;
}

export function parseEmbed(search: string, hashAutoplay?: string | null): ParsedEmbed {
  const notices: string[] = [];
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search.length > 2000 ? '' : search);
  } catch {
    q = new URLSearchParams();
  }
  const options: EmbedOptions = {
    embed: q.has('embed') && flag(q.get('embed')),
    legend: !(q.has('legend') && (q.get('legend') === '0' || q.get('legend') === 'false')),
    tour: q.has('tour') && flag(q.get('tour')),
    autoplay: null,
    origin: null,
  };
  const auto = hashAutoplay ?? q.get('autoplay');
  if (auto !== null && auto !== undefined) {
    options.autoplay = parseAutoplay(auto);
    if (options.autoplay === null) notices.push(t('notice.badAutoplay'));
    else options.tour = true;
  }
  const origin = q.get('origin');
  if (origin !== null) {
    options.origin = parseOrigin(origin);
    // Fail closed: a bad origin= must not silently open the API to every page.
    if (options.origin === null) {
      options.origin = 'null-invalid';
      notices.push(t('notice.badOrigin'));
    }
  }
  return { options, notices };
}

/** The same app without the embed parameters, for the "open the full map" link. */
export function fullMapUrl(href: string): string {
  const u = new URL(href);
  for (const k of ['embed', 'legend', 'tour', 'autoplay', 'origin']) u.searchParams.delete(k);
  return u.toString();
}
