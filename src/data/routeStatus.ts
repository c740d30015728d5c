// A route's track and service on a day, as its panel, slide caption and tests read them: the service
// from the route's own dated history, the track from the lines its legs run over. Pure.
import { entryAt, statusAt } from '../../data/history';
import { serviceLabel, trackLabel } from './labels';
import { t } from '../i18n/later';
import { TRACK_STATUSES, type LegMeta, type RouteMeta, type ServiceStatus, type StatusChange, type TrackStatus } from '../../data/types';

export interface TrackShare {
  status: TrackStatus;
  legs: number;
  km: number;
}

/** The route's legs grouped by their track status on `day`, in the registry's order; legs with no status yet are left out. */
export function trackShares(legs: readonly Pick<LegMeta, 'track' | 'km'>[], day: string): TrackShare[] {
  const by = new Map<TrackStatus, TrackShare>();
  for (const leg of legs) {
    const s = statusAt(leg.track, day);
    if (!s) continue;
    const share = by.get(s) ?? { status: s, legs: 0, km: 0 };
    share.legs += 1;
    share.km += leg.km;
    by.set(s, share);
  }
  return TRACK_STATUSES.flatMap((s) => (by.has(s) ? [by.get(s) as TrackShare] : []));
}

/** The service entry in force on `day` (status, date, event and source), or null before the first. */
export const serviceOn = (route: Pick<RouteMeta, 'service'>, day: string): StatusChange<ServiceStatus> | null => entryAt(route.service, day);

/** The service status on `day`, or null. */
export const serviceStatusOn = (route: Pick<RouteMeta, 'service'>, day: string): ServiceStatus | null => statusAt(route.service, day);

/** The track on `day` in words: "Line in use: 24 legs, 3,120 km; Line planned: 2 legs, 310 km". */
export function trackWords(legs: readonly Pick<LegMeta, 'track' | 'km'>[], day: string): string {
  return trackShares(legs, day)
    .map((x) => t('route.trackShare', { status: trackLabel[x.status], count: x.legs, length: t('legs.km', { km: Math.round(x.km) }) }))
    .join('; ');
}

/** A route's service and track on `day`, in words, for a caption. */
export function routeStatusWords(r: Pick<RouteMeta, 'service' | 'legs'>, day: string): { service: string; track: string } {
  const s = serviceStatusOn(r, day);
  return { service: s ? serviceLabel[s] : t('route.notYet'), track: trackWords(r.legs ?? [], day) };
}
