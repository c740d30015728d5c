// The benchmark's report: saved results in, the README's and docs/benchmark.md's tables out, with
// the targets judged from the figures and the scaling run's growth exponents fitted.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { END, START, fullTable, growthExponent, judge, readmeSection, replaceBetween, scaleSection, scaleTable, summaryTable, writeReport } from '../../scripts/bench/report';
import { TARGETS, summarize, type Results, type ScaleResults, type ScaleSize } from '../../scripts/bench/results';

/** A small run: the app at 1.5× the bare page, clicks at 30 ms, 700 KB loaded, 40 KB of its own, 2 MB heap growth. */
function results(over: { app?: number[]; click?: number[]; total?: number; heap?: number | null } = {}): Results {
  const click = summarize(over.click ?? [30, 28, 35]);
  const heap = over.heap === undefined ? 2_000_000 : over.heap;
  const point = (cycle: number, used: number) => ({ cycle, used, nodes: 250, listeners: 220 });
  return {
    date: '2026-11-28T06:48:56.400Z',
    machine: { cpu: 'Test CPU', cores: 2, chromium: '156', loadAverage: { start: 1, end: 1 } },
    config: { runs: 3, warmup: 1, clickRounds: 1, cycles: 20, viewport: { width: 1280, height: 800 } },
    targets: TARGETS,
    firstIdle: { app: summarize(over.app ?? [1500, 1400, 1600]), bare: summarize([1000, 900, 1100]), bareLabels: summarize([1250, 1200, 1300]), camera: { w: 1280, h: 759, lon: 62, lat: 42, zoom: 3.5 } },
    clickToPanel: { fromClick: click, measure: summarize([25, 23, 29]), clicks: click.runs.map((fromClick, i) => ({ state: 'KAZ', selected: i === 2 ? 'UZB' : 'KAZ', fromClick, measure: fromClick - 5 })) },
    bytes: {
      total: over.total ?? 700_000,
      own: 40_000,
      byCategory: { maplibre: 450_000, react: 68_000, libs: 10_000, app: 20_000, content: 10_000, data: 130_000, fonts: 12_000 },
      bare: 580_000,
      bareLabels: 593_000,
      largest: [{ category: 'maplibre', owner: 'maplibre-gl', gzip: 290_000 }],
    },
    memory:
      heap === null
        ? null
        : { growthBytes: heap, fromIdleBytes: heap + 1_000_000, points: [point(0, 10_000_000), point(20, 10_000_000 + heap)], cameraOnly: { moves: 32, growth: 1_000_000, points: [point(0, 10_000_000), point(32, 11_000_000)] } },
  };
}

const rows = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| measure'));

