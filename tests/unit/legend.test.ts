// @vitest-environment jsdom
// The legend model: the on-screen legend, the PNG and the slides' pictures draw these rows, so the
// picture's legend says the date the map shows and lists the track and service statuses drawn.
import { describe, expect, it } from 'vitest';
import type { LegMeta, RouteMeta, ServiceStatus, StatusChange, TrackStatus } from '../../data/types';
import { asOfTitle, drawnStatuses, legendModel, type LegendSection } from '../../src/map/legend';
import { modeColour, SERVICE_HALO_OPACITY, serviceHalo, statusDash } from '../../src/map/palette';
import { ALL_VISIBLE } from '../../src/map/style';
import { exportRequestFor } from '../../src/ui/exportRequest';
import { NO_RELATED } from '../../src/map/types';
import { asOfDay, LAST_DAY, type AsOf } from '../../src/state/url';
import { DECLARATION_DATE } from '../../data/types';
import { EVIDENCE_MONTH, SEARCHED_DAY } from '../../data/evidence';
import { formatDate } from '../../src/i18n';

const SRC = { title: 't', url: 'https://example.org/a' };
const at = <S extends string>(...pairs: [string, S][]): StatusChange<S>[] => pairs.map(([date, status]) => ({ date, status, event: 'opened', source: SRC }));
const leg = (track: StatusChange<TrackStatus>[]) => ({ track, km: 10 }) as LegMeta;
const route = (id: string, service: StatusChange<ServiceStatus>[], legs: LegMeta[], group: RouteMeta['group'] = 'middle-corridor') =>
  ({ id, group, service, legs }) as RouteMeta;
// A century-old line under a service planned in 2023 that began trials in 2025; a line built since 2024 under a planned service.
const ROUTES = [
  route('a', at(['2023-01', 'planned'], ['2025-01', 'trial']), [leg(at(['1888', 'operating']))]),
  route('b', at(['2023-05', 'planned']), [leg(at(['2023-05', 'planned'], ['2024-12', 'under-construction']))], 'south-asia'),
  route('c', at(['2014', 'regular']), [leg(at(['2014', 'operating']))]),
];
const section = (legend: LegendSection[], id: LegendSection['id']) => legend.find((s) => s.id === id);
const labels = (legend: LegendSection[], id: LegendSection['id']) => section(legend, id)?.rows.map((r) => r.label);

/** What "Export PNG" is asked to draw, with the app's state reduced to what the legend reads. */
function pictureLegend(asOf: AsOf, visibility = ALL_VISIBLE) {
  const day = asOfDay(asOf);
  return exportRequestFor({
    geo: { data: { routeMeta: ROUTES }, index: {}, errors: [] } as never,
    detail: {} as never,
    day,
    content: { titleOf: () => 'x' } as never,
    selection: null,
    tourStep: null,
    related: NO_RELATED,
    visibility,
    fonts: {} as never,
    shown: null,
  }).legend;
}

describe('the legend model', () => {
  it('gives each mode its map colour, each track status its map dash and each service its map halo', () => {
    const legend = legendModel({ visibility: ALL_VISIBLE, day: DECLARATION_DATE });
    expect(section(legend, 'modes')?.rows.map((r) => r.swatch)).toEqual(
      ['rail', 'road', 'sea', 'power-line', 'gas-pipeline'].map((m) => ({ type: 'line', colour: modeColour(m as never), dash: [] })),
    );
    expect(section(legend, 'track')?.rows.map((r) => (r.swatch.type === 'line' ? r.swatch.dash : null))).toEqual(
      (['operating', 'under-construction', 'planned'] as const).map((s) => statusDash(s)),
    );
    expect(section(legend, 'service')?.rows.map((r) => (r.swatch.type === 'line' ? r.swatch.halo ?? null : null))).toEqual([
      { colour: '#444444', opacity: SERVICE_HALO_OPACITY.named, dash: serviceHalo('regular')?.dash },
      { colour: '#444444', opacity: SERVICE_HALO_OPACITY.named, dash: serviceHalo('trial')?.dash },
      null,
    ]);
    expect(labels(legend, 'areas')).toEqual(['C5 signatory state']);
  });

  it('says which date the map shows', () => {
    expect(asOfTitle(DECLARATION_DATE)).toBe('Track at the summit, 19 September 2023');
    expect(asOfTitle('2024-06-01')).toBe('Track on 1 June 2024');
    // The statuses' two dates, apart: the newest evidence (a month) and the search (a day).
    expect(legendModel({ visibility: ALL_VISIBLE, day: '2024-06-01' }).find((s) => s.id === 'track')?.note).toBe(
      `Evidence up to ${formatDate(EVIDENCE_MONTH)}; searched ${formatDate(SEARCHED_DAY)}`,
    );
  });

  it('lists only what is drawn: no route rows with the routes hidden, no state row with the states hidden', () => {
    const hidden = { ...ALL_VISIBLE, 'middle-corridor': false, 'south-asia': false, states: false };
    expect(legendModel({ visibility: hidden, day: LAST_DAY })).toEqual([]);
  });

  it('reads each leg’s track from its line and each route’s service from its own history, on the map’s day, for the groups shown', () => {
    const then = drawnStatuses(ROUTES, ALL_VISIBLE, DECLARATION_DATE);
    expect([...then.track].sort()).toEqual(['operating', 'planned']);
    expect([...then.service].sort()).toEqual(['planned', 'regular']);
    const now = drawnStatuses(ROUTES, ALL_VISIBLE, LAST_DAY);
    expect([...now.track].sort()).toEqual(['operating', 'under-construction']);
    expect([...now.service].sort()).toEqual(['planned', 'regular', 'trial']);
    expect([...drawnStatuses(ROUTES, { ...ALL_VISIBLE, 'south-asia': false }, LAST_DAY).track]).toEqual(['operating']);
  });
});

describe('the exported picture’s legend', () => {
  it('under asof=2023 says September 2023 and lists what the summit-day map draws', () => {
    const legend = pictureLegend('2023');
    expect(section(legend, 'track')?.title).toBe('Track at the summit, 19 September 2023');
    expect(labels(legend, 'track')).toEqual(['In use', 'Planned']);
    expect(labels(legend, 'service')).toEqual(['Regular service', 'Service planned']);
  });

  it('under asof=latest says the date it shows and lists the statuses now', () => {
    const legend = pictureLegend('latest');
    const track = section(legend, 'track')!;
    expect(track.title).toBe(`Track at the newest evidence, ${formatDate(EVIDENCE_MONTH)}`);
    expect(track.title).not.toMatch(/Sept/);
    expect(track.rows.map((r) => r.label)).toEqual(['In use', 'Under construction']);
    expect(labels(legend, 'service')).toEqual(['Regular service', 'Trial runs', 'Service planned']);
  });

  it('draws no route key when the picture shows no route', () => {
    const legend = pictureLegend('latest', { ...ALL_VISIBLE, 'middle-corridor': false, 'south-asia': false });
    expect(legend.map((s) => s.id)).toEqual(['areas']);
  });
});
