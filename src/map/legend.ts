// The legend as data: which rows a map shows, each with its swatch (from the palette the style
// reads) and its label (from the catalog). The on-screen legend, the exported PNG and the slides'
// pictures all draw these rows, so none of them can say a date or a status the map does not draw.
import { DECLARATION_DATE, MODES, ROUTE_GROUPS, SERVICE_STATUSES, TRACK_STATUSES, type RouteMeta, type ServiceStatus, type TrackStatus } from '../../data/types';
import { statusAt } from '../../data/history';
import { modeLabel, serviceLabel, trackLabel } from '../data/labels';
import { formatDate, t } from '../i18n';
import { EVIDENCE_DAY, EVIDENCE_MONTH, SEARCHED_DAY } from '../../data/evidence';
import { basemap, modeColour, SERVICE_HALO_OPACITY, serviceHalo, statusDash } from './palette';
import type { LayerVisibility } from './style';

export type LegendSwatch =
  | { type: 'line'; colour: string; dash: number[]; halo?: { colour: string; opacity: number; dash: number[] } }
  | { type: 'area'; fill: string; stroke: string };

export interface LegendRow {
  /** Stable across languages: a mode, a status or 'c5'. */
  id: string;
  label: string;
  swatch: LegendSwatch;
}

export interface LegendSection {
  id: 'modes' | 'track' | 'service' | 'areas';
  /** The heading; the track's heading says which date the map shows. Null: no heading. */
  title: string | null;
  /** A line under the heading: the track's says what the statuses rest on (evidence and search dates). */
  note?: string;
  rows: LegendRow[];
}

/** Statuses are told by dash and halo alone: one neutral colour, since colour already means the mode. */
export const STATUS_SWATCH_COLOUR = '#444444';

/** The track and service statuses the map draws on its day. */
export interface DrawnStatuses {
  track: ReadonlySet<TrackStatus>;
  service: ReadonlySet<ServiceStatus>;
}

export interface LegendInput {
  visibility: LayerVisibility;
  /** 'YYYY-MM-DD': the day the map shows. */
  day: string;
  /** The statuses the map draws (see `drawnStatuses`). Unknown (the routes not loaded yet): every status. */
  statuses?: DrawnStatuses;
}

/** What the legend says the map shows: the words are the test of which date is drawn. */
export function asOfTitle(day: string): string {
  if (day <= DECLARATION_DATE) return t('legend.asOfSummit');
  // The last day is where the evidence ends, not a day anything happened on: say so, by its month.
  if (day >= EVIDENCE_DAY) return t('legend.asOfLatest', { month: formatDate(EVIDENCE_MONTH) });
  return t('legend.asOfDay', { date: formatDate(day) });
}

/** The two dates every status rests on, kept apart: the newest evidence and the search. */
export function evidenceNote(): string {
  return t('legend.evidence', { month: formatDate(EVIDENCE_MONTH), searched: formatDate(SEARCHED_DAY) });
}

/**
 * The statuses the visible routes are drawn at on the map's day: each leg's track from its line's
 * history, each route's service from its own — the same rule as the style's filters.
 */
export function drawnStatuses(routes: readonly Pick<RouteMeta, 'group' | 'service' | 'legs'>[], visibility: LayerVisibility, day: string): DrawnStatuses {
  const track = new Set<TrackStatus>();
  const service = new Set<ServiceStatus>();
  for (const r of routes) {
    if (!visibility[r.group]) continue;
    const s = statusAt(r.service, day);
    if (!s) continue;
    service.add(s);
    for (const leg of r.legs ?? []) {
      const tr = statusAt(leg.track, day);
      if (tr) track.add(tr);
    }
  }
  return { track, service };
}

export function legendModel({ visibility, day, statuses }: LegendInput): LegendSection[] {
  const sections: LegendSection[] = [];
  if (ROUTE_GROUPS.some((g) => visibility[g])) {
    const track = statuses?.track ?? new Set(TRACK_STATUSES);
    const service = statuses?.service ?? new Set(SERVICE_STATUSES);
    sections.push(
      {
        id: 'modes',
        title: t('legend.modes'),
        rows: MODES.map((m) => ({ id: m, label: modeLabel[m], swatch: { type: 'line', colour: modeColour(m), dash: [] } })),
      },
      {
        id: 'track',
        title: asOfTitle(day),
        note: evidenceNote(),
        rows: TRACK_STATUSES.filter((s) => track.has(s)).map((s) => ({
          id: `track-${s}`,
          label: trackLabel[s],
          swatch: { type: 'line', colour: STATUS_SWATCH_COLOUR, dash: statusDash(s) },
        })),
      },
      {
        id: 'service',
        title: t('legend.service'),
        rows: SERVICE_STATUSES.filter((s) => service.has(s)).map((s) => {
          const halo = serviceHalo(s);
          return {
            id: `service-${s}`,
            label: serviceLabel[s],
            swatch: {
              type: 'line',
              colour: STATUS_SWATCH_COLOUR,
              dash: [],
              ...(halo ? { halo: { colour: STATUS_SWATCH_COLOUR, opacity: SERVICE_HALO_OPACITY.named, dash: halo.dash } } : {}),
            },
          };
        }),
      },
    );
  }
  if (visibility.states) {
    sections.push({ id: 'areas', title: null, rows: [{ id: 'c5', label: t('legend.c5State'), swatch: { type: 'area', fill: basemap.c5Fill, stroke: basemap.c5Border } }] });
  }
  return sections;
}