describe('the README table', () => {
  it('has one row per target with its result, target and verdict', () => {
    expect(rows(summaryTable(results()))).toEqual([
      '| First map idle, app / bare MapLibre page | 1.50× | ≤ 1.2× | **missed** by 0.30× |',
      '| Click to panel, median | 30 ms | ≤ 50 ms | met |',
      '| First load, gzipped | 700.0 KB | ≤ 600.0 KB | **missed** by 100.0 KB |',
      "| … the app's own code and content | 40.0 KB | ≤ 60.0 KB | met |",
      '| JS heap growth, 20 select-and-close cycles | 2.00 MB | ≤ 5.00 MB | met |',
    ]);
  });

  it('judges each target from the figures', () => {
    expect(judge(results())).toEqual({ idle: false, click: true, total: false, own: true, heap: true });
    expect(judge(results({ app: [1150, 1100, 1200], click: [60, 55, 70], total: 600_000, heap: 6_000_000 }))).toEqual({ idle: true, click: false, total: true, own: true, heap: false });
    const slow = rows(summaryTable(results({ click: [60, 55, 70], heap: 6_000_000 })));
    expect(slow[1]).toBe('| Click to panel, median | 60 ms | ≤ 50 ms | **missed** by 10 ms |');
    expect(slow[4]).toBe('| JS heap growth, 20 select-and-close cycles | 6.00 MB | ≤ 5.00 MB | **missed** by 1.00 MB |');
  });

  it('says so when memory was not measured, and never counts it as met', () => {
    const r = results({ heap: null });
    expect(rows(summaryTable(r))[4]).toBe('| JS heap growth | not measured | ≤ 5.00 MB | — |');
    expect(judge(r).heap).toBe(false);
  });

  it('is the table and one line with the count met and a link to the full tables', () => {
    const lines = readmeSection(results(), null).split('\n').filter((l) => l && !l.startsWith('|'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('3 of 5 targets met');
    expect(lines[0]).toContain('[docs/benchmark.md](docs/benchmark.md)');
  });
});

describe('the full table', () => {
  it('holds every measure against both floors and the bytes by category', () => {
    const doc = fullTable(results());
    expect(doc).toContain('| First map idle (`atlas:map-idle`), median (min–max) of 3 | 1500 ms (1400–1600) | 1000 ms (900–1100) | 1250 ms (1200–1300) | app ≤ 1.2× bare |');
    expect(doc).toContain('**1.50×**, **missed** by 300 ms: 1.2 × 1000 ms allows 1200 ms');
    expect(doc).toContain('**1.20×** (app +250 ms); the labels cost the bare page +250 ms (1.25×)');
    expect(doc).toContain('| First load, gzipped, everything | 700.0 KB | 580.0 KB | 593.0 KB | ≤ 600.0 KB | **missed** by 100.0 KB |');
    expect(doc).toContain('2.00 MB (10.00 MB → 12.00 MB); from the first idle: 3.00 MB');
    expect(doc).toContain('the same camera moves with nothing selected: +1.00 MB');
    expect(doc).toContain('| MapLibre (JS, worker, CSS) | 450.0 KB | 64% |');
    expect(doc).toContain('| **total** | **700.0 KB** | 100% |');
    expect(doc).toContain('Largest parts: maplibre-gl 290.0 KB.');
  });
});

describe('replacing between the markers', () => {
  it('replaces only what lies between them', () => {
    expect(replaceBetween(`# A\n\nbefore\n${START}\nold\n${END}\nafter\n`, 'new')).toBe(`# A\n\nbefore\n${START}\nnew\n${END}\nafter\n`);
  });

  it('fails when a marker is missing rather than write somewhere else', () => {
    expect(() => replaceBetween(`${START}\nno end`, 'new')).toThrow(/markers/);
  });
});

// ---------------------------------------------------------------------------------------------
// The scaling run

/** A size whose every measure has the given median (three runs around it). */
function size(n: number, m: { idle: number; links: number; index: number; query: number; click: number }, clicks: { state: string; selected: string }[] = []): ScaleSize {
  const s = (x: number) => summarize([x * 0.9, x, x * 1.1], 2);
  return {
    n,
    counts: { routes: 14 * n, legs: 137 * n, places: 99 * n, commitments: 37 * n },
    firstIdle: s(m.idle),
    contentBuild: s(m.links),
    searchIndex: s(m.index),
    searchQuery: s(m.query),
    clickToPanel: s(m.click),
    clicks: clicks.map((c) => ({ ...c, fromClick: m.click, measure: m.click - 5 })),
    notices: [],
  };
}

/** Idle flat-ish, links linear, index quadratic, query under a timer tick, click 30 → 45 ms. */
function scale(click16 = 45): ScaleResults {
  return {
    date: '2026-11-29T02:00:00.000Z',
    machine: { cpu: 'Test CPU', cores: 2, loadAverage: { start: 1, end: 1 } },
    config: { sizes: [1, 4, 16], runs: 3, warmup: 1, query: 'corridor', viewport: { width: 1280, height: 800 }, seconds: 200 },
    sizes: [
      size(1, { idle: 3000, links: 10, index: 5, query: 0, click: 30 }, [{ state: 'KAZ', selected: 'KAZ' }]),
      size(4, { idle: 3300, links: 40, index: 80, query: 0, click: 38 }),
      size(16, { idle: 3600, links: 160, index: 1280, query: 0, click: click16 }, [{ state: 'TJK', selected: 'casa-1000-x9' }]),
    ],
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
    expect(growthExponent([{ n: 1, ms: 1 }, { n: 4, ms: 8 }, { n: 16, ms: 16 }])).toBeCloseTo(1, 10);
  });

  it('reads a time under the timer tick as one tick, and needs two sizes', () => {
    expect(growthExponent([1, 4, 16].map((n) => ({ n, ms: 0 })))).toBe(0);
    expect(growthExponent([{ n: 1, ms: 0 }, { n: 16, ms: 0.4 }])).toBeCloseTo(0.5, 10);
    expect(growthExponent([{ n: 4, ms: 3 }])).toBeNull();
    expect(growthExponent([])).toBeNull();
  });
});

