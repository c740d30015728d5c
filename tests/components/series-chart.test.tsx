// @vitest-environment jsdom
// The dated series on screen: the core corridor's route panel shows its volumes by year with their
// scopes, reporters and sources; a chart marks a part of a year and a plan apart from whole-year
// results, in the drawing and in words; the map's day leaves out periods not begun; the figures are
// in the chart's label and a table for screen readers; the corridor's tour step carries the chart.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { GeoLoad } from '../../src/data/geo';
import type { Content } from '../../src/content/build';
import { SidePanel } from '../../src/ui/SidePanel';
import { SeriesChart } from '../../src/ui/panels/SeriesChart';
import { Tour } from '../../src/ui/Tour';
import type { TourStep } from '../../src/content/tour';
import { SERIES, type Series } from '../../data/series';
import { basemap } from '../../src/map/palette';
import { loadRealData } from '../support/real-data';

vi.setConfig({ testTimeout: 60_000 });

afterEach(cleanup);

const SRC = (n: number, published = '2025-12-01') => ({ title: `Source ${n}`, url: `https://example.org/news/${n}`, published });
const MIXED: Series = {
  id: 'fixture',
  routeId: 'middle-corridor-core',
  title: { en: 'Cargo carried along the route' },
  measure: 'cargo carried',
  unit: 'Mt',
  scope: 'whole-route',
  reporter: 'kz-government',
  points: [
    { period: '2023', value: 2.8, source: SRC(1, '2024-01-24') },
    { period: '2024-01/2024-06', value: 2.1, source: SRC(2, '2024-07-29') },
    { period: '2025', value: 5.2, source: SRC(3, '2025-10-20'), forecast: true },
  ],
};

describe('the core corridor’s route panel', () => {
  let geo: GeoLoad;
  let content: Content;
  beforeAll(async () => {
    ({ geo, content } = await loadRealData());
  });

  it('shows its volumes by year with their scopes, reporters, figures and sources', () => {
    render(<SidePanel selection={{ kind: 'route', id: 'middle-corridor-core' }} geo={geo} content={content} onSelect={() => {}} onClose={() => {}} />);
    const section = screen.getByRole('heading', { level: 3, name: 'Volumes by year' }).closest('section')!;
    const cargo = section.querySelector<HTMLElement>('[data-series="middle-corridor-cargo"]')!;
    expect(within(cargo).getByRole('heading', { level: 4 }).textContent).toBe('Cargo carried along the routeWhole route · million tonnes · reported by Kazakhstan’s government');
    const rows = within(cargo)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['2019', '0.759 Mt'],
      ['2020', '0.783 Mt'],
      ['2021', '0.586 Mt'],
      ['2022', '1.485 Mt'],
      ['2023', '2.764 Mt'],
      ['2024', '4.484 Mt'],
      ['2025', '4.119 MtLess than in 2024.'],
    ]);
    const link = within(cargo).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://report.az/en/infrastructure/container-traffic-on-trans-caucasian-int-l-transport-route-to-grow-to-300-000-teu-by-2029');
    expect(link.parentElement!.textContent).toContain('for 2019, 2020, 2021, 2022, 2023, 2024 and 2025; published 10 March 2026');

    // Every series of the route, each scope said, none mixed with another.
    const shown = [...section.querySelectorAll<HTMLElement>('[data-series]')].map((f) => f.dataset.series);
    expect(shown).toEqual(SERIES.filter((s) => s.routeId === 'middle-corridor-core').map((s) => s.id));
    const metas = [...section.querySelectorAll('h4 small')].map((m) => m.textContent);
    expect(metas).toContain('Kazakhstan’s railways on the route · million tonnes · reported by Kazakhstan Railways (KTZ)');
    expect(metas).toContain('Caspian seaports of Kazakhstan and Azerbaijan · twenty-foot containers (TEU) · reported by the TITR International Association');
    expect(metas).toContain('Port of Aktau · million tonnes · reported by Kazakhstan Railways (KTZ)');
    // KTZ's ten months of 2025 are said to be part of a year.
    const ktz = section.querySelector<HTMLElement>('[data-series="middle-corridor-ktz"]')!;
    expect(within(ktz).getByRole('rowheader', { name: /Oct 2025/ }).textContent).toBe('Jan – Oct 2025part of the year only');
    expect(within(ktz).getByRole('link', { name: /Interfax/ }).getAttribute('href')).toBe('https://interfax.com/newsroom/top-stories/98738/');
  });

  it('shows no chart for a route without a series', () => {
    render(<SidePanel selection={{ kind: 'route', id: 'casa-1000' }} geo={geo} content={content} onSelect={() => {}} onClose={() => {}} />);
    expect(screen.queryByRole('heading', { name: 'Volumes by year' })).toBeNull();
    expect(document.querySelector('.series')).toBeNull();
  });
});

