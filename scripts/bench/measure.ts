// The benchmark's five figures, measured on the production build in headless Chromium through the
// browser tests' driver (tests/e2e/chrome.ts, tests/e2e/atlas.ts), into bench/results.json:
//   1. first map idle: the app, the bare MapLibre page (scripts/bench/bare) and the same page with
//      the app's labels (`?labels=1`), loaded in a rotating order, each in a fresh context;
//   2. click → panel: a real click inside each of the five states on a freshly loaded page;
//   3. the first load's bytes, gzipped, by category (bytes.ts), and 4. the app's own share of them;
//   5. JS heap growth over select-and-close cycles, with a camera-only control.
// The production bundle has no way into the map, so its e2e twin (the same app plus the test hook)
// answers what only the map knows: the first camera (which the bare pages copy), where each state
// is on screen (same window, same camera, so the same pixels), and when it is still.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch, watchedPage } from '../../tests/e2e/chrome';
import { STATES, jumpTo, mapCamera, mapIsStill, screenPoint, selectAndClose, settle, waitForMapIdle, type Camera } from '../../tests/e2e/atlas';
import { MAP_IDLE_EVENT } from '../../src/map/mapIdle';
import { serveStatic } from '../serve';
import { OUT, ROOT, buildApp, buildBare } from './build';
import { CATEGORIES, splitFile, type Category } from './bytes';
import { TARGETS, round, summarize, type Click, type HeapPoint, type Results } from './results';

export interface MeasureOptions {
  runs: number;
  warmup: number;
  clickRounds: number;
  cycles: number;
  /** Also write a CPU profile of one load of each page (bench/profile-*.cpuprofile, for Chrome DevTools). */
  profile: boolean;
}

export const VIEWPORT = { width: 1280, height: 800 };
export const log = (s: string) => process.stderr.write(`${s}\n`);

/** A watched page (tests/e2e/chrome.ts) in a fresh context: empty cache, its errors recorded. */
export async function freshPage(browser: Browser, options: BrowserContextOptions = {}) {
  const w = await watchedPage(browser, { viewport: VIEWPORT, ...options });
  // tsx keeps function names with an `__name` helper that does not exist in the page.
  await w.page.addInitScript('globalThis.__name ??= (f) => f;');
  // The first idle is read from the app's own event (src/map/mapIdle.ts; the bare page raises the
  // same one), not from a mark the benchmark would have to trust the app to set.
  await w.page.addInitScript(`addEventListener(${JSON.stringify(MAP_IDLE_EVENT)}, () => { globalThis.__mapIdleAt ??= performance.now(); });`);
  const close = async () => {
    await w.page.context().close();
    const wrong = [...w.pageErrors, ...w.foreignRequests.map((u) => `request to another origin: ${u}`)];
    if (wrong.length) throw new Error(wrong.join('; '));
  };
  return { ...w, close };
}

/** When the page raised `atlas:map-idle`, in ms from navigation start (pages from freshPage). */
export async function firstIdleAt(page: Page, timeout = 90_000): Promise<number> {
  const at = await page.waitForFunction(() => (globalThis as { __mapIdleAt?: number }).__mapIdleAt, undefined, { timeout, polling: 50 });
  return (await at.jsonValue()) as number;
}

/**
 * A person's click on a state, timed: the pointer rests on it for 250 ms (its hover draws), then
 * clicks. From the click event's own timeStamp (the button's release) to the `panel-open` mark, and
 * the app's own `click-to-panel` measure. The page must be idle with reduced motion.
 */
