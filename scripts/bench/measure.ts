// The benchmark's first half: the production build in headless Chromium against the targets, into
// bench/results.json. The second half (report.ts) turns that file into the README's table and
// docs/benchmark.md; `npm run bench` runs both.
//
//   1. First map idle: the app, a bare MapLibre page (scripts/bench/bare: same geo files, no React,
//      no interface, no labels) and the same bare page with the app's two label layers
//      (`?labels=1`: same font, same layout) loaded in rotation, each run in a fresh browser
//      context. The target is judged against the bare page (the issue's literal floor); the ratio
//      to the labelled page, which draws what the app draws, is reported beside it.
//   2. Click to panel: a real click inside each of the five states, on a freshly loaded page.
//   3. Bytes of the first load, gzipped, split into MapLibre, React, other libraries, the app's
//      code, content, data and fonts.
//   4. Memory: JS heap growth after 200 select-and-close cycles over every state and route.
//
// It always builds first, into dist-bench/: the app with the project's vite.config.ts plus hidden
// source maps (what is timed and weighed), the same app in the `e2e` mode, and the bare page. The
// production bundle has no way into the map, so the e2e twin, driven through the browser tests'
// driver, answers what only the map knows: its first camera (which the bare pages copy), where each
// state is on screen (same window, same camera, so the same pixels on the production page), and when
// it is still during the memory run. Flags: --runs N (7), --warmup N (1), --click-rounds N (3),
// --cycles N (200), --profile (CPU profile of one load of each page into
// bench/profile-*.cpuprofile), --no-write (print only), --strict (exit 1 when a target is missed).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/e2e/chrome';
import { STATES, jumpTo, mapCamera, mapIsStill, screenPoint, selectAndClose, settle, waitForMapIdle, type Camera } from '../../tests/e2e/atlas';
import { serveStatic } from '../serve';
import { ROOT, buildApp, buildBare } from './build';
import { CATEGORIES, splitFile, type Category, type FileBytes } from './bytes';
import { fileUnder, summarizeProfile, type CpuProfile, type ProfileSummary } from './profile';
import { headline, judge, summaryTable } from './report';
import { TARGETS, type HeapPoint, type Results } from './results';
import { flag, mb, median, ms, summarize, type Summary } from './stats';

// ---------------------------------------------------------------------------------------------
// Options

let RUNS = 7;
let WARMUP = 1;
let CLICK_ROUNDS = 3;
let CYCLES = 200;

const VIEWPORT = { width: 1280, height: 800 };
const BENCH_DIR = resolve(ROOT, 'bench');

const log = (s: string) => process.stderr.write(`${s}\n`);
let started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------------------------------------
// 0. What only the map knows, read once from the e2e twin

