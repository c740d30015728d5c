// @vitest-environment jsdom
// The legend model: the on-screen legend, the PNG and the slides' pictures draw these rows, so the
// picture's legend says the date the map shows and lists the statuses its routes are drawn at.
import { describe, expect, it } from 'vitest';
import type { RouteMeta } from '../../data/types';
import { asOfTitle, drawnStatuses, legendModel, type LegendSection } from '../../src/map/legend';
import { modeColour, routeStatusDash } from '../../src/map/palette';
import { ALL_VISIBLE } from '../../src/map/style';
import { exportRequestFor } from '../../src/ui/exportRequest';
import { NO_RELATED } from '../../src/map/types';

const route = (id: string, status: RouteMeta['status'], group: RouteMeta['group'] = 'middle-corridor') => ({ id, status, group }) as RouteMeta;
const ROUTES = [route('a', 'operating'), route('b', 'under-construction'), route('c', 'planned', 'south-asia')];
const section = (legend: LegendSection[], id: LegendSection['id']) => legend.find((s) => s.id === id);
const labels = (legend: LegendSection[], id: LegendSection['id']) => section(legend, id)?.rows.map((r) => r.label);

/** What "Export PNG" is asked to draw, with the app's state reduced to what the legend reads. */
function pictureLegend(statusNow?: Record<string, RouteMeta['status'] | 'stalled'>, visibility = ALL_VISIBLE) {
  return exportRequestFor({
    geo: { data: { routeMeta: ROUTES }, index: {}, errors: [] } as never,
    detail: {} as never,
    statusNow,
    content: { statusNowChecked: '2026-11-28', titleOf: () => 'x' } as never,
    selection: null,
    tourStep: null,
    related: NO_RELATED,
    visibility,
    fonts: {} as never,
    shown: null,
  }).legend;
}

describe('the legend model', () => {
  it('gives each mode its map colour and each status its map dash', () => {
    const legend = legendModel({ visibility: ALL_VISIBLE, asOf: '2023' });
    expect(section(legend, 'modes')?.rows.map((r) => r.swatch)).toEqual(
      ['rail', 'road', 'sea', 'power-line', 'gas-pipeline'].map((m) => ({ type: 'line', colour: modeColour(m as never), dash: [] })),
    );
    expect(section(legend, 'statuses')?.rows.map((r) => (r.swatch.type === 'line' ? r.swatch.dash : null))).toEqual(
      ['operating', 'under-construction', 'planned'].map((s) => routeStatusDash(s as never)),
    );
    expect(labels(legend, 'areas')).toEqual(['C5 signatory state']);
  });

  it('says which date the map shows', () => {
    expect(asOfTitle('2023')).toBe('Status as of September 2023');
    expect(asOfTitle('latest', '2026-11-28')).toBe('Status now, checked 28 November 2026');
    expect(asOfTitle('latest')).toBe('Status now');
  });

  it('lists only what is drawn: no route rows with the routes hidden, no state row with the states hidden', () => {
    const hidden = { ...ALL_VISIBLE, 'middle-corridor': false, 'south-asia': false, states: false };
    expect(legendModel({ visibility: hidden, asOf: 'latest' })).toEqual([]);
  });

  it('reads a route at its status now where "now" gives one, and only for the groups shown', () => {
    expect([...drawnStatuses(ROUTES, ALL_VISIBLE, { a: 'stalled' })].sort()).toEqual(['planned', 'stalled', 'under-construction']);
    expect([...drawnStatuses(ROUTES, { ...ALL_VISIBLE, 'south-asia': false })].sort()).toEqual(['operating', 'under-construction']);
  });
});

describe('the exported picture’s legend', () => {
  it('under asof=2023 says September 2023 and has no Stalled row', () => {
    const legend = pictureLegend();
    expect(section(legend, 'statuses')?.title).toBe('Status as of September 2023');
    expect(labels(legend, 'statuses')).toEqual(['Operating', 'Under construction', 'Planned']);
  });

  it('under asof=latest says the date it shows and has the Stalled row when a route is stalled', () => {
    const legend = pictureLegend({ a: 'stalled', b: 'operating' });
    const statuses = section(legend, 'statuses')!;
    expect(statuses.title).toBe('Status now, checked 28 November 2026');
    expect(statuses.title).not.toMatch(/Sept/);
    expect(statuses.rows.map((r) => r.label)).toEqual(['Operating', 'Planned', 'Stalled']);
    expect(statuses.rows.at(-1)?.swatch).toEqual({ type: 'line', colour: '#444444', dash: routeStatusDash('stalled') });
  });

  it('draws no route key when the picture shows no route', () => {
    const legend = pictureLegend({ a: 'stalled' }, { ...ALL_VISIBLE, 'middle-corridor': false, 'south-asia': false });
    expect(legend.map((s) => s.id)).toEqual(['areas']);
  });
});
