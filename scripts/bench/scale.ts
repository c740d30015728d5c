// The benchmark's scaling run: how the cost grows with the data. The app is built three times into
// dist-bench/scale-N with 1×, 4× and 16× the routes, places and commitments (synthetic copies from
// scale-data.ts), then each size is loaded in turn through the browser tests' driver: first map
// idle, link building (`content-build`), a click into a state, and the declaration's search
// (`search-index`, `search-query`). Into bench/scale.json.
//
// Each build is the `e2e` mode (the test hook the driver reads) with a plugin that appends the
// commitments' copies to the list the app imports; the geo files in its output are then replaced
// by the scaled copies. The service worker is kept out (its precache describes the real files):
// its files are deleted from these builds and every context blocks service workers.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, normalizePath, type Plugin } from 'vite';
import { launch } from '../../tests/e2e/chrome';
import { Atlas, SEL, STATES, screenPoint, type StateId } from '../../tests/e2e/atlas';
import { COMMITMENT_DEFS } from '../../src/content/commitments/index';
import { serveStatic } from '../serve';
import { OUT, ROOT } from './build';
import { firstIdleAt, freshPage, log, timedClick, VIEWPORT } from './measure';
import { commitmentCopies, commitmentsModule, GEO_FILE, scaleGeo, serializeGeo, type ScaledGeo } from './scale-data';
import { round, summarize, type Click, type ScaleCounts, type ScaleResults, type ScaleSize } from './results';

export const SIZES = [1, 4, 16] as const;
/** What the search box is given: a word the declaration, programmes and commitments all use. */
const QUERY = 'corridor';

const COMMITMENTS_INDEX = normalizePath(resolve(ROOT, 'src/content/commitments/index.ts'));

/** Builds the app at N× into dist-bench/scale-N and returns what it holds. */
async function buildScaled(real: ScaledGeo, n: number): Promise<ScaleCounts> {
  const outDir = join(OUT, `scale-${n}`);
  const copied = { routes: new Set(real.routeMeta.map((r) => r.id)), places: new Set(real.places.features.map((f) => f.properties.id)) };
  const extra = commitmentCopies(COMMITMENT_DEFS, n, copied);
  // Compiles src/content/commitments/index.ts with the copies appended to its list.
  const scaledCommitments: Plugin = {
    name: 'bench-scaled-commitments',
    enforce: 'pre',
    load: (id) => (normalizePath(id.split('?')[0]) === COMMITMENTS_INDEX ? commitmentsModule(readFileSync(COMMITMENTS_INDEX, 'utf8'), extra) : null),
  };
  await build({ root: ROOT, mode: 'e2e', logLevel: 'silent', plugins: [scaledCommitments], build: { outDir, emptyOutDir: true } });
  const geo = scaleGeo(real, n);
  for (const [file, text] of Object.entries(serializeGeo(geo))) writeFileSync(join(outDir, 'geo', file), text);
  for (const f of readdirSync(outDir)) if (f === 'sw.js' || /^workbox-.*\.js$/.test(f)) rmSync(join(outDir, f));
  return { routes: geo.routeMeta.length, legs: geo.routes.features.length, places: geo.places.features.length, commitments: COMMITMENT_DEFS.length + extra.length };
}

interface Load {
  firstIdle: number;
  contentBuild: number;
  searchIndex: number;
  searchQuery: number;
  click: Click;
  notices: string[];
  /** Route and place ids the map was given, read back from its sources. */
  drawn: { routes: number; places: number };
}