/** The first camera, and where each state's click point is on screen, in a reduced-motion window of the bench's size. */
async function firstLook(browser: Browser, e2eUrl: string): Promise<{ camera: Camera; points: Record<string, { x: number; y: number }> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(e2eUrl);
    await waitForMapIdle(page, 90_000);
    await settle(page);
    const camera = await mapCamera(page);
    if (!camera) throw new Error(`${e2eUrl} has no test hook: was it built with --mode e2e?`);
    const points: Record<string, { x: number; y: number }> = {};
    for (const s of STATES) points[s.id] = await screenPoint(page, s.point);
    return { camera, points };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Page helpers

interface LoadRun {
  idle: number;
  dcl: number;
  fcp: number | null;
  /** When the page asked for MapLibre's worker script: the moment the map was created. */
  worker: number | null;
  /** When the last geo file the page fetched itself arrived (the bare page leaves that to MapLibre's worker). */
  data: number | null;
}

interface FirstLoad {
  /** Served paths the page asked for before its first idle: the first load. */
  files: string[];
  /** And those it asked for in the few seconds after it: what the first view put off. */
  afterIdle: string[];
}

/** How long a recorded load keeps listening after the first idle, for what the app loads then. */
const AFTER_IDLE_MS = 6500;

/**
 * One load in a fresh context (empty cache): times from navigation start. With `record`, also the
 * served paths (under `base`) it asked for before the first idle, and in the seconds after it.
 */
async function loadOnce(browser: Browser, url: string, base: string, record = false): Promise<LoadRun & Partial<FirstLoad>> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    // When each request started, by the browser's clock (epoch ms), worker requests included.
    const requests: { path: string; start: number }[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (record) {
      page.on('requestfinished', async (req) => {
        const res = await req.response();
        if (!req.url().startsWith(base) || res?.status() !== 200) return;
        const path = decodeURIComponent(new URL(req.url()).pathname.slice(new URL(base).pathname.length)) || 'index.html';
        requests.push({ path, start: req.timing().startTime });
      });
    }
    await page.goto(url);
    await waitForMapIdle(page, 90_000);
    const run = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const worker = res.find((r) => /maplibre-gl-worker/.test(r.name));
      const idle = performance.getEntriesByName('map-idle')[0].startTime;
      // The app's own fetches of the first view's data (later ones, such as the full boundaries, are not the first view's).
      const geo = res.filter((r) => /\/geo\//.test(r.name) && r.startTime < idle);
      return {
        idle,
        idleEpoch: performance.timeOrigin + idle,
        dcl: nav?.domContentLoadedEventEnd ?? 0,
        fcp: fcp ? fcp.startTime : null,
        worker: worker ? worker.startTime : null,
        data: geo.length ? Math.max(...geo.map((r) => r.responseEnd)) : null,
      };
    });
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    const { idleEpoch, ...times } = run;
    if (!record) return times;
    await page.waitForTimeout(AFTER_IDLE_MS);
    const before = new Set(requests.filter((r) => r.start <= idleEpoch).map((r) => r.path));
    const after = new Set(requests.filter((r) => r.start > idleEpoch && !before.has(r.path)).map((r) => r.path));
    return { ...times, files: [...before].sort(), afterIdle: [...after].sort() };
  } finally {
    await context.close();
  }
}
// ---------------------------------------------------------------------------------------------
// 1. First map idle: the app, the bare page and the bare page with labels, in rotation

const PAGES = ['app', 'bare', 'bareLabels'] as const;
type PageName = (typeof PAGES)[number];
const PAGE_LABEL: Record<PageName, string> = { app: 'app', bare: 'bare', bareLabels: 'bare + labels' };

async function timeFirstIdle(browser: Browser, appUrl: string, bareBase: string, cam: Camera) {
  log(`[${elapsed()}] first map idle: ${WARMUP} warm-up and ${RUNS} runs each of the app, the bare page and the bare page with labels, in rotation, fresh context per run`);
  const warm = await loadOnce(browser, appUrl, appUrl, true);
  const bareUrl = `${bareBase}?w=${cam.w}&h=${cam.h}&lon=${cam.lon}&lat=${cam.lat}&zoom=${cam.zoom}`;
  const urls: Record<PageName, [string, string]> = { app: [appUrl, appUrl], bare: [bareUrl, bareBase], bareLabels: [`${bareUrl}&labels=1`, bareBase] };
  const bareWarm = await loadOnce(browser, urls.bare[0], bareBase, true);
  const labelsWarm = await loadOnce(browser, urls.bareLabels[0], bareBase, true);
  for (let i = 1; i < WARMUP; i++) for (const which of PAGES) await loadOnce(browser, ...urls[which]);
  const runs: Record<PageName, LoadRun[]> = { app: [], bare: [], bareLabels: [] };
  for (let i = 0; i < RUNS; i++) {
    // The order rotates every run (app first, then bare first, then bare + labels first, …), so a
    // drift in the machine's load, or whatever one page leaves behind for the next, falls on all alike.
    const order = PAGES.map((_, k) => PAGES[(i + k) % PAGES.length]);
    for (const which of order) runs[which].push(await loadOnce(browser, ...urls[which]));
    log(`  run ${i + 1}/${RUNS}: ${PAGES.map((p) => `${PAGE_LABEL[p]} ${ms(runs[p][i].idle)}`).join(', ')}`);
  }
  const med = (p: PageName) => median(runs[p].map((r) => r.idle));
  log(`  medians: ${PAGES.map((p) => `${PAGE_LABEL[p]} ${ms(med(p))}`).join(', ')}; app / bare ${(med('app') / med('bare')).toFixed(2)}× (the target's ratio), app / bare + labels ${(med('app') / med('bareLabels')).toFixed(2)}× (same drawing)`);
  return {
    ...runs,
    appFiles: warm.files ?? [],
    appAfterIdle: warm.afterIdle ?? [],
    bareFiles: bareWarm.files ?? [],
    bareLabelsFiles: labelsWarm.files ?? [],
    camera: cam,
    bareUrl,
  };
}
// ---------------------------------------------------------------------------------------------
// 2. Click to panel

