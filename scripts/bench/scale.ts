// The benchmark's scaling run: how the cost grows with the data. The same app is built three times
// into dist-bench/scale-1, scale-4 and scale-16 with 1×, 4× and 16× the routes, places and
// commitments (synthetic copies from scale-data.ts, for the bench only), then timed in headless
// Chromium at each size: first map idle, link building (`content-build`), the search index and a
// typed query (`search-index`, `search-query`) and click → panel. Writes bench/scale.json; the
// table is rendered by scale-report.ts (into the README and docs/benchmark.md through report.ts).
//
//   npm run bench:scale [-- --runs N (5) --warmup N (1) --no-write]   (about 3–4 minutes on 2 cores)
//
// Each build is the `e2e` mode (the test hook `window.__atlasMap` the driver reads: where a state
// is on screen, what the map was given) with a plugin that appends the commitments' copies to the
// list the app imports; the geo files in its output are then overwritten with the scaled copies.
// The service worker is kept out (its precache would describe the real files, and installing it
// would load the page under test): its files are deleted from these builds and every browser
// context blocks service workers.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, normalizePath, type Plugin } from 'vite';
import { launch } from '../../tests/e2e/chrome';
import { SEL, STATES, screenPoint, waitForMapIdle } from '../../tests/e2e/atlas';
import { COMMITMENT_DEFS } from '../../src/content/commitments/index';
import { serveStatic } from '../serve';
import { OUT, ROOT } from './build';
import { writeReport } from './report';
import { commitmentCopies, commitmentsModule, GEO_FILE, scaleGeo, serializeGeo, type ScaledGeo } from './scale-data';
import { exponents, SCALE_PATH, scaleTable, sizesLine, type ScaleClick, type ScaleCounts, type ScaleResults, type ScaleSize } from './scale-report';
import { flag, median, ms, summarize } from './stats';

export const SIZES = [1, 4, 16] as const;
const VIEWPORT = { width: 1280, height: 800 };
/** What the search box is given, key by key: a word the declaration, programmes and commitments all use. */
const QUERY = 'corridor';
/** Between keystrokes: a quick typist. */
const KEY_DELAY_MS = 60;

const log = (s: string) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// Builds

const COMMITMENTS_INDEX = normalizePath(resolve(ROOT, 'src/content/commitments/index.ts'));

/** Compiles src/content/commitments/index.ts with the copies appended to its list: scaled builds only. */
function scaledCommitments(extra: ReturnType<typeof commitmentCopies>): Plugin {
  return {
    name: 'bench-scaled-commitments',
    enforce: 'pre',
    load(id) {
      if (normalizePath(id.split('?')[0]) !== COMMITMENTS_INDEX) return null;
      return commitmentsModule(readFileSync(COMMITMENTS_INDEX, 'utf8'), extra);
    },
  };
}

function readRealGeo(): ScaledGeo {
  const read = (file: string) => JSON.parse(readFileSync(resolve(ROOT, 'public/geo', file), 'utf8'));
  return { routes: read(GEO_FILE.routes), routeMeta: read(GEO_FILE.routeMeta), places: read(GEO_FILE.places) };
}

/** Builds the app at N× into dist-bench/scale-N and returns what it holds. */
async function buildScaled(real: ScaledGeo, n: number): Promise<ScaleCounts> {
  const outDir = join(OUT, `scale-${n}`);
  const copied = { routes: new Set(real.routeMeta.map((r) => r.id)), places: new Set(real.places.features.map((f) => f.properties.id)) };
  const extra = commitmentCopies(COMMITMENT_DEFS, n, copied);
  await build({ root: ROOT, mode: 'e2e', logLevel: 'silent', plugins: [scaledCommitments(extra)], build: { outDir, emptyOutDir: true } });
  const geo = scaleGeo(real, n);
  for (const [file, text] of Object.entries(serializeGeo(geo))) writeFileSync(join(outDir, 'geo', file), text);
  // No service worker: sw.js and its workbox runtime go (the page's registration then fails quietly, as offline-less hosting would).
  for (const f of readdirSync(outDir)) if (f === 'sw.js' || /^workbox-.*\.js$/.test(f)) rmSync(join(outDir, f));
  return { routes: geo.routeMeta.length, legs: geo.routes.features.length, places: geo.places.features.length, commitments: COMMITMENT_DEFS.length + extra.length };
}