describe('a series chart', () => {
  it('draws a whole year filled, a part of a year hatched and a plan outlined, and says so', () => {
    const { container } = render(<SeriesChart series={MIXED} />);
    const kinds = [...container.querySelectorAll<SVGGElement>('svg g[data-kind]')].map((g) => [g.dataset.kind, g.querySelector('rect')!.getAttribute('fill'), g.querySelector('rect')!.getAttribute('stroke-dasharray')]);
    expect(kinds[0]).toEqual(['whole', basemap.c5FillSelected, null]);
    expect(kinds[1][0]).toBe('partial');
    expect(kinds[1][1]).toMatch(/^url\(#series-hatch-[\w-]+\)$/);
    expect(container.querySelector(kinds[1][1]!.slice(4, -1))?.tagName).toBe('pattern');
    expect(kinds[2]).toEqual(['forecast', 'none', '4 3']);
    // Each bar labelled with its value and its period.
    expect([...container.querySelectorAll('svg g[data-kind]')].map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent))).toEqual([
      ['2.8', '2023'],
      ['2.1', '2024', 'Jan–Jun'],
      ['5.2', '2025', 'plan'],
    ]);
    expect(container.querySelector('.series-key')!.textContent).toBe(
      'A hatched bar counts only part of a year: it is not comparable with a whole year’s bar. An outlined bar is a forecast or a plan, not a result.',
    );
  });

  it('gives a screen reader every figure: in the chart’s label and in a table', () => {
    render(<SeriesChart series={MIXED} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Bar chart, Cargo carried along the route, in million tonnes: 2023: 2.8 Mt, Jan – Jun 2024 (part of the year only): 2.1 Mt and 2025 (forecast or plan, not a result): 5.2 Mt',
    );
    const table = screen.getByRole('table', { name: 'Cargo carried along the route: the figures' });
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.8 Mt', '2.1 Mt', '5.2 Mt']);
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href'), a.parentElement!.textContent])).toEqual([
      ['Source 1', 'https://example.org/news/1', 'Source 1 for 2023; published 24 January 2024'],
      ['Source 2', 'https://example.org/news/2', 'Source 2 for Jan – Jun 2024; published 29 July 2024'],
      ['Source 3', 'https://example.org/news/3', 'Source 3 for 2025; published 20 October 2025'],
    ]);
  });

  it('shows on the map’s day only the figures published by then, and nothing when none was', () => {
    const { container, rerender } = render(<SeriesChart series={MIXED} day="2024-07-29" />);
    expect(container.querySelectorAll('svg g[data-kind]').length).toBe(2);
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.8 Mt', '2.1 Mt']);
    expect(container.querySelector('.series-key')!.textContent).not.toMatch(/outlined/);
    rerender(<SeriesChart series={MIXED} day="2024-01-23" />);
    expect(container.querySelector('figure')).toBeNull();
  });

  it('names its colours from the palette, never a literal of its own', () => {
    const source = readFileSync('src/ui/panels/SeriesChart.tsx', 'utf8');
    expect(source.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi)).toBeNull();
  });
});

describe('the Middle Corridor’s tour step', () => {
  it('shows the corridor’s volumes by year under its quote', async () => {
    const step: TourStep = { id: 'middle-corridor', title: { en: 'The Middle Corridor' }, caption: { en: '' }, passageId: 'economic-energy-corridor-2', sentenceId: 'economic-energy-corridor-2.s1', quote: 'q', states: [], routes: [], chart: 'middle-corridor-core' };
    const plain: TourStep = { ...step, id: 'other', chart: undefined };
    const props = { onStep: () => {}, onAutoStep: () => {}, onExit: () => {}, onOpenPassage: () => {}, autoplay: null, onStopAutoplay: () => {} };
    const { container, rerender } = render(<Tour steps={[step, plain]} step={1} {...props} />);
    expect((await screen.findByRole('img')).getAttribute('aria-label')).toMatch(/^Bar chart, Cargo carried along the route, in million tonnes: 2019: 0.759 Mt, .* and 2025: 4.119 Mt$/);
    expect(container.querySelectorAll('[data-series]').length).toBe(1);
    expect(container.querySelector('details.tour-chart > summary')!.textContent).toBe('Volumes by year');
    expect(screen.getByRole('link', { name: /Report\.az/ })).toBeTruthy();
    rerender(<Tour steps={[step, plain]} step={2} {...props} />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
