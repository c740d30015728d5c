// The scaling run's report: the growth exponent's fit, the table against the aims, and its place in
// the README and docs/benchmark.md when bench/scale.json exists.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { END, START, writeReport } from '../../scripts/bench/report';
import { exponents, growthExponent, scaleSection, scaleTable, sizesLine, type ScaleResults, type ScaleSize } from '../../scripts/bench/scale-report';
import { summarize } from '../../scripts/bench/stats';

/** A size whose every measure has the given median (three runs around it). */
function size(n: number, m: { idle: number; links: number; index: number; query: number; click: number }, clicks: { state: string; selected: string }[] = []): ScaleSize {
  const s = (x: number) => summarize([x * 0.9, x, x * 1.1], 2);
  return {
    n,
    counts: { routes: 14 * n, legs: 137 * n, places: 99 * n, commitments: 37 * n },
    drawn: { routes: 14 * n, places: 99 * n },
    firstIdle: s(m.idle),
    contentBuild: s(m.links),
    searchIndex: s(m.index),
    searchQuery: s(m.query),
    clickToPanel: s(m.click),
    clickMeasure: s(m.click - 5),
    clicks: clicks.map((c) => ({ ...c, external: m.click, measure: m.click - 5 })),
    notices: [],
  };
}

/** Idle flat-ish, links linear, index quadratic, query under a timer tick, click 30 → 45 ms. */
function results(click16 = 45): ScaleResults {
  const sizes = [
    size(1, { idle: 3000, links: 10, index: 5, query: 0, click: 30 }, [{ state: 'KAZ', selected: 'KAZ' }]),
    size(4, { idle: 3300, links: 40, index: 80, query: 0, click: 38 }),
    size(16, { idle: 3600, links: 160, index: 1280, query: 0, click: click16 }, [{ state: 'TJK', selected: 'casa-1000-x9' }]),
  ];
  return {
    date: '2026-11-29T02:00:00.000Z',
    machine: { cpu: 'Test CPU', cores: 2, loadAverage: { start: 1, end: 1 } },
    config: { sizes: [1, 4, 16], runs: 3, warmup: 1, query: 'corridor', viewport: { width: 1280, height: 800 }, build: 'test', seconds: 200 },
    sizes,
    exponents: exponents({ sizes }),
  };
}

describe('growthExponent', () => {
  it('is the least-squares slope of log(time) against log(N)', () => {
    expect(growthExponent([1, 4, 16].map((n) => ({ n, ms: 7 * n })))).toBeCloseTo(1, 10);
    expect(growthExponent([1, 4, 16].map((n) => ({ n, ms: 7 * n * n })))).toBeCloseTo(2, 10);
    expect(growthExponent([1, 4, 16].map((n) => ({ n, ms: 7 * Math.sqrt(n) })))).toBeCloseTo(0.5, 10);
    expect(growthExponent([1, 4, 16].map((n) => ({ n, ms: 7 })))).toBeCloseTo(0, 10);
  });

  it('fits the best line through points that are not on one', () => {
    // In base-4 logs: times 0, 1.5, 2 at sizes 0, 1, 2; centred, (−1 · −7/6 + 1 · 5/6) / 2 = 1.
    const pts = [
      { n: 1, ms: 1 },
      { n: 4, ms: 8 },
      { n: 16, ms: 16 },
    ];
    expect(growthExponent(pts)).toBeCloseTo(1, 10);
  });

  it('reads a time under the timer tick as one tick, and needs two sizes', () => {
    expect(growthExponent([1, 4, 16].map((n) => ({ n, ms: 0 })))).toBe(0);
    expect(growthExponent([{ n: 1, ms: 0 }, { n: 16, ms: 0.4 }])).toBeCloseTo(0.5, 10);
    expect(growthExponent([{ n: 4, ms: 3 }])).toBeNull();
    expect(growthExponent([])).toBeNull();
  });
});

