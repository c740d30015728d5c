// The benchmark's report half: saved results in, the README's table and the full profile out.
import { describe, expect, it } from 'vitest';
import { END, START, fullReport, judge, missedReasons, readmeSection, replaceBetween, summaryTable } from '../../scripts/bench/report';
import { TARGETS, type Results } from '../../scripts/bench/results';
import { summarize } from '../../scripts/bench/stats';

/** A small run: the app at 1.5× the bare page, clicks at 30 ms, 700 KB loaded, 40 KB of its own, 2 MB heap growth. */
function results(over: { app?: number[]; click?: number[]; total?: number; heap?: number | null } = {}): Results {
  const app = summarize(over.app ?? [1500, 1400, 1600]);
  const bare = summarize([1000, 900, 1100]);
  const bareLabels = summarize([1250, 1200, 1300]);
  const click = summarize(over.click ?? [30, 28, 35]);
  const heap = over.heap === undefined ? 2_000_000 : over.heap;
  const point = (cycle: number, used: number) => ({ cycle, used, nodes: 250, listeners: 220 });
  return {
    date: '2026-11-28T06:48:56.400Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryGB: 8, os: 'Linux', node: 'v20', chromium: '156', webgl: 'SwiftShader', loadAverage: { start: 1, end: 1 } },
    config: { runs: 3, warmup: 1, clickRounds: 1, cycles: 20, viewport: { width: 1280, height: 800 }, build: 'test', minutes: 2 },
    targets: TARGETS,
    met: { idle: true, click: true, total: true, own: true, heap: true },
    firstIdle: {
      app,
      bare,
      bareLabels,
      ratio: app.median / bare.median,
      ratioToBareLabels: app.median / bareLabels.median,
      labelsOnBare: bareLabels.median / bare.median,
      perRunRatios: { appToBare: summarize([1.5, 1.6, 1.4], 2), appToBareLabels: summarize([1.2], 2), bareLabelsToBare: summarize([1.25], 2) },
      order: 'rotating',
      appRuns: [{ dcl: 180, fcp: 360, data: 270, worker: 400 }],
      bareRuns: [{ dcl: 140, fcp: 200, worker: 210 }],
      bareLabelsRuns: [{ dcl: 190, fcp: 240, data: 170, worker: 270 }],
      camera: { w: 1280, h: 759, lon: 62, lat: 42, zoom: 3.5 },
    },
    clickToPanel: {
      external: click,
      measure: summarize([25, 23, 29]),
      toNextPaint: null,
      clicks: click.runs.map((external, i) => ({ state: 'KAZ', selected: i === 2 ? 'UZB' : 'KAZ', external, measure: external - 5, toPaint: null })),
    },
    bytes: {
      total: over.total ?? 700_000,
      own: 40_000,
      byCategory: { maplibre: 450_000, react: 68_000, libs: 10_000, app: 20_000, content: 10_000, data: 130_000, fonts: 12_000 },
      bare: 580_000,
      bareLabels: 593_000,
      files: [],
      largest: [{ category: 'maplibre', owner: 'maplibre-gl', gzip: 290_000 }],
      loadedOnUseOnly: [{ path: 'assets/Tour.js', gzip: 1100 }],
      lazyButInFirstLoad: [],
    },
    memory:
      heap === null
        ? null
        : {
            growthBytes: heap,
            fromIdleBytes: heap + 1_000_000,
            atIdle: point(0, 9_000_000),
            points: [point(0, 10_000_000), point(16, 11_000_000), point(20, 10_000_000 + heap)],
            via: { legend: 20, hash: 0 },
            cycleMs: 300,
            firstPass: 16,
            cameraOnly: { moves: 32, growth: 1_000_000, points: [point(0, 10_000_000), point(32, 11_000_000)] },
          },
    profile: null,
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

  it('judges each target from the figures, not from the verdicts stored with them', () => {
    expect(judge(results())).toEqual({ idle: false, click: true, total: false, own: true, heap: true });
    expect(judge(results({ app: [1150, 1100, 1200], click: [60, 55, 70], total: 600_000, heap: 6_000_000 }))).toEqual({
      idle: true,
      click: false,
      total: true,
      own: true,
      heap: false,
    });
    const slow = rows(summaryTable(results({ click: [60, 55, 70], heap: 6_000_000 })));
    expect(slow[1]).toBe('| Click to panel, median | 60 ms | ≤ 50 ms | **missed** by 10 ms |');
    expect(slow[4]).toBe('| JS heap growth, 20 select-and-close cycles | 6.00 MB | ≤ 5.00 MB | **missed** by 1.00 MB |');
  });

  it('says so when memory was not measured, and never counts it as met', () => {
    const r = results({ heap: null });
    expect(rows(summaryTable(r))[4]).toBe('| JS heap growth | not measured | ≤ 5.00 MB | — |');
    expect(judge(r).heap).toBe(false);
  });

  it('is short: the table, a line on each missed target, one sentence with the count met, and a link to the full profile', () => {
    const r = results();
    const section = readmeSection(r);
    const missed = Object.values(judge(r)).filter((v) => !v).length;
    const lines = section.split('\n').filter((l) => l && !l.startsWith('|'));
    expect(lines.filter((l) => l.startsWith('- **'))).toHaveLength(missedReasons(r).length);
    expect(lines).toHaveLength(1 + missedReasons(r).length);
    expect(section).toContain('3 of 5 targets met');
    expect(section).toContain('[docs/benchmark.md](docs/benchmark.md)');
    // Every missed target that has a reading gets one; a met one gets none.
    expect(missedReasons(r).length).toBeLessThanOrEqual(missed);
    if (!judge(r).idle) expect(section).toMatch(/First idle, .*the bare page.*What would close it/);
  });
});

describe('the full profile', () => {
  it('holds every measure against both floors, the bytes by kind, and the notes', () => {
    const doc = fullReport(results());
    expect(doc).toContain('| First map idle (`map-idle`, from navigation start), median (min–max) of 3 | 1500 ms (1400–1600) | 1000 ms (900–1100) | 1250 ms (1200–1300) | app ≤ 1.2× bare |');
    expect(doc).toContain('**1.50×**, **missed** by 300 ms (25%): 1.2 × 1000 ms allows 1200 ms');
    expect(doc).toContain('| MapLibre (JS, worker, CSS) | 450.0 KB | 64% |');
    expect(doc).toContain('| **total** | **700.0 KB** | 100% |');
    expect(doc).toContain('1 clicks selected something else than the state under the pointer: KAZ→UZB.');
    expect(doc).toContain('1.00 MB in the first pass over every state and route');
    // The run starts once the app has opened; the growth from the first idle is shown beside the judged one.
    expect(doc).toContain('9.00 MB at the first idle, 10.00 MB once the app has opened');
    expect(doc).toMatch(/from the first idle, with the app's own later loads: \d+\.\d\d MB/);
    expect(doc).toContain('Built but not loaded at first view: assets/Tour.js (1.1 KB).');
    expect(doc).not.toContain('What the time is spent on');
  });
});

describe('replacing between the markers', () => {
  it('replaces only what lies between them', () => {
    const text = `# A\n\nbefore\n${START}\nold\n${END}\nafter\n`;
    expect(replaceBetween(text, 'new')).toBe(`# A\n\nbefore\n${START}\nnew\n${END}\nafter\n`);
  });

  it('fails when a marker is missing rather than write somewhere else', () => {
    expect(() => replaceBetween(`${START}\nno end`, 'new')).toThrow(/markers/);
  });
});
