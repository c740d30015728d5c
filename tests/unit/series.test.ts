// Dated series (data/series.ts): the data passes its own validation, each rule of the validation
// says exactly what is wrong, periods are read in their three forms, the map's day leaves out the
// periods not yet begun, and the chart's bars are as long as their values.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPartial, periodSpan, pointsOn, SERIES, seriesForRoute, validateSeries, type SeriesInput, type SeriesPoint } from '../../data/series';
import { barGeometry, CHART_BOX } from '../../src/ui/panels/seriesGeometry';
import { buildTour } from '../../src/content/tour';
import { declaration } from '../../src/content';

const SOURCE = { title: 'Example', url: 'https://example.org/news/2024/figures', published: '2025-02-01' };
const point = (period: string, value = 1, more: Partial<SeriesPoint> = {}): SeriesPoint => ({ period, value, source: SOURCE, ...more });
const series = (more: Partial<SeriesInput> = {}): SeriesInput => ({
  id: 's',
  routeId: 'middle-corridor-core',
  title: { en: 'A series' },
  measure: 'cargo carried',
  unit: 'Mt',
  scope: 'whole-route',
  reporter: 'kz-government',
  points: [point('2023'), point('2024')],
  ...more,
});

describe('the series data', () => {
  it('passes its validation', () => {
    expect(validateSeries(SERIES)).toEqual([]);
  });

  it('gives the core corridor its cargo by year, whole years in order', () => {
    const [cargo] = seriesForRoute('middle-corridor-core');
    expect(cargo.id).toBe('middle-corridor-cargo');
    expect(cargo.points.map((p) => p.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(seriesForRoute('tapi-pipeline').map((s) => s.unit)).toEqual(['km']);
    expect(seriesForRoute('casa-1000')).toEqual([]);
  });

  it('puts the core corridor’s chart in the Middle Corridor’s tour step, and in no other', () => {
    const steps = buildTour(declaration, null, []);
    expect(steps.filter((s) => s.chart).map((s) => [s.id, s.chart])).toEqual([['middle-corridor', 'middle-corridor-core']]);
  });
});

describe('validateSeries', () => {
  it('accepts a well-formed series', () => {
    expect(validateSeries([series()])).toEqual([]);
  });

  it('refuses a unit, a scope or a reporter outside the registries', () => {
    expect(validateSeries([series({ unit: 'tonnes', scope: 'kazakhstan', reporter: 'someone' })])).toEqual([
      'series s: unit "tonnes" is not in the unit registry',
      'series s: scope "kazakhstan" is not in the scope registry',
      'series s: reporter "someone" is not in the reporter registry',
    ]);
  });

  it('refuses two series that would mix: same unit, scope and reporter', () => {
    expect(validateSeries([series(), series({ id: 't' })])).toEqual(['series t: same unit, scope and reporter as series s; one series each']);
    expect(validateSeries([series(), series({ id: 't', reporter: 'ktz' })])).toEqual([]);
  });

  it('refuses an id used twice and a series without points', () => {
    expect(validateSeries([series(), series({ reporter: 'ktz', points: [] })])).toEqual(['series s: the id is used twice', 'series s: no points']);
  });

  it('refuses a period in none of the three forms', () => {
    expect(validateSeries([series({ points: [point('2024-H1'), point('2024-13/2024-12'), point('2024-06/2024-01')] })])).toEqual([
      'series s, point 0 (2024-H1): the period is not YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD',
      'series s, point 1 (2024-13/2024-12): the period is not YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD',
      'series s, point 2 (2024-06/2024-01): the period is not YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('refuses January to December written as months: it is the year', () => {
    expect(validateSeries([series({ points: [point('2024-01/2024-12')] })])).toEqual(['series s, point 0 (2024-01/2024-12): January to December is the whole year; write "2024"']);
  });

  it('keeps as-of days to cumulative series, and cumulative series to days', () => {
    expect(validateSeries([series({ points: [point('2025-01-26')] })])).toEqual(['series s, point 0 (2025-01-26): an as-of day belongs in a cumulative series only']);
    expect(validateSeries([series({ cumulative: true, points: [point('2025')] })])).toEqual(['series s, point 0 (2025): a cumulative series gives as-of days (YYYY-MM-DD)']);
    expect(validateSeries([series({ cumulative: true, points: [point('2025-01-26'), point('2025-01-31')] })])).toEqual([]);
  });

  it('refuses periods out of order or overlapping', () => {
    expect(validateSeries([series({ points: [point('2024'), point('2023')] })])).toEqual(['series s, point 1 (2023): comes before the previous period (2024)']);
    expect(validateSeries([series({ points: [point('2024'), point('2024-06/2024-08')] })])).toEqual([
      'series s, point 1 (2024-06/2024-08): overlaps the previous period (2024)',
    ]);
    expect(validateSeries([series({ points: [point('2024-01/2024-06'), point('2024-06/2024-11')] })])).toEqual([
      'series s, point 1 (2024-06/2024-11): overlaps the previous period (2024-01/2024-06)',
    ]);
    expect(validateSeries([series({ points: [point('2024-01/2024-06'), point('2024-07/2024-11'), point('2025')] })])).toEqual([]);
  });

  it('refuses a value that is not a finite number ≥ 0', () => {
    expect(validateSeries([series({ points: [point('2022', -1), point('2023', Number.NaN), point('2024', Infinity)] })])).toEqual([
      'series s, point 0 (2022): value -1 is not a finite number ≥ 0',
      'series s, point 1 (2023): value NaN is not a finite number ≥ 0',
      'series s, point 2 (2024): value Infinity is not a finite number ≥ 0',
    ]);
  });

  it('refuses a source that is not an article: no path, not http, not a URL', () => {
    const at = (period: string, url: string) => point(period, 1, { source: { ...SOURCE, url } });
    expect(validateSeries([series({ points: [at('2022', 'https://example.org/'), at('2023', 'ftp://example.org/a'), at('2024', 'example.org/a')] })]).map((e) => e.split(': ')[1])).toEqual([
      'source "https://example.org/" is not an article URL with a path',
      'source "ftp://example.org/a" is not an article URL with a path',
      'source "example.org/a" is not an article URL with a path',
    ]);
  });

  it('refuses a publication day that is not a day, or is before the period starts', () => {
    const at = (period: string, published: string) => point(period, 1, { source: { ...SOURCE, published } });
    expect(validateSeries([series({ points: [at('2023', '2023-02-30'), at('2024-03/2024-05', '2024-02-28')] })])).toEqual([
      'series s, point 0 (2023): published "2023-02-30" is not a day (YYYY-MM-DD)',
      'series s, point 1 (2024-03/2024-05): published 2024-02-28, before the period starts (2024-03-01)',
    ]);
    // A plan published during its year is allowed: the rule is about the start.
    expect(validateSeries([series({ points: [at('2025', '2025-03-06')] })])).toEqual([]);
  });
});

describe('periods', () => {
  it('reads the three forms, and a months period as partial', () => {
    expect(periodSpan('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31', kind: 'year' });
    expect(periodSpan('2024-01/2024-02')).toEqual({ start: '2024-01-01', end: '2024-02-29', kind: 'months' });
    expect(periodSpan('2024-11/2025-02')).toEqual({ start: '2024-11-01', end: '2025-02-28', kind: 'months' });
    expect(periodSpan('2025-04-24')).toEqual({ start: '2025-04-24', end: '2025-04-24', kind: 'day' });
    expect(periodSpan('2025-02-29')).toBeNull();
    expect(isPartial('2024-01/2024-06')).toBe(true);
    expect(isPartial('2024')).toBe(false);
  });

  it('shows on a day the figures published by then: what was known on the map’s date', () => {
    const on = (published: string) => ({ source: { ...SOURCE, published } });
    const s = { points: [point('2022', 1, on('2023-05-23')), point('2023', 1, on('2024-01-24')), point('2024', 1, on('2025-03-06')), point('2025-04-24', 1, on('2025-04-24'))] };
    expect(pointsOn(s, '2023-09-19').map((p) => p.period)).toEqual(['2022']);
    expect(pointsOn(s, '2024-01-24').map((p) => p.period)).toEqual(['2022', '2023']);
    expect(pointsOn(s, '2025-04-24').map((p) => p.period)).toEqual(['2022', '2023', '2024', '2025-04-24']);
    expect(pointsOn(s).length).toBe(4);
  });
});

describe('barGeometry', () => {
  const { bars, baseline } = barGeometry([
    { key: '2022', value: 1 },
    { key: '2023', value: 2 },
    { key: '2024', value: 4 },
  ]);

  it('stands every bar on the zero line, as long as its value, the largest reaching the top', () => {
    expect(baseline).toBe(CHART_BOX.height - CHART_BOX.bottom);
    for (const b of bars) expect(b.y + b.height).toBeCloseTo(baseline);
    const full = baseline - CHART_BOX.top;
    expect(bars.map((b) => b.height / full)).toEqual([0.25, 0.5, 1]);
    expect(bars[2].y).toBeCloseTo(CHART_BOX.top);
  });

  it('puts the bars left to right, equally wide, inside the box', () => {
    expect(bars.map((b) => b.key)).toEqual(['2022', '2023', '2024']);
    expect(new Set(bars.map((b) => b.width)).size).toBe(1);
    expect(bars[0].x).toBeGreaterThan(CHART_BOX.side);
    expect(bars[2].x + bars[2].width).toBeLessThan(CHART_BOX.width - CHART_BOX.side);
    expect(bars[0].cx).toBeLessThan(bars[1].cx);
    for (const b of bars) expect(b.cx).toBeCloseTo(b.x + b.width / 2);
  });

  it('keeps a lone bar no wider than the cap, and zero values flat', () => {
    const one = barGeometry([{ key: 'a', value: 5 }]);
    expect(one.bars[0].width).toBe(CHART_BOX.maxBar);
    const zeros = barGeometry([{ key: 'a', value: 0 }, { key: 'b', value: 0 }]);
    expect(zeros.bars.map((b) => b.height)).toEqual([0, 0]);
  });
});

describe('the first load', () => {
  it('never statically reaches the chart or d3-scale: both come only with the lazy side panel and tour', () => {
    const isFile = (p: string) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    };
    const graph = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (graph.has(file)) return;
      graph.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*?from '([^']+)';/gm)) {
        if (!m[1].startsWith('.')) {
          packages.add(m[1]);
          continue;
        }
        const base = resolve(dirname(file), m[1]);
        const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => /\.tsx?$/.test(p) && isFile(p));
        if (found) visit(found);
      }
    };
    visit(resolve('src/main.tsx'));
    expect(graph.size).toBeGreaterThan(20);
    expect([...graph].filter((f) => /SeriesChart|seriesGeometry|[\\/]data[\\/]series\.ts$/.test(f))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('d3-'))).toEqual([]);
    // The walk does see what the panel chunk holds when started there.
    visit(resolve('src/ui/SidePanel.tsx'));
    expect(packages.has('d3-scale')).toBe(true);
  });
});