describe('the scaling table', () => {
  const rows = (md: string) => md.split('\n').slice(2);

  it('has a row per measure: the median at each size, the exponent, the aim and the verdict', () => {
    const md = scaleTable(results());
    expect(md.split('\n')[0]).toBe('| measure, median | 1× | 4× | 16× | growth exponent | aim | result |');
    expect(rows(md)).toEqual([
      '| First map idle (`map-idle`) | 3000 ms | 3300 ms | 3600 ms | 0.07 | ≤ 1 (linear) | met |',
      '| Link building (`content-build`) | 10 ms | 40 ms | 160 ms | 1.00 | ≤ 1 (linear) | met |',
      '| Search index (`search-index`) | 5.0 ms | 80 ms | 1280 ms | 2.00 | ≤ 1 (linear) | **missed**: grows as N^2.00 |',
      '| Search query (`search-query`) | 0.0 ms | 0.0 ms | 0.0 ms | 0.00 | ≤ 1 (linear) | met |',
      '| Click → panel (the click → `panel-open`) | 30 ms | 38 ms | 45 ms | 0.15 | ≤ 1 (linear); < 50 ms at 16× | met |',
    ]);
  });

  it('misses click → panel at 50 ms or more at 16×, however flat it grows', () => {
    const last = rows(scaleTable(results(50))).at(-1);
    expect(last).toMatch(/\| \*\*missed\*\*: 50 ms at 16× \|$/);
  });

  it('says what N× holds', () => {
    expect(sizesLine(results())).toBe(
      'N× is the real data (1×) and N − 1 synthetic copies of every route, place and commitment, each copy shifted a little on the map: 1× = 14 routes (137 legs), 99 places, 37 commitments; 4× = 56 routes (548 legs), 396 places, 148 commitments; 16× = 224 routes (2192 legs), 1584 places, 592 commitments.',
    );
  });

  it('counts the aims met and names clicks that selected something else', () => {
    const md = scaleSection(results());
    expect(md).toMatch(/^\*\*Scaling\*\* \(`npm run bench:scale`, 2026-11-29; 4 of 5 measures met their aims\)/);
    expect(md).toContain('Clicks that selected something else than the state under the pointer: 16×: TJK → casa-1000-x9.');
    expect(md).not.toContain('Notices');
  });
});

describe('writeReport with bench/scale.json', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function project(withScale: boolean): string {
    root = mkdtempSync(join(tmpdir(), 'scale-report-'));
    mkdirSync(join(root, 'bench'));
    mkdirSync(join(root, 'docs'));
    cpSync('bench/results.json', join(root, 'bench/results.json'));
    writeFileSync(join(root, 'README.md'), `# x\n\n${START}\nold\n${END}\n\nafter\n`);
    writeFileSync(join(root, 'docs/benchmark.md'), `# Benchmark\n\n${START}\nold\n${END}\n`);
    if (withScale) writeFileSync(join(root, 'bench/scale.json'), JSON.stringify(results()));
    return root;
  }

  it('puts the scaling table after the main one in both files', () => {
    writeReport(project(true));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const doc = readFileSync(join(root, 'docs/benchmark.md'), 'utf8');
    expect(readme).toContain(scaleTable(results()));
    expect(readme.indexOf('| First map idle, app / bare MapLibre page')).toBeLessThan(readme.indexOf('**Scaling**'));
    expect(readme.indexOf('**Scaling**')).toBeLessThan(readme.indexOf(END));
    expect(readme).toMatch(/after\n$/);
    expect(doc).toContain('## How the cost grows with the data\n\n**Scaling**');
  });

  it('leaves it out when there is no scaling run', () => {
    writeReport(project(false));
    expect(readFileSync(join(root, 'README.md'), 'utf8')).not.toContain('Scaling');
    expect(readFileSync(join(root, 'docs/benchmark.md'), 'utf8')).not.toContain('How the cost grows');
  });
});