/** One load in a fresh context, as a reader: open, click into a state, open the declaration and search it. */
async function loadOnce(browser: Browser, url: string, state: StateId): Promise<Load> {
  const w = await freshPage(browser, { reducedMotion: 'reduce', serviceWorkers: 'block' });
  const { page } = w;
  const { given, when, then } = new Atlas(w, url);
  await given.opened({}, { still: false });
  const firstIdle = await firstIdleAt(page);
  // The content is built after the data arrives, as its own chunk; usually before the first idle.
  await page.waitForFunction(() => performance.getEntriesByName('content-build').length > 0, undefined, { timeout: 30_000, polling: 50 });
  const first = await page.evaluate(() => {
    type Source = { serialize(): { data?: { features?: { properties?: Record<string, unknown> }[] } } };
    const map = (window as unknown as { __atlasMap: { getSource(id: string): Source | undefined } }).__atlasMap;
    const count = (id: string, key: string) => new Set(map.getSource(id)?.serialize().data?.features?.map((f) => f.properties?.[key])).size;
    return {
      contentBuild: performance.getEntriesByName('content-build')[0].duration,
      drawn: { routes: count('routes', 'route'), places: count('places', 'id') },
    };
  });
  // As measure.ts times it: reduced motion, so the first idle is the opening camera, still.
  await page.waitForTimeout(300);
  const click = await timedClick(page, state, await screenPoint(page, STATES.find((s) => s.id === state)!.point));
  // Typed key by key, as a reader does: the query timed is the whole word's, after its prefixes'.
  await when.pressButton('Read the declaration');
  await when.focusField('Search the declaration and its programmes');
  await page.keyboard.type(QUERY, { delay: 60 });
  await page.locator(`${SEL.searchResults} li`).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const search = await page.evaluate(() => ({
    searchIndex: performance.getEntriesByName('search-index')[0]?.duration ?? NaN,
    searchQuery: performance.getEntriesByName('search-query').at(-1)?.duration ?? NaN,
  }));
  const notices = (await then.noticeCount()) ? [(await then.notices()).replace(/\s*×\s*$/, '').trim()] : [];
  await w.close();
  return { firstIdle, ...first, ...search, click, notices };
}

/** Builds the three sizes, loads each `runs` times in a rotating order, and returns the figures. */
export async function runScale(o: { runs: number; warmup: number }): Promise<ScaleResults> {
  const started = Date.now();
  const loadStart = os.loadavg()[0];
  log(`scaling run: building the app (e2e mode) at ${SIZES.join('×, ')}× into dist-bench/scale-N`);
  const read = (file: string) => JSON.parse(readFileSync(resolve(ROOT, 'public/geo', file), 'utf8'));
  const real: ScaledGeo = { routes: read(GEO_FILE.routes), routeMeta: read(GEO_FILE.routeMeta), places: read(GEO_FILE.places) };
  const counts = new Map<number, ScaleCounts>();
  for (const n of SIZES) counts.set(n, await buildScaled(real, n));
  const server = await serveStatic({ root: OUT });
  const url = (n: number) => `${server.url}scale-${n}/`;
  const browser = await launch();
  try {
    // The browser's first page is the slowest (its start-up, the code cache): warm-up loads at 1×.
    for (let i = 0; i < o.warmup; i++) await loadOnce(browser, url(SIZES[0]), STATES[i % STATES.length].id);
    const loads = new Map<number, Load[]>(SIZES.map((n) => [n, []]));
    for (let i = 0; i < o.runs; i++) {
      // The sizes' order rotates, and each run clicks into the next state, so five runs click into each once per size.
      const state = STATES[i % STATES.length].id;
      for (let k = 0; k < SIZES.length; k++) {
        const n = SIZES[(i + k) % SIZES.length];
        const load = await loadOnce(browser, url(n), state);
        const c = counts.get(n)!;
        if (load.drawn.routes !== c.routes || load.drawn.places !== c.places) throw new Error(`at ${n}× the map was given ${load.drawn.routes} routes and ${load.drawn.places} places, not ${c.routes} and ${c.places}`);
        loads.get(n)!.push(load);
      }
      log(`  run ${i + 1}/${o.runs} (${state}): ${SIZES.map((n) => `${n}× idle ${Math.round(loads.get(n)![i].firstIdle)} ms, click ${loads.get(n)![i].click.fromClick} ms`).join(' | ')}`);
    }
    const sizes: ScaleSize[] = SIZES.map((n) => {
      const ls = loads.get(n)!;
      const of = (k: 'firstIdle' | 'contentBuild' | 'searchIndex' | 'searchQuery', digits = 2) => summarize(ls.map((l) => l[k]), digits);
      return {
        n,
        counts: counts.get(n)!,
        firstIdle: of('firstIdle', 1),
        contentBuild: of('contentBuild'),
        searchIndex: of('searchIndex'),
        searchQuery: of('searchQuery'),
        clickToPanel: summarize(ls.map((l) => l.click.fromClick)),
        clicks: ls.map((l) => l.click),
        notices: [...new Set(ls.flatMap((l) => l.notices))],
      };
    });
    return {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, loadAverage: { start: round(loadStart, 2), end: round(os.loadavg()[0], 2) } },
      config: { sizes: [...SIZES], runs: o.runs, warmup: o.warmup, query: QUERY, viewport: VIEWPORT, seconds: Math.round((Date.now() - started) / 1000) },
      sizes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