interface ClickRun {
  state: string;
  selected: string | null;
  /** The app's own `click-to-panel` measure: from its `select` mark to `panel-open`. */
  measure: number;
  /** From the pointerdown (a listener injected in the capture phase) to the `panel-open` mark. */
  external: number;
  /** From the click event (dispatched at the release) to the `panel-open` mark: the judged figure. */
  fromClick: number;
  /** Event Timing: the longest event of the click, from input to the next paint; null under 16 ms. */
  toPaint: number | null;
}

async function timeClicks(browser: Browser, appUrl: string, points: Record<string, { x: number; y: number }>): Promise<ClickRun[]> {
  log(`[${elapsed()}] click to panel: ${CLICK_ROUNDS} rounds over the five states, a freshly loaded page per click, reduced motion`);
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const out: ClickRun[] = [];
  let n = 0;
  try {
    for (let round = 0; round < CLICK_ROUNDS; round++) {
      for (const { id: state } of STATES) {
        const page = await context.newPage();
        try {
          await page.goto(`${appUrl}?click=${++n}`);
          await waitForMapIdle(page, 90_000);
          // Reduced motion: the first idle is the opening camera, still; a moment more for the last frame.
          await page.waitForTimeout(300);
          await page.evaluate(() => {
            const w = window as unknown as { __down?: number; __click?: number; __events?: { name: string; duration: number }[] };
            w.__events = [];
            // The events' own times: when the browser received the input, before any handler ran.
            addEventListener('pointerdown', (e) => (w.__down ??= e.timeStamp), { capture: true });
            addEventListener('click', (e) => (w.__click ??= e.timeStamp), { capture: true });
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) w.__events!.push({ name: e.name, duration: e.duration });
            }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
          });
          const p = points[state];
          // A person moves onto the state (its hover highlight draws), then clicks.
          await page.mouse.move(p.x, p.y);
          await page.waitForTimeout(250);
          await page.mouse.down();
          await page.mouse.up();
          await page.waitForFunction(() => performance.getEntriesByName('click-to-panel').length > 0, undefined, { timeout: 15_000, polling: 20 });
          await page.waitForTimeout(400); // Event Timing entries arrive after the next paint.
          const r = await page.evaluate(() => {
            const w = window as unknown as { __down?: number; __click?: number; __events?: { name: string; duration: number }[] };
            const opens = performance.getEntriesByName('panel-open');
            const clickEvents = (w.__events ?? []).filter((e) => /^(pointer|mouse)(down|up)$|^click$/.test(e.name));
            return {
              measure: performance.getEntriesByName('click-to-panel')[0].duration,
              external: opens[opens.length - 1].startTime - (w.__down ?? NaN),
              fromClick: opens[opens.length - 1].startTime - (w.__click ?? NaN),
              toPaint: clickEvents.length ? Math.max(...clickEvents.map((e) => e.duration)) : null,
              selected: new URLSearchParams(location.hash.slice(1)).get('sel'),
            };
          });
          out.push({ state, ...r });
          log(`  ${state}: measure ${ms(r.measure)}, click → panel-open ${ms(r.fromClick)}, pointerdown → panel-open ${ms(r.external)}, to next paint ${r.toPaint === null ? '<16 ms' : ms(r.toPaint)}${r.selected !== state ? ` (selected ${r.selected}!)` : ''}`);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await context.close();
  }
  return out;
}
// ---------------------------------------------------------------------------------------------
// 3. Bytes

interface BytesResult {
  files: FileBytes[];
  byCategory: Record<Category, number>;
  total: number;
  own: number;
  byOwner: { category: Category; owner: string; gzip: number }[];
  notLoaded: { path: string; gzip: number }[];
  /** Files asked for in the seconds after the first idle: what the first view put off. */
  afterIdle: { path: string; gzip: number }[];
  /** Modules the app imports with `import()`, and the packages they bring, found in the first load anyway. */
  lazyInFirstLoad: { source: string; gzip: number }[];
}

/**
 * Project files that some file under src/ loads with a dynamic `import()`, and the packages only
 * they import (statically): what the app means to load on use.
 */
function dynamicImportTargets(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.[jt]sx?$/.test(e.name) ? [join(dir, e.name)] : []));
  const resolveImport = (from: string, spec: string): string | null => {
    if (!spec.startsWith('.')) return null;
    const base = resolve(from, '..', spec);
    for (const ext of ['', '.ts', '.tsx', '.js', '.jsx', '/index.ts', '/index.tsx']) {
      if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
    }
    return null;
  };
  const all = walk(resolve(ROOT, 'src'));
  for (const file of all) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const target = resolveImport(file, m[1]);
      if (target) files.add(relative(ROOT, target));
    }
  }
  const packagesOf = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*?from\s+['"]([^'".][^'"]*)['"]/gm)].map((m) =>
      m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0],
    );
  const lazy = new Set(all.filter((f) => files.has(relative(ROOT, f))).flatMap(packagesOf));
  const eager = new Set(all.filter((f) => !files.has(relative(ROOT, f))).flatMap(packagesOf));
  return { files, packages: new Set([...lazy].filter((p) => !eager.has(p))) };
}

