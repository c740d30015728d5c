// The URL hash ⇄ app state: `map=ZOOM/LAT/LON` (MapLibre's own format), `sel=ID`, `step=N`,
// `asof=2023|latest|YYYY-MM-DD` (which day the map, the legend and the commitments are shown at).
// Parsing never throws: whatever it cannot use it drops, and says so in a notice.
import { formatDate, t } from '../i18n';
import { DECLARATION_DATE } from '../../data/types';
import { EVIDENCE_DAY } from '../../data/evidence';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** The two dates with a name: the summit's (the default) and the newest evidence. */
export const AS_OF = ['2023', 'latest'] as const;
/** Which day the map shows: a name, or a day 'YYYY-MM-DD' between the summit and the evidence date. */
export type AsOf = (typeof AS_OF)[number] | `${number}-${number}-${number}`;

/** The first and last day the map can show: the summit, and the last day of the newest evidence's month. */
export const FIRST_DAY = DECLARATION_DATE;
export const LAST_DAY = EVIDENCE_DAY;

/** The day ('YYYY-MM-DD') the map draws for a date choice. */
export const asOfDay = (asOf: AsOf): string => (asOf === '2023' ? FIRST_DAY : asOf === 'latest' ? LAST_DAY : asOf);

/** The canonical name of a day: the summit is '2023', the last day 'latest', any other day itself. */
export function asOfFor(day: string): AsOf {
  return day <= FIRST_DAY ? '2023' : day >= LAST_DAY ? 'latest' : (day as AsOf);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (no 31 April, no 29 February in 2025). */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Reads an `asof` value: a name, or a calendar day. A day outside the map's range is brought to the
 * nearest end, with a notice saying so; anything else is no date (null) and the caller says so.
 */
export function parseAsOf(value: string): { asOf: AsOf; notice?: string } | null {
  if ((AS_OF as readonly string[]).includes(value)) return { asOf: value as AsOf };
  if (!isCalendarDay(value)) return null;
  if (value < FIRST_DAY) return { asOf: '2023', notice: t('notice.linkDateEarly', { value: quote(value) }) };
  if (value > LAST_DAY) return { asOf: 'latest', notice: t('notice.linkDateLate', { value: quote(value), last: formatDate(LAST_DAY) }) };
  return { asOf: asOfFor(value) };
}

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
      const read = parseAsOf(value);
      if (read) state.asof = read.asOf;
      if (!read) notices.push(t('notice.linkBadDate', { value: quote(value) }));
      else if (read.notice) notices.push(read.notice);
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
