// What the date slider's strip marks: every dated change the map and the panels can show — a route's
// service, a line's track, a commitment's event — read from the data already loaded, in words from the
// catalog. Pure, so its test needs no browser.
import { prose } from '../../data/lang';
import type { RouteMeta } from '../../data/types';
import type { Commitment } from '../content/commitments/types';
import { serviceLabel, trackLabel } from '../data/labels';
import { timelineMarks, type TimelineMark } from '../state/dates';

export function timelineEvents(routes: readonly Pick<RouteMeta, 'name' | 'service' | 'legs'>[], commitments: readonly Pick<Commitment, 'title' | 'events'>[]): { date: string; label: string }[] {
  const out: { date: string; label: string }[] = [];
  const lines = new Set<string>();
  for (const r of routes) {
    for (const h of r.service) out.push({ date: h.date, label: `${prose(r.name)}: ${serviceLabel[h.status]}` });
    for (const leg of r.legs ?? []) {
      // A line is shared by several legs and routes: its changes are marked once.
      if (lines.has(leg.line)) continue;
      lines.add(leg.line);
      for (const h of leg.track) out.push({ date: h.date, label: `${prose(leg.lineName)}: ${trackLabel[h.status]}` });
    }
  }
  for (const c of commitments) for (const e of c.events) out.push({ date: e.date, label: prose(c.title) });
  return out;
}

export function marksFor(routes: readonly Pick<RouteMeta, 'name' | 'service' | 'legs'>[] | null | undefined, commitments: readonly Pick<Commitment, 'title' | 'events'>[] | null | undefined): TimelineMark[] | null {
  if (!routes?.length) return null;
  return timelineMarks(timelineEvents(routes, commitments ?? []));
}
