// The legend as data: which rows a map shows, each with its swatch (from the palette the style
// reads) and its label (from the catalog). The on-screen legend, the exported PNG and the slides'
// pictures all draw these rows, so none of them can say a date or a status the map does not draw.
import { MODES, ROUTE_GROUPS, STATUSES, type RouteMeta } from '../../data/types';
import { modeLabel, statusNowLabel } from '../data/labels';
import { formatDate, t } from '../i18n';
import type { AsOf } from '../state/url';
import { basemap, modeColour, routeStatusDash } from './palette';
import { DRAWN_STATUSES, type DrawnStatus, type LayerVisibility, type RouteStatusOverride } from './style';

export type LegendSwatch = { type: 'line'; colour: string; dash: number[] } | { type: 'area'; fill: string; stroke: string };

export interface LegendRow {
  /** Stable across languages: a mode, a status or 'c5'. */
  id: string;
  label: string;
  swatch: LegendSwatch;
}

export interface LegendSection {
  id: 'modes' | 'statuses' | 'areas';
  /** The heading; the statuses' heading says which date the map shows. Null: no heading. */
  title: string | null;
  rows: LegendRow[];
}

/** Statuses are told by dash alone: one neutral colour, since colour already means the mode. */
export const STATUS_SWATCH_COLOUR = '#444444';

export interface LegendInput {
  visibility: LayerVisibility;
  asOf: AsOf;
  /** 'YYYY-MM-DD': when the status now was last checked; said in the heading under `latest`. */
  checked?: string;
  /**
   * The statuses the map draws (see `drawnStatuses`). Unknown (the routes not loaded yet): every
   * status the date can show — the three of 2023, and 'stalled' as well under `latest`.
   */
  statuses?: ReadonlySet<DrawnStatus>;
}

/** What the legend says the map shows: the words are the test of which date is drawn. */
export function asOfTitle(asOf: AsOf, checked?: string): string {
  if (asOf === '2023') return t('legend.asOf2023');
  return checked ? t('legend.asOfNowChecked', { date: formatDate(checked) }) : t('legend.asOfNow');
}

/**
 * The statuses the visible routes are drawn at: their September 2023 status, or the status now
 * where `statusNow` (asof=latest) gives one — the same rule as the style's route filter.
 */
export function drawnStatuses(routes: readonly Pick<RouteMeta, 'id' | 'group' | 'status'>[], visibility: LayerVisibility, statusNow?: RouteStatusOverride): Set<DrawnStatus> {
  return new Set(routes.filter((r) => visibility[r.group]).map((r) => statusNow?.[r.id] ?? r.status));
}

export function legendModel({ visibility, asOf, checked, statuses }: LegendInput): LegendSection[] {
  const sections: LegendSection[] = [];
  if (ROUTE_GROUPS.some((g) => visibility[g])) {
    const shown = statuses ?? new Set<DrawnStatus>(asOf === 'latest' ? DRAWN_STATUSES : STATUSES);
    sections.push(
      {
        id: 'modes',
        title: t('legend.modes'),
        rows: MODES.map((m) => ({ id: m, label: modeLabel[m], swatch: { type: 'line', colour: modeColour(m), dash: [] } })),
      },
      {
        id: 'statuses',
        title: asOfTitle(asOf, checked),
        rows: DRAWN_STATUSES.filter((s) => shown.has(s)).map((s) => ({
          id: s,
          label: statusNowLabel[s],
          swatch: { type: 'line', colour: STATUS_SWATCH_COLOUR, dash: routeStatusDash(s) },
        })),
      },
    );
  }
  if (visibility.states) {
    sections.push({ id: 'areas', title: null, rows: [{ id: 'c5', label: t('legend.c5State'), swatch: { type: 'area', fill: basemap.c5Fill, stroke: basemap.c5Border } }] });
  }
  return sections;
}