export async function timedClick(page: Page, state: string, at: { x: number; y: number }): Promise<Click> {
  await page.evaluate(() => addEventListener('click', (e) => ((window as unknown as { __click?: number }).__click ??= e.timeStamp), { capture: true }));
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(250);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => performance.getEntriesByName('click-to-panel').length > 0, undefined, { timeout: 15_000, polling: 20 });
  const r = await page.evaluate(() => ({
    fromClick: performance.getEntriesByName('panel-open').at(-1)!.startTime - ((window as unknown as { __click?: number }).__click ?? NaN),
    measure: performance.getEntriesByName('click-to-panel')[0].duration,
    selected: new URLSearchParams(location.hash.slice(1)).get('sel'),
  }));
  return { state, ...r, fromClick: round(r.fromClick), measure: round(r.measure) };
}

/** The first camera, and where each state's click point is on screen, read from the e2e twin. */
async function firstLook(browser: Browser, e2eUrl: string) {
  const { page, close } = await freshPage(browser, { reducedMotion: 'reduce' });
  await page.goto(e2eUrl);
  await waitForMapIdle(page, 90_000);
  await settle(page);
  const camera = await mapCamera(page);
  if (!camera) throw new Error(`${e2eUrl} has no test hook: was it built with --mode e2e?`);
  const points: Record<string, { x: number; y: number }> = {};
  for (const s of STATES) points[s.id] = await screenPoint(page, s.point);
  await close();
  return { camera, points };
}

/** One load's first idle (ms from navigation start); with `base`, also the served paths it asked for before it. */
async function loadOnce(browser: Browser, url: string, base?: string): Promise<{ idle: number; files: string[] }> {
  const { page, close } = await freshPage(browser);
  const requests: { path: string; start: number }[] = [];
  if (base) {
    page.on('requestfinished', async (req) => {
      // A response read after the page has closed rejects: such a request came after the first idle
      // anyway, and an unhandled rejection would end the whole run.
      const response = await req.response().catch(() => null);
      if (req.url().startsWith(base) && response?.status() === 200) {
        requests.push({ path: decodeURIComponent(new URL(req.url()).pathname.slice(new URL(base).pathname.length)) || 'index.html', start: req.timing().startTime });
      }
    });
  }
  await page.goto(url);
  const idle = await firstIdleAt(page);
  const epoch = await page.evaluate((t) => performance.timeOrigin + t, idle);
  await close();
  return { idle, files: [...new Set(requests.filter((r) => r.start <= epoch).map((r) => r.path))].sort() };
}

const PAGES = ['app', 'bare', 'bareLabels'] as const;

async function timeFirstIdle(browser: Browser, o: MeasureOptions, urls: Record<(typeof PAGES)[number], string>, bases: { app: string; bare: string }) {
  log(`first map idle: ${o.warmup} warm-up and ${o.runs} runs of the app, the bare page and the bare page with labels, in rotation`);
  // The warm-up loads also record each page's first-load files.
  const appFiles = (await loadOnce(browser, urls.app, bases.app)).files;
  const bareFiles = (await loadOnce(browser, urls.bare, bases.bare)).files;
  const bareLabelsFiles = (await loadOnce(browser, urls.bareLabels, bases.bare)).files;
  // The first load of a Russian reader (`?lang=ru`): the English one plus the language's chunks and glyphs.
  const russianFiles = (await loadOnce(browser, `${urls.app}?lang=ru`, bases.app)).files;
  for (let i = 1; i < o.warmup; i++) for (const p of PAGES) await loadOnce(browser, urls[p]);
  const idles: Record<(typeof PAGES)[number], number[]> = { app: [], bare: [], bareLabels: [] };
  for (let i = 0; i < o.runs; i++) {
    // The order rotates every run, so a drift in the machine's load falls on all three alike.
    for (let k = 0; k < PAGES.length; k++) {
      const p = PAGES[(i + k) % PAGES.length];
      idles[p].push((await loadOnce(browser, urls[p])).idle);
    }
    log(`  run ${i + 1}/${o.runs}: ${PAGES.map((p) => `${p} ${Math.round(idles[p][i])} ms`).join(', ')}`);
  }
  return { idles, appFiles, bareFiles, bareLabelsFiles, russianFiles };
}