function measureBytes(buildDir: string, files: string[], afterIdleFiles: string[] = []): BytesResult {
  const split = files.map((f) => splitFile(buildDir, f, ROOT));
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const owners = new Map<string, { category: Category; owner: string; gzip: number }>();
  const sources = new Map<string, number>();
  for (const f of split) {
    for (const p of f.parts) {
      byCategory[p.category] += p.gzip;
      const key = `${p.category}\0${p.owner}`;
      const o = owners.get(key);
      if (o) o.gzip += p.gzip;
      else owners.set(key, { category: p.category, owner: p.owner, gzip: p.gzip });
      if (/\.m?js$/.test(f.path)) sources.set(p.source, (sources.get(p.source) ?? 0) + p.gzip);
    }
  }
  for (const c of CATEGORIES) byCategory[c] = Math.round(byCategory[c]);
  const total = split.reduce((a, f) => a + f.gzip, 0);
  const own = byCategory.app + byCategory.content + byCategory.libs;
  const afterIdle = afterIdleFiles.map((f) => ({ path: f, gzip: splitFile(buildDir, f, ROOT).gzip }));
  const loaded = new Set([...files, ...afterIdleFiles]);
  const notLoaded = readdirSync(join(buildDir, 'assets'))
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f) => `assets/${f}`)
    .filter((f) => !loaded.has(f))
    .map((f) => ({ path: f, gzip: splitFile(buildDir, f, ROOT).gzip }));
  const lazy = dynamicImportTargets();
  const lazyInFirstLoad = [...sources]
    .filter(([s]) => lazy.files.has(s) || [...lazy.packages].some((p) => s.startsWith(`${p}/`)))
    .map(([source, g]) => ({ source, gzip: Math.round(g) }));
  const byOwner = [...owners.values()].map((o) => ({ ...o, gzip: Math.round(o.gzip) })).sort((a, b) => b.gzip - a.gzip);
  return { files: split, byCategory, total, own, byOwner, notLoaded, afterIdle, lazyInFirstLoad };
}
// ---------------------------------------------------------------------------------------------
// 4. Memory

interface MapCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * A page of the app once it has opened: its first idle, then what it loads by itself after it (the
 * content at once, the full boundaries 4 s later, marked `countries-detail`). With a CDP session
 * that samples the heap after GC; `atIdle` is the sample taken at the first idle.
 */