describe('the scaling table', () => {
  it('has a row per measure: the median at each size, the exponent, the aim and the verdict', () => {
    const md = scaleTable(scale());
    expect(md.split('\n')[0]).toBe('| measure, median | 1× | 4× | 16× | growth exponent | aim | result |');
    expect(md.split('\n').slice(2)).toEqual([
      '| First map idle (`atlas:map-idle`) | 3000 ms | 3300 ms | 3600 ms | 0.07 | ≤ 1 (linear) | met |',
      '| Link building (`content-build`) | 10 ms | 40 ms | 160 ms | 1.00 | ≤ 1 (linear) | met |',
      '| Search index (`search-index`) | 5.0 ms | 80 ms | 1280 ms | 2.00 | ≤ 1 (linear) | **missed**: grows as N^2.00 |',
      '| Search query (`search-query`) | 0.0 ms | 0.0 ms | 0.0 ms | 0.00 | ≤ 1 (linear) | met |',
      '| Click → panel (the click → `panel-open`) | 30 ms | 38 ms | 45 ms | 0.15 | ≤ 1 (linear); < 50 ms at 16× | met |',
    ]);
  });

  it('misses click → panel at 50 ms or more at 16×, however flat it grows', () => {
    expect(scaleTable(scale(50)).split('\n').at(-1)).toMatch(/\| \*\*missed\*\*: 50 ms at 16× \|$/);
  });

  it('counts the aims met, says what N× holds and names clicks that selected something else', () => {
    const md = scaleSection(scale());
    expect(md).toMatch(/^\*\*Scaling\*\* \(`npm run bench:scale`, 2026-11-29; 4 of 5 measures met their aims\)/);
    expect(md).toContain('1× = 14 routes (137 legs), 99 places, 37 commitments; 4× = 56 routes (548 legs), 396 places, 148 commitments; 16× = 224 routes (2192 legs), 1584 places, 592 commitments.');
    expect(md).toContain('Clicks that selected something else than the state under the pointer: 16×: TJK → casa-1000-x9.');
    expect(md).not.toContain('Notices');
  });
});

describe('writeReport', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function project(withScale: boolean): string {
    root = mkdtempSync(join(tmpdir(), 'bench-report-'));
    mkdirSync(join(root, 'bench'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results()));
    writeFileSync(join(root, 'README.md'), `# x\n\n${START}\nold\n${END}\n\nafter\n`);
    writeFileSync(join(root, 'docs/benchmark.md'), `# Benchmark\n\nby hand\n\n${START}\nold\n${END}\n`);
    if (withScale) writeFileSync(join(root, 'bench/scale.json'), JSON.stringify(scale()));
    return root;
  }

  it('puts the tables between the markers of both files, the scaling run after the main one', () => {
    writeReport(project(true));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const doc = readFileSync(join(root, 'docs/benchmark.md'), 'utf8');
    expect(readme).toContain(summaryTable(results()));
    expect(readme).toContain(scaleTable(scale()));
    expect(readme.indexOf('| First map idle, app / bare MapLibre page')).toBeLessThan(readme.indexOf('**Scaling**'));
    expect(readme).toMatch(/\*\*Scaling\*\*[^]*<!-- bench:end -->\n\nafter\n$/);
    expect(doc).toContain(fullTable(results()));
    expect(doc).toContain('## How the cost grows with the data\n\n**Scaling**');
    expect(doc.startsWith('# Benchmark\n\nby hand\n\n')).toBe(true);
  });

  it('leaves the scaling run out when there is none', () => {
    writeReport(project(false));
    expect(readFileSync(join(root, 'README.md'), 'utf8')).not.toContain('Scaling');
    expect(readFileSync(join(root, 'docs/benchmark.md'), 'utf8')).not.toContain('How the cost grows');
  });

  it('renders the committed results as the README and docs/benchmark.md show them', () => {
    project(true);
    for (const f of ['bench/results.json', 'bench/scale.json']) writeFileSync(join(root, f), readFileSync(f));
    writeReport(root);
    const between = (file: string) => readFileSync(file, 'utf8').split(START)[1].split(END)[0];
    expect(between(join(root, 'README.md'))).toBe(between('README.md'));
    expect(between(join(root, 'docs/benchmark.md'))).toBe(between('docs/benchmark.md'));
  });
});
