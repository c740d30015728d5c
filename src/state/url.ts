// The URL hash ⇄ app state: `map=ZOOM/LAT/LON` (MapLibre's own format), `sel=ID`, `step=N`,
// `asof=2023|latest` (which date the routes are drawn at).
// Parsing never throws: whatever it cannot use it drops, and says so in a notice.
import { t } from '../i18n';
import { DECLARATION_DATE } from '../../data/types';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Which date the map's routes show: the declaration's (the default) or the latest checked. */
export const AS_OF = ['2023', 'latest'] as const;
export type AsOf = (typeof AS_OF)[number];

/**
 * The day ('YYYY-MM-DD') the map draws for a date choice: the summit's, or the last status each
 * history records ('latest' is every recorded change, however recent).
 */
export const LATEST_DAY = '9999-12-31';
export const asOfDay = (asOf: AsOf): string => (asOf === 'latest' ? LATEST_DAY : DECLARATION_DATE);

export interface HashState {
  map?: MapView;
  /** Raw selection id as written in the URL; resolved against the data elsewhere. */
  sel?: string;
  /** 1-based tour step. */
  step?: number;
  /** Absent means '2023', the default. */
  asof?: AsOf;
}

export interface ParsedHash {
  state: HashState;
  /** Polite, plain-text notices about parts of the URL that were ignored. */
  notices: string[];
  /** Keys this app does not own, kept as they were so other tools' hash keys survive. */
  rest: [string, string][];
}

const SEL_PATTERN = /^(?:[A-Za-z0-9][A-Za-z0-9_-]{0,63}:)?[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const NUM = /^-?\d{1,4}(?:\.\d{1,8})?$/;
const MAX_HASH = 2000;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Shows a short, safe rendition of a bad value in a notice (it is rendered as text anyway). */
export function quote(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

export function parseMapView(value: string): MapView | null {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.slice(0, 3).every((p) => NUM.test(p))) return null;
  const [zoom, lat, lon] = parts.slice(0, 3).map(Number);
  if (!(zoom >= 0 && zoom <= 22 && lat >= -85.06 && lat <= 85.06 && lon >= -180 && lon <= 180)) return null;
  return { zoom, lat, lon };
}

export function parseHash(rawHash: string): ParsedHash {
  const notices: string[] = [];
  const state: HashState = {};
  const rest: [string, string][] = [];
  const hash = rawHash.startsWith('#') ? rawHash.slice(1) : rawHash;
  if (hash.length > MAX_HASH) {
    notices.push(t('notice.linkTooLong'));
    return { state, notices, rest };
  }
  if (hash === '') return { state, notices, rest };
  for (const pair of hash.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    const value = decode(raw);
    if (value === null) {
      notices.push(t('notice.linkPartUnread', { part: quote(raw) }));
      continue;
    }
    if (key === 'map') {
      const view = parseMapView(value);
      if (view) state.map = view;
      else notices.push(t('notice.linkBadView', { value: quote(value) }));
    } else if (key === 'sel') {
      if (SEL_PATTERN.test(value)) state.sel = value;
      else notices.push(t('notice.linkBadSelection', { value: quote(value) }));
    } else if (key === 'step') {
      const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      if (n >= 1) state.step = n;
      else notices.push(t('notice.linkBadStep', { value: quote(value) }));
    } else if (key === 'asof') {
      if ((AS_OF as readonly string[]).includes(value)) state.asof = value as AsOf;
      else notices.push(t('notice.linkBadDate', { value: quote(value) }));
    } else {
      rest.push([key, raw]);
    }
  }
  return { state, notices, rest };
}

/** Rounds like MapLibre's own hash: 2 decimals of zoom, enough decimals of position for the zoom. */
function formatMapView(v: MapView): string {
  const precision = Math.max(0, Math.ceil((v.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const m = 10 ** precision;
  const r = (n: number) => Math.round(n * m) / m;
  return `${Math.round(v.zoom * 100) / 100}/${r(v.lat)}/${r(v.lon)}`;
}

export function formatHash(state: HashState, rest: [string, string][] = []): string {
  const parts: string[] = [];
  if (state.map) parts.push(`map=${formatMapView(state.map)}`);
  if (state.sel) parts.push(`sel=${encodeURIComponent(state.sel).replace(/%3A/g, ':')}`);
  if (state.step) parts.push(`step=${state.step}`);
  if (state.asof) parts.push(`asof=${state.asof}`);
  for (const [k, v] of rest) parts.push(v === '' ? k : `${k}=${v}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