async function memoryPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  // tsx keeps function names with an `__name` helper that does not exist in the page.
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await waitForMapIdle(page, 90_000);
  await settle(page);
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const sample = async (cycle: number): Promise<HeapPoint> => {
    // Let the map finish the tiles it is loading, so a sample never catches them half-built.
    await mapIsStill(page, { timeout: 10_000, lenient: true });
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { cycle, used: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  const atIdle = await sample(0);
  await page.waitForFunction(() => performance.getEntriesByName('countries-detail').length > 0, undefined, { timeout: 30_000 });
  await settle(page);
  await page.waitForTimeout(500);
  return { context, page, errors, sample, atIdle };
}

async function measureMemory(appUrl: string, ids: string[], names: Record<string, string>) {
  log(`[${elapsed()}] memory: ${CYCLES} select-and-close cycles over ${ids.length} states and routes`);
  const browser = await launch(['--js-flags=--expose-gc']);
  try {
    const { context, page, errors, sample, atIdle } = await memoryPage(browser, `${appUrl}?memory`);
    const points: HeapPoint[] = [await sample(0)];
    const checkpoints = [...new Set([ids.length, 50, 100, 150, CYCLES].filter((c) => c > 0 && c <= CYCLES))].sort((a, b) => a - b);
    let done = 0;
    const via = { legend: 0, hash: 0 };
    const cameras: MapCamera[] = [];
    const t0 = Date.now();
    for (const stop of checkpoints) {
      const r = await selectAndClose(page, { ids, names, from: done, to: stop, record: ids.length });
      via.legend += r.used.legend;
      via.hash += r.used.hash;
      cameras.push(...r.cameras);
      done = stop;
      points.push(await sample(stop));
      log(`  after ${stop} cycles: heap ${mb(points[points.length - 1].used)}`);
    }
    if (errors.length) throw new Error(`the app threw during the cycles: ${errors.join('; ')}`);
    const cycleMs = CYCLES ? (Date.now() - t0) / CYCLES : 0;
    await context.close();

    // Control: the same camera moves in a fresh page, with nothing selected. What grows here is
    // MapLibre filling its tile cache for the places and zoom levels visited, not the app.
    const passes = 2;
    log(`  control: the first pass's ${cameras.length} camera moves, ${passes} times, nothing selected`);
    const control = await memoryPage(browser, `${appUrl}?memory-control`);
    const controlPoints = [await control.sample(0)];
    for (let pass = 1; pass <= passes; pass++) {
      await jumpTo(control.page, cameras);
      controlPoints.push(await control.sample(cameras.length * pass));
    }
    await control.context.close();
    const growth = controlPoints[controlPoints.length - 1].used - controlPoints[0].used;
    return { points, atIdle, via, cycleMs, firstPass: ids.length, cameraOnly: { moves: cameras.length * passes, growth, points: controlPoints } };
  } finally {
    await browser.close();
  }
}
// ---------------------------------------------------------------------------------------------
// Optional: CPU profile of one app load and one bare load

async function profileLoad(browser: Browser, url: string, base: string, buildDir: string, name: string): Promise<ProfileSummary> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await waitForMapIdle(page, 90_000);
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(BENCH_DIR, { recursive: true });
    const file = join(BENCH_DIR, `profile-${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    log(`  wrote ${file.replace(ROOT + '/', '')} (open it in Chrome DevTools → Performance)`);
    return summarizeProfile(profile as CpuProfile, fileUnder(buildDir, base), ROOT);
  } finally {
    await context.close();
  }
}
// ---------------------------------------------------------------------------------------------
// The run

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Builds, measures and returns the results; writes bench/results.json unless `--no-write`. */
export async function measure(argv: string[] = process.argv.slice(2)): Promise<Results> {
  RUNS = Math.max(1, flag(argv, 'runs', 7));
  WARMUP = flag(argv, 'warmup', 1);
  CLICK_ROUNDS = Math.max(1, flag(argv, 'click-rounds', 3));
  CYCLES = flag(argv, 'cycles', 200);
  const PROFILE = argv.includes('--profile');
  const WRITE = !argv.includes('--no-write');
  started = Date.now();

  log(`[${elapsed()}] building the app (vite.config.ts, hidden source maps), its e2e twin and the bare page into dist-bench/`);
  const appDir = await buildApp('production');
  await buildApp('e2e');
  const bareDir = await buildBare();
  const server = await serveStatic({ root: resolve(ROOT, 'dist-bench') });
  const appUrl = `${server.url}app/`;
  const e2eUrl = `${server.url}app-e2e/`;
  const bareUrl = `${server.url}bare/`;
  const browser = await launch();
  const chromium = browser.version();
  const loadStart = os.loadavg()[0];
  if (loadStart > os.cpus().length) {
    log(`note: the machine is busy (load average ${loadStart.toFixed(1)} on ${os.cpus().length} cores); times will be inflated and noisy — the ratios to the bare pages, measured in rotation, hold up best`);
  }
  try {
    const look = await firstLook(browser, e2eUrl);
    const idle = await timeFirstIdle(browser, appUrl, bareUrl, look.camera);
    const clicks = await timeClicks(browser, appUrl, look.points);

    log(`[${elapsed()}] bytes of the first load (${idle.appFiles.length} files)`);
    const bytes = measureBytes(appDir, idle.appFiles, idle.appAfterIdle);
    const gzipOf = (files: string[]) => files.map((f) => splitFile(bareDir, f, ROOT)).reduce((a, f) => a + f.gzip, 0);
    const bareBytes = gzipOf(idle.bareFiles);
    const bareLabelsBytes = gzipOf(idle.bareLabelsFiles);

    const routes = JSON.parse(readFileSync(join(appDir, 'geo/routes.json'), 'utf8')) as { id: string; name: string }[];
    const names: Record<string, string> = {};
    for (const s of STATES) names[s.id] = s.name;
    for (const r of routes) names[r.id] = r.name;
    const stateIds = STATES.map((s) => s.id as string);
    const memory = CYCLES > 0 ? await measureMemory(e2eUrl, [...stateIds, ...routes.map((r) => r.id)], names) : null;

    let profiles: Record<PageName, ProfileSummary> | null = null;
    if (PROFILE) {
      log(`[${elapsed()}] CPU profile of one load of each page (main thread only)`);
      profiles = {
        app: await profileLoad(browser, appUrl, appUrl, appDir, 'app'),
        bare: await profileLoad(browser, idle.bareUrl, bareUrl, bareDir, 'bare'),
        bareLabels: await profileLoad(browser, `${idle.bareUrl}&labels=1`, bareUrl, bareDir, 'bare-labels'),
      };
    }

    const appIdle = summarize(idle.app.map((r) => r.idle));
    const bareIdle = summarize(idle.bare.map((r) => r.idle));
    const bareLabelsIdle = summarize(idle.bareLabels.map((r) => r.idle));
    const paints = clicks.map((c) => c.toPaint).filter((x): x is number => x !== null);
    const clickPaint: Summary | null = paints.length ? summarize(paints) : null;
    // Per run, each page against the others loaded in the same rotation: how steady the ratios are.
    const perRun = (a: LoadRun[], b: LoadRun[]) => summarize(a.map((r, i) => r.idle / b[i].idle), 2);
    const topOwners = bytes.byOwner.filter((o) => o.gzip >= 1000).slice(0, 14);
    const times = (runs: LoadRun[], data: boolean) =>
      runs.map((r) => ({ dcl: round1(r.dcl), fcp: r.fcp && round1(r.fcp), ...(data ? { data: r.data && round1(r.data) } : {}), worker: r.worker && round1(r.worker) }));

    const results: Results = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGB: Math.round(os.totalmem() / 1e9),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
        chromium,
        webgl: 'SwiftShader (software, on the CPU)',
        loadAverage: { start: round2(loadStart), end: round2(os.loadavg()[0]) },
      },
      config: {
        runs: RUNS,
        warmup: WARMUP,
        clickRounds: CLICK_ROUNDS,
        cycles: CYCLES,
        viewport: VIEWPORT,
        build: 'dist-bench/app: vite.config.ts + hidden source maps; dist-bench/app-e2e: the same in the e2e mode, for the camera, the click points and the memory run',
        minutes: Math.max(1, Math.round((Date.now() - started) / 60_000)),
      },
      targets: TARGETS,
      met: { idle: false, click: false, total: false, own: false, heap: false },
      firstIdle: {
        app: appIdle,
        bare: bareIdle,
        bareLabels: bareLabelsIdle,
        /** app / bare: the target's ratio, against the issue's literal floor, a page with no text. */
        ratio: round2(appIdle.median / bareIdle.median),
        /** app / bare + labels: against a page that draws what the app draws; no target. */
        ratioToBareLabels: round2(appIdle.median / bareLabelsIdle.median),
        /** bare + labels / bare: what the two label layers cost MapLibre alone. */
        labelsOnBare: round2(bareLabelsIdle.median / bareIdle.median),
        perRunRatios: { appToBare: perRun(idle.app, idle.bare), appToBareLabels: perRun(idle.app, idle.bareLabels), bareLabelsToBare: perRun(idle.bareLabels, idle.bare) },
        order: 'app, bare, bare + labels in a rotating order, each load in a fresh context',
        appRuns: times(idle.app, true),
        bareRuns: times(idle.bare, false),
        bareLabelsRuns: times(idle.bareLabels, true),
        camera: idle.camera,
      },
      clickToPanel: {
        external: summarize(clicks.map((c) => c.external)),
        fromClick: summarize(clicks.map((c) => c.fromClick)),
        measure: summarize(clicks.map((c) => c.measure)),
        toNextPaint: clickPaint,
        clicks: clicks.map((c) => ({ state: c.state, selected: c.selected, external: round1(c.external), fromClick: round1(c.fromClick), measure: round1(c.measure), toPaint: c.toPaint })),
      },
      bytes: {
        total: bytes.total,
        own: bytes.own,
        byCategory: bytes.byCategory,
        bare: bareBytes,
        bareLabels: bareLabelsBytes,
        files: bytes.files.map((f) => ({ path: f.path.replace(/-[\w-]{8}\./, '.'), bytes: f.bytes, gzip: f.gzip })),
        largest: topOwners,
        loadedOnUseOnly: bytes.notLoaded,
        afterIdle: bytes.afterIdle.map((f) => ({ ...f, path: f.path.replace(/-[\w-]{8}\./, '.') })),
        lazyButInFirstLoad: bytes.lazyInFirstLoad,
      },
      memory: memory && {
        growthBytes: memory.points[memory.points.length - 1].used - memory.points[0].used,
        fromIdleBytes: memory.points[memory.points.length - 1].used - memory.atIdle.used,
        points: memory.points,
        atIdle: memory.atIdle,
        via: memory.via,
        cycleMs: Math.round(memory.cycleMs),
        firstPass: memory.firstPass,
        cameraOnly: memory.cameraOnly,
      },
      profile:
        profiles &&
        {
          app: { totalMs: Math.round(profiles.app.totalMs), byOwner: profiles.app.byOwner.slice(0, 10), top: profiles.app.top },
          bare: { totalMs: Math.round(profiles.bare.totalMs), byOwner: profiles.bare.byOwner.slice(0, 10), top: profiles.bare.top },
          bareLabels: { totalMs: Math.round(profiles.bareLabels.totalMs), byOwner: profiles.bareLabels.byOwner.slice(0, 10), top: profiles.bareLabels.top },
        },
    };
    results.met = judge(results);

    if (WRITE) {
      mkdirSync(BENCH_DIR, { recursive: true });
      writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
      log(`[${elapsed()}] wrote bench/results.json`);
    }
    log(`[${elapsed()}] done`);
    console.log(`${headline(results)}\n\n${summaryTable(results)}`);
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Exit code 1 under `--strict` when a target is missed. */
export function strictExit(results: Results, argv: string[] = process.argv.slice(2)): void {
  const missed = Object.entries(results.met).filter(([, v]) => !v);
  if (missed.length) log(`targets missed: ${missed.map(([k]) => k).join(', ')}`);
  if (argv.includes('--strict') && missed.length) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  strictExit(await measure());
}