async function timeClicks(browser: Browser, o: MeasureOptions, appUrl: string, points: Record<string, { x: number; y: number }>): Promise<Click[]> {
  log(`click to panel: ${o.clickRounds} rounds over the five states, a freshly loaded page per click`);
  // One context for all the clicks, so each page finds the app in the HTTP cache, as a returning reader does.
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const clicks: Click[] = [];
  try {
    for (let round = 0; round < o.clickRounds; round++) {
      for (const { id } of STATES) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${appUrl}?click=${clicks.length + 1}`);
        await waitForMapIdle(page, 90_000);
        // Reduced motion: the first idle is the opening camera, still; a moment more for the last frame.
        await page.waitForTimeout(300);
        const click = await timedClick(page, id, points[id]);
        await page.close();
        if (errors.length) throw new Error(`the app threw: ${errors.join('; ')}`);
        clicks.push(click);
        log(`  ${id}: click → panel-open ${click.fromClick} ms${click.selected === id ? '' : ` (selected ${click.selected}!)`}`);
      }
    }
  } finally {
    await context.close();
  }
  return clicks;
}

function measureBytes(appDir: string, files: string[]) {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const owners = new Map<string, { category: Category; owner: string; gzip: number }>();
  let total = 0;
  for (const f of files) {
    const split = splitFile(appDir, f, ROOT);
    total += split.gzip;
    for (const p of split.parts) {
      byCategory[p.category] += p.gzip;
      const key = `${p.category}\0${p.owner}`;
      owners.set(key, { ...p, gzip: (owners.get(key)?.gzip ?? 0) + p.gzip });
    }
  }
  for (const c of CATEGORIES) byCategory[c] = Math.round(byCategory[c]);
  const largest = [...owners.values()].map((o) => ({ ...o, gzip: Math.round(o.gzip) })).filter((o) => o.gzip >= 1000).sort((a, b) => b.gzip - a.gzip).slice(0, 14);
  return { total, own: byCategory.app + byCategory.content + byCategory.libs, byCategory, largest };
}

/**
 * A page of the app once it has opened (its first idle, then the content and the full boundaries
 * it loads by itself, the `countries-detail` mark), with a CDP session that samples the heap after GC.
 */
async function memoryPage(browser: Browser, url: string) {
  const { page, close } = await freshPage(browser, { reducedMotion: 'reduce' });
  await page.goto(url);
  await waitForMapIdle(page, 90_000);
  await settle(page);
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
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
  return { page, close, sample, atIdle };
}

async function measureMemory(o: MeasureOptions, e2eUrl: string, ids: string[], names: Record<string, string>): Promise<Results['memory']> {
  log(`memory: ${o.cycles} select-and-close cycles over ${ids.length} states and routes, then the camera-only control`);
  const browser = await launch(['--js-flags=--expose-gc']);
  try {
    const run = await memoryPage(browser, `${e2eUrl}?memory`);
    const points = [await run.sample(0)];
    const cameras: { lon: number; lat: number; zoom: number }[] = [];
    for (const stop of [...new Set([ids.length, 50, 100, 150, o.cycles])].filter((c) => c <= o.cycles).sort((a, b) => a - b)) {
      const done = points.at(-1)!.cycle;
      cameras.push(...(await selectAndClose(run.page, { ids, names, from: done, to: stop, record: ids.length })).cameras);
      points.push(await run.sample(stop));
      log(`  after ${stop} cycles: heap ${(points.at(-1)!.used / 1e6).toFixed(2)} MB`);
    }
    await run.close();
    // Control: the first pass's camera moves, twice, in a fresh page with nothing selected. What
    // grows here is MapLibre filling its tile cache for the places and zoom levels visited.
    const control = await memoryPage(browser, `${e2eUrl}?memory-control`);
    const controlPoints = [await control.sample(0)];
    for (let pass = 1; pass <= 2; pass++) {
      await jumpTo(control.page, cameras);
      controlPoints.push(await control.sample(cameras.length * pass));
    }
    await control.close();
    const last = points.at(-1)!.used;
    return {
      growthBytes: last - points[0].used,
      fromIdleBytes: last - run.atIdle.used,
      points,
      cameraOnly: { moves: cameras.length * 2, growth: controlPoints.at(-1)!.used - controlPoints[0].used, points: controlPoints },
    };
  } finally {
    await browser.close();
  }
}

async function writeProfile(browser: Browser, url: string, name: string): Promise<void> {
  const { page, close } = await freshPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await waitForMapIdle(page, 90_000);
  const { profile } = await cdp.send('Profiler.stop');
  await close();
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', `profile-${name}.cpuprofile`), JSON.stringify(profile));
  log(`  wrote bench/profile-${name}.cpuprofile (open it in Chrome DevTools → Performance)`);
}

/** Builds (into dist-bench/), serves, measures and returns the results. */
export async function measure(o: MeasureOptions): Promise<Results> {
  const started = Date.now();
  log('building the app (hidden source maps), its e2e twin and the bare page into dist-bench/');
  const appDir = await buildApp('production');
  await buildApp('e2e');
  const bareDir = await buildBare();
  const server = await serveStatic({ root: OUT });
  const [appUrl, e2eUrl, bareBase] = ['app/', 'app-e2e/', 'bare/'].map((p) => server.url + p);
  const browser = await launch();
  const loadStart = os.loadavg()[0];
  if (loadStart > os.cpus().length) log(`note: the machine is busy (load average ${loadStart.toFixed(1)} on ${os.cpus().length} cores): times will be inflated; the ratios hold up best`);
  try {
    const look = await firstLook(browser, e2eUrl);
    const c: Camera = look.camera;
    const bareUrl = `${bareBase}?w=${c.w}&h=${c.h}&lon=${c.lon}&lat=${c.lat}&zoom=${c.zoom}`;
    const urls = { app: appUrl, bare: bareUrl, bareLabels: `${bareUrl}&labels=1` };
    const idle = await timeFirstIdle(browser, o, urls, { app: appUrl, bare: bareBase });
    const clicks = await timeClicks(browser, o, appUrl, look.points);
    const bareBytes = (files: string[]) => files.reduce((a, f) => a + splitFile(bareDir, f, ROOT).gzip, 0);

    const routes = JSON.parse(readFileSync(join(appDir, 'geo/routes.json'), 'utf8')) as { id: string; name: string }[];
    const names = Object.fromEntries([...STATES, ...routes].map((f) => [f.id, f.name]));
    const memory = o.cycles > 0 ? await measureMemory(o, e2eUrl, Object.keys(names), names) : null;
    if (o.profile) for (const p of PAGES) await writeProfile(browser, urls[p], p);

    return {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 1e9), os: `${os.type()} ${os.release()}`, node: process.version, chromium: browser.version(), loadAverage: { start: round(loadStart, 2), end: round(os.loadavg()[0], 2) } },
      config: { runs: o.runs, warmup: o.warmup, clickRounds: o.clickRounds, cycles: o.cycles, viewport: VIEWPORT, minutes: Math.max(1, Math.round((Date.now() - started) / 60_000)) },
      targets: TARGETS,
      firstIdle: { app: summarize(idle.idles.app), bare: summarize(idle.idles.bare), bareLabels: summarize(idle.idles.bareLabels), camera: c },
      clickToPanel: { fromClick: summarize(clicks.map((k) => k.fromClick)), measure: summarize(clicks.map((k) => k.measure)), clicks },
      bytes: { ...measureBytes(appDir, idle.appFiles), bare: bareBytes(idle.bareFiles), bareLabels: bareBytes(idle.bareLabelsFiles), russian: measureBytes(appDir, idle.russianFiles).total },
      memory,
    };
  } finally {
    await browser.close();
    await server.close();
    log(`measured in ${Math.round((Date.now() - started) / 1000)} s`);
  }
}
