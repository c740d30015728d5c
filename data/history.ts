// Dated statuses: what a line's track or a route's service was on a given day. Pure functions shared by
// the geo build (which writes each leg's "since" dates into routes.geojson) and the app (which draws,
// lists and exports the status at the map's date), so both read one rule.
import {
  type HistoryEvent,
  type Prose,
  type Source,
  SERVICE_STATUSES,
  TRACK_STATUSES,
  type ServiceStatus,
  type SinceProps,
  type StatusChange,
  type TrackStatus,
} from './types';

/** One dated entry, written the way the data files list them: (date, status, event, source, note?). */
export function dated<S extends string>(date: string, status: S, event: HistoryEvent, source: Source, note?: Prose): StatusChange<S> {
  return note ? { date, status, event, source, note } : { date, status, event, source };
}

/**
 * True when the URL names a page: https or http, a host and a path beyond "/". A bare domain
 * ("https://state.gov") cites a whole site, not an article.
 */
export function urlHasPath(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.pathname.replace(/\/+$/, '').length > 0;
  } catch {
    return false;
  }
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': as precise as the source. */
export const HISTORY_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A history date as a day: a shorter date counts from its first day ('2014' → '2014-01-01'). */
export function dayOf(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/**
 * Statuses from least to most advanced. A history only ever moves forward through them (a line once
 * built is not "planned" again; a pause is an event, not a status), which is what lets the map pick
 * the status at any day from one "since" date per status.
 */
export const TRACK_ORDER: readonly TrackStatus[] = ['planned', 'under-construction', 'operating'];
export const SERVICE_ORDER: readonly ServiceStatus[] = ['planned', 'trial', 'regular'];

/** The status in force on `day` ('YYYY-MM-DD'): the last entry dated on or before it; null before the first. */
export function statusAt<S extends string>(history: readonly StatusChange<S>[], day: string): S | null {
  return entryAt(history, day)?.status ?? null;
}

/**
 * The entry in force on `day`, with its date and source: what a panel cites beside the status. Any
 * dated list in date order will do (a programme's steps too), so every "as of a day" reads one rule.
 */
export function entryAt<E extends { date: string }>(history: readonly E[], day: string): E | null {
  let out: E | null = null;
  for (const h of history) if (dayOf(h.date) <= day) out = h;
  return out;
}

/**
 * When each status first holds: the flat "since" properties a map feature carries, a status never
 * reached left out. The date stays as precise as its source ('1888', '2014-12', '2024-12-27'): read
 * as text, a shorter date sorts before every day it begins, so `since <= day` holds from its first day.
 */
export function sinceOf<S extends string>(history: readonly StatusChange<S>[], statuses: readonly S[], prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of statuses) {
    const first = history.find((h) => h.status === s);
    if (first) out[`${prefix}:${s}`] = first.date;
  }
  return out;
}

export function legSince(track: readonly StatusChange<TrackStatus>[], service: readonly StatusChange<ServiceStatus>[]): SinceProps {
  return { ...sinceOf(track, TRACK_STATUSES, 'track'), ...sinceOf(service, SERVICE_STATUSES, 'service') } as SinceProps;
}

/**
 * What is wrong with a history, as sentences (empty when sound): an entry without a valid date, a
 * status or a source with an article URL; dates out of order; a status that moves backwards.
 */
export function historyProblems<S extends string>(history: readonly StatusChange<S>[] | undefined, order: readonly S[]): string[] {
  if (!Array.isArray(history) || history.length === 0) return ['has no dated status'];
  const out: string[] = [];
  let lastDay = '';
  let lastRank = -1;
  history.forEach((h, i) => {
    const at = `status ${i + 1} (${String(h?.date)})`;
    if (typeof h?.date !== 'string' || !HISTORY_DATE.test(h.date)) out.push(`${at}: date is not YYYY, YYYY-MM or YYYY-MM-DD`);
    const rank = order.indexOf(h?.status);
    if (rank < 0) out.push(`${at}: unknown status '${String(h?.status)}'`);
    if (!h?.source?.title?.trim() || !h?.source?.url?.trim()) out.push(`${at}: has no source`);
    if (typeof h?.date === 'string') {
      const day = dayOf(h.date);
      if (day < lastDay) out.push(`${at}: dated before the status above it`);
      lastDay = day;
    }
    if (rank >= 0 && rank < lastRank) out.push(`${at}: '${h.status}' after '${order[lastRank]}' moves backwards`);
    if (rank > lastRank) lastRank = rank;
  });
  return out;
}