// ---------------------------------------------------------------------------------------------
// One load: first idle, link building, a click into a state, then the search

interface Load {
  idle: number;
  contentBuild: number;
  click: ScaleClick;
  searchIndex: number;
  /** The last query: the whole word. */
  searchQuery: number;
  queries: number;
  notices: string[];
  drawn: { routes: number; places: number } | null;
}

async function loadOnce(browser: Browser, url: string, state: (typeof STATES)[number]): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', serviceWorkers: 'block' });
  // tsx keeps function names with an `__name` helper that does not exist in the page.
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await waitForMapIdle(page, 90_000);
    // The content is built after the data arrives, as its own chunk; usually before the first idle.
    await page.waitForFunction(() => performance.getEntriesByName('content-build').length > 0, undefined, { timeout: 30_000, polling: 50 });
    const first = await page.evaluate(() => {
      const map = (window as unknown as { __atlasMap?: { getSource(id: string): { serialize(): { data?: unknown } } | undefined } }).__atlasMap;
      const count = (id: string, key: string): number | null => {
        const data = map?.getSource(id)?.serialize().data as { features?: { properties?: Record<string, unknown> }[] } | undefined;
        return data?.features ? new Set(data.features.map((f) => f.properties?.[key])).size : null;
      };
      const routes = count('routes', 'route');
      const places = count('places', 'id');
      return {
        idle: performance.getEntriesByName('map-idle')[0].startTime,
        contentBuild: performance.getEntriesByName('content-build')[0].duration,
        drawn: routes === null || places === null ? null : { routes, places },
      };
    });

    // Click → panel, as measure.ts times it: reduced motion, so the first idle is the opening
    // camera, still; a moment for the last frame; the pointer rests on the state, then clicks.
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const w = window as unknown as { __click?: number };
      // The click event's own time (the button's release), as measure.ts judges it.
      addEventListener('click', (e) => (w.__click ??= e.timeStamp), { capture: true });
    });
    const p = await screenPoint(page, state.point);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(250);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForFunction(() => performance.getEntriesByName('click-to-panel').length > 0, undefined, { timeout: 15_000, polling: 20 });
    const click = await page.evaluate(() => {
      const opens = performance.getEntriesByName('panel-open');
      return {
        measure: performance.getEntriesByName('click-to-panel')[0].duration,
        external: opens[opens.length - 1].startTime - ((window as unknown as { __click?: number }).__click ?? NaN),
        selected: new URLSearchParams(location.hash.slice(1)).get('sel'),
      };
    });

    // Search as a reader does: open the declaration, type the word key by key into its search box.
    await page.getByRole('button', { name: 'Read the declaration' }).click();
    const box = page.getByLabel('Search the declaration and its programmes');
    await box.pressSequentially(QUERY, { delay: KEY_DELAY_MS });
    await page.locator(`${SEL.searchResults} li`).first().waitFor({ timeout: 15_000 });
    // The last query is the whole word once the result count says so and nothing more is measured.
    await page.waitForTimeout(300);
    const search = await page.evaluate(() => {
      const q = performance.getEntriesByName('search-query');
      return { index: performance.getEntriesByName('search-index')[0]?.duration ?? NaN, query: q[q.length - 1]?.duration ?? NaN, queries: q.length };
    });
    const notices = await page.locator(SEL.notice).allInnerTexts();
    if (errors.length) throw new Error(`${url}: the page threw: ${errors.join('; ')}`);
    return {
      idle: first.idle,
      contentBuild: first.contentBuild,
      drawn: first.drawn,
      click: { state: state.id, ...click },
      searchIndex: search.index,
      searchQuery: search.query,
      queries: search.queries,
      notices: notices.map((t) => t.replace(/\s*×\s*$/, '').trim()),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The run

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Builds, measures and returns the results; writes bench/scale.json unless `--no-write`. */
export async function runScale(argv: string[] = process.argv.slice(2)): Promise<ScaleResults> {
  const RUNS = Math.max(1, flag(argv, 'runs', 5));
  const WARMUP = flag(argv, 'warmup', 1);
  const WRITE = !argv.includes('--no-write');
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const loadStart = os.loadavg()[0];

  log(`[${elapsed()}] scaling run: building the app (e2e mode) at ${SIZES.map((n) => `${n}×`).join(', ')} into dist-bench/scale-N`);
  const real = readRealGeo();
  const counts = new Map<number, ScaleCounts>();
  for (const n of SIZES) counts.set(n, await buildScaled(real, n));

  const server = await serveStatic({ root: OUT });
  const url = (n: number) => `${server.url}scale-${n}/`;
  const browser = await launch();
  try {
    log(`[${elapsed()}] ${WARMUP} warm-up load at ${SIZES[0]}×, then ${RUNS} measured loads per size, the sizes' order rotating per run, a fresh context each`);
    // The browser's first page is the slowest (its own start-up, the code cache); one warm-up load
    // at the smallest size takes that off the first run without spending a load per size.
    for (let i = 0; i < WARMUP; i++) await loadOnce(browser, url(SIZES[0]), STATES[i % STATES.length]);
    const loads = new Map<number, Load[]>(SIZES.map((n) => [n, []]));
    for (let i = 0; i < RUNS; i++) {
      // Rotating the order (1, 4, 16 / 4, 16, 1 / 16, 1, 4 …) spreads the machine's drift over all sizes alike.
      const order = SIZES.map((_, k) => SIZES[(i + k) % SIZES.length]);
      // Each run clicks into the next state, so five runs click into each of the five once per size.
      const state = STATES[i % STATES.length];
      for (const n of order) loads.get(n)!.push(await loadOnce(browser, url(n), state));
      log(
        `  run ${i + 1}/${RUNS} (${state.id}): ${SIZES.map((n) => {
          const l = loads.get(n)![i];
          return `${n}× idle ${ms(l.idle)}, links ${l.contentBuild.toFixed(1)} ms, click ${l.click.external.toFixed(0)} ms${l.click.selected === state.id ? '' : ` (selected ${l.click.selected}!)`}`;
        }).join(' | ')}`,
      );
    }

    const sizes: ScaleSize[] = SIZES.map((n) => {
      const ls = loads.get(n)!;
      return {
        n,
        counts: counts.get(n)!,
        drawn: ls[0].drawn,
        firstIdle: summarize(ls.map((l) => l.idle)),
        contentBuild: summarize(ls.map((l) => l.contentBuild), 2),
        searchIndex: summarize(ls.map((l) => l.searchIndex), 2),
        searchQuery: summarize(ls.map((l) => l.searchQuery), 2),
        clickToPanel: summarize(ls.map((l) => l.click.external)),
        clickMeasure: summarize(ls.map((l) => l.click.measure)),
        clicks: ls.map((l) => ({ ...l.click, external: Math.round(l.click.external * 10) / 10, measure: Math.round(l.click.measure * 10) / 10 })),
        notices: [...new Set(ls.flatMap((l) => l.notices))],
      };
    });
    for (const s of sizes) {
      if (s.drawn && (s.drawn.routes !== s.counts.routes || s.drawn.places !== s.counts.places)) {
        log(`warning: at ${s.n}× the map was given ${s.drawn.routes} routes and ${s.drawn.places} places, not ${s.counts.routes} and ${s.counts.places}`);
      }
    }
    const results: ScaleResults = {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, loadAverage: { start: round2(loadStart), end: round2(os.loadavg()[0]) } },
      config: {
        sizes: [...SIZES],
        runs: RUNS,
        warmup: WARMUP,
        query: QUERY,
        viewport: VIEWPORT,
        build: 'dist-bench/scale-N: vite.config.ts in the e2e mode + the scaled commitments, geo files replaced by scale-data.ts, no service worker',
        seconds: Math.round((Date.now() - started) / 1000),
      },
      sizes,
      exponents: exponents({ sizes }),
    };
    for (const s of sizes) log(`  ${s.n}×: first idle ${ms(s.firstIdle.median)}, links ${s.contentBuild.median} ms, search index ${s.searchIndex.median} ms, query ${s.searchQuery.median} ms (${median(loads.get(s.n)!.map((l) => l.queries))} queries), click → panel ${ms(s.clickToPanel.median)}`);
    if (WRITE) {
      mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
      writeFileSync(resolve(ROOT, SCALE_PATH), `${JSON.stringify(results, null, 2)}\n`);
      log(`[${elapsed()}] wrote ${SCALE_PATH}`);
    }
    console.log(`${scaleTable(results)}\n\n${sizesLine(results)}`);
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  await runScale(argv);
  if (!argv.includes('--no-write')) {
    writeReport();
    log('wrote README.md (the benchmark tables) and docs/benchmark.md');
  }
}
