// The browser tests' driver: what a person does with the atlas (open a link, click a state, press a
// clicker key, read the panel) in given / when / then helpers, after maputnik's e2e driver. Every
// selector, every click point and every reach into the map's internals lives here, so a change in
// the markup or the map touches this file and not the tests; the benchmark drives the app with it too.
import { physicalPalette } from '../../src/map/physical';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import type { FeatureCollection, Geometry, LineString } from 'geojson';
import { sampleImage, type Watched } from './chrome';

/** Selectors into the app's markup: classes, ids and roles it has today. */
export const SEL = {
  app: '.app',
  appReady: '.app[data-ready]',
  header: '.app-header',
  panel: '.side-panel',
  panelTitle: '#panel-title',
  panelClose: '.panel-close',
  tooltip: '.map-tooltip',
  canvas: '.maplibregl-canvas',
  cooperative: '.maplibregl-cooperative-gesture-screen',
  notices: '.notices',
  notice: '.notices .notice',
  alert: '.notices [role="alert"]',
  announcer: '[aria-live="polite"][role="status"]',
  legend: '.legend',
  legendToggle: '.legend-toggle',
  noWebgl: '.no-webgl',
  tour: '.tour',
  tourProgress: '.tour-progress',
  tourTitle: '.tour-title',
  modal: '.modal',
  fullMapLink: '.full-map-link',
  searchResults: '.search-results',
  csp: 'meta[http-equiv="Content-Security-Policy"]',
  /** The print snapshot of the map: the one <img> the app itself puts in the page. */
  printMapClass: 'print-map',
} as const;

/** The five states, a point well inside each to click, and the president who signed for it. */
export const STATES = [
  { id: 'KAZ', name: 'Kazakhstan', point: [60, 50], president: 'President Kassym-Jomart Tokayev' },
  { id: 'KGZ', name: 'Kyrgyzstan', point: [76.0, 42.0], president: 'President Sadyr Japarov' },
  { id: 'TJK', name: 'Tajikistan', point: [72.5, 38.3], president: 'President Emomali Rahmon' },
  { id: 'TKM', name: 'Turkmenistan', point: [58.5, 40.5], president: 'President Serdar Berdimuhamedov' },
  { id: 'UZB', name: 'Uzbekistan', point: [63.5, 42.5], president: 'President Shavkat Mirziyoyev' },
] as const satisfies readonly { id: string; name: string; point: LngLat; president: string }[];

export type StateId = (typeof STATES)[number]['id'];
export type LngLat = [number, number];

/** Other points a hurried user clicks: inland Kazakhstan near Zhezkazgan, the port of Aktau, northern Afghanistan. */
export const OTHER_POINTS: LngLat[] = [
  [67.7, 47.8],
  [51.16, 43.65],
  [62, 33],
];

/** Points for the pixel test: inside Kazakhstan, and on the Caspian Sea. */
export const PIXEL_POINTS = { state: [60, 50] as LngLat, sea: [51.2, 38.3] as LngLat };

/** Every state and route id in the built data, read once: the candidates for what the map lights. */
let allIds: { states: string[]; routes: string[] } | null = null;
function knownIds(geoDir = 'public/geo') {
  if (!allIds) {
    const ids = (file: string, key: string) =>
      [...new Set((JSON.parse(readFileSync(`${geoDir}/${file}`, 'utf8')) as FeatureCollection).features.map((f) => String(f.properties?.[key])))];
    allIds = { states: ids('countries.geojson', 'id'), routes: ids('routes.geojson', 'route') };
  }
  return allIds;
}

/** The app's layers and sources the tests read back from the map. */
const LAYERS = { states: 'countries-fill', routes: ['routes-operating', 'routes-under-construction', 'routes-planned'], places: 'places-dot', world: 'world-land' };
const SOURCES = { countries: { key: 'id' }, routes: { key: 'route' }, places: { key: 'id' } } as const;

export interface Link {
  /** Under the served root, e.g. '' or 'index.html'. */
  path?: string;
  /** Without the '?'. */
  query?: string;
  /** Without the '#'. */
  hash?: string;
}

export function linkUrl(base: string, link: Link = {}): string {
  return `${base}${link.path ?? ''}${link.query ? `?${link.query}` : ''}${link.hash ? `#${link.hash}` : ''}`;
}

export interface View {
  zoom: number;
  lat: number;
  lng: number;
}

/** The first camera and the canvas size: what a page of the same size must show to draw the same map. */
export interface Camera {
  w: number;
  h: number;
  lon: number;
  lat: number;
  zoom: number;
}

export interface Rendered {
  states: string[];
  routes: string[];
  groups: string[];
  places: number;
  /** Pieces of the world beyond the detailed box on screen (public/geo/world.geojson's land). */
  world: number;
}

/** A box on the page, in CSS px: what getBoundingClientRect gives. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the furniture lies on the page: the legend, the tour card, the side panel (null when absent or folded away), and the map. */
export interface Furniture {
  legend: Box | null;
  tour: Box | null;
  panel: Box | null;
  map: Box;
}

type AtlasWindow = { __atlasMap: import('maplibre-gl').Map };
type Target = Page | Frame;

// ---------------------------------------------------------------------------------------------
// Free functions on a page or frame: the map's internals (test builds only) and its marks.

/** Waits for the app's `map-idle` mark: the map's first idle with the data drawn. Works in any build. */
export async function waitForMapIdle(target: Target, timeout = 45_000): Promise<void> {
  await target.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout, polling: 50 });
}

/**
 * Waits until the camera has stopped and every source is drawn (test builds only). The app starts a
 * camera move in the frame after the render that asked for it (useCamera.ts), so two frames pass
 * first: a map that has not begun to move is not yet still.
 */
export async function settle(target: Target): Promise<void> {
  await target.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
  await mapIsStill(target);
  await target.waitForTimeout(100);
}

/** Resolves when the map is still and drawn, or after `timeout` ms without complaint (`lenient`). */
export async function mapIsStill(target: Target, { timeout = 30_000, lenient = false } = {}): Promise<void> {
  const still = target.waitForFunction(
    () => {
      const map = (window as unknown as AtlasWindow).__atlasMap;
      return map && !map.isMoving() && map.loaded() && map.areTilesLoaded();
    },
    undefined,
    { timeout },
  );
  await (lenient ? still.then(() => undefined, () => undefined) : still);
}

/** Page coordinates of a [lon, lat] on the map, for clicking where a person would. */
export async function screenPoint(target: Target, lngLat: LngLat): Promise<{ x: number; y: number }> {
  return target.evaluate((ll) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const box = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll);
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

/** On-screen point of a river's drawn line (or a lake's outline) nearest the view's centre. */
export async function waterPoint(target: Target, id: string): Promise<{ x: number; y: number }> {
  return target.evaluate((wanted) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const box = map.getCanvas().getBoundingClientRect();
    const c = { x: box.width / 2, y: box.height / 2 };
    let best: { x: number; y: number; d: number } | null = null;
    for (const source of ['physical', 'physical-detail']) {
      if (!map.getSource(source)) continue;
      for (const f of map.querySourceFeatures(source, { filter: ['==', ['get', 'id'], wanted] })) {
        const g = f.geometry;
        const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' || g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
        for (const line of lines) {
          for (const ll of line) {
            const p = map.project(ll as [number, number]);
            if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) continue;
            const d = Math.hypot(p.x - c.x, p.y - c.y);
            if (!best || d < best.d) best = { x: p.x, y: p.y, d };
          }
        }
      }
    }
    if (!best) throw new Error(`no drawn water with id ${wanted} in view`);
    return { x: box.left + best.x, y: box.top + best.y };
  }, id);
}

/** The ids in the river layer's highlight, and whether the glacier layer is drawn lit. */
export async function litWater(target: Target): Promise<{ water: string[]; glaciersLit: boolean }> {
  return target.evaluate((lit) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const ids = new Set<string>();
    const walk = (v: unknown) => {
      if (!Array.isArray(v)) return;
      if (v[0] === 'literal' && Array.isArray(v[1])) for (const x of v[1]) if (typeof x === 'string') ids.add(x);
      v.forEach(walk);
    };
    walk(map.getPaintProperty('physical-river', 'line-color'));
    return { water: [...ids].sort(), glaciersLit: map.getPaintProperty('physical-glacier', 'fill-color') === lit };
  }, physicalPalette.glacierHighlight);
}

export async function mapView(target: Target): Promise<View> {
  return target.evaluate(() => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
}

/** The canvas size and camera, or null in a build without the test hook. */
export async function mapCamera(target: Target): Promise<Camera | null> {
  return target.evaluate(() => {
    const map = (window as unknown as { __atlasMap?: import('maplibre-gl').Map }).__atlasMap;
    if (!map) return null;
    const box = map.getCanvas().getBoundingClientRect();
    const c = map.getCenter();
    return { w: Math.round(box.width), h: Math.round(box.height), lon: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
}

/** Moves the camera without animation (the benchmark's memory control replays cameras with it). */
export async function jumpTo(target: Target, cameras: { lon: number; lat: number; zoom: number }[]): Promise<void> {
  await target.evaluate(async (cameras) => {
    const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
    const map = (window as unknown as AtlasWindow).__atlasMap;
    for (const c of cameras) {
      map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });
      await frame();
      await frame();
    }
  }, cameras);
}

/**
 * Selects each id in turn and closes its panel again, `from` to `to` (cycling over `ids`), inside the
 * page and as fast as the app answers: by the legend's button named `names[id]` (the URL when there
 * is none), closed by Escape and by the close button alternately. Returns how each was selected and
 * the camera after each of the first `record` selections. The benchmark's memory run.
 */
export async function selectAndClose(
  target: Target,
  args: { ids: string[]; names: Record<string, string>; from: number; to: number; record: number },
): Promise<{ used: { legend: number; hash: number }; cameras: { lon: number; lat: number; zoom: number }[] }> {
  return target.evaluate(
    async ({ ids, names, from, to, record, sel }) => {
      const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
      const until = async (cond: () => boolean, what: string) => {
        const t = performance.now();
        while (!cond()) {
          if (performance.now() - t > 15_000) throw new Error(`timed out waiting for ${what}`);
          await frame();
        }
      };
      const map = (window as unknown as AtlasWindow).__atlasMap;
      const used = { legend: 0, hash: 0 };
      const cameras: { lon: number; lat: number; zoom: number }[] = [];
      for (let i = from; i < to; i++) {
        const id = ids[i % ids.length];
        const before = performance.getEntriesByName('panel-open').length;
        const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === names[id]);
        if (button) {
          button.click();
          used.legend++;
        } else {
          location.hash = `#sel=${encodeURIComponent(id)}`;
          used.hash++;
        }
        await until(() => !!document.querySelector(sel.panel) && performance.getEntriesByName('panel-open').length > before, `the panel of ${id}`);
        await frame(); // the map draws the selection
        if (i < record) cameras.push({ lon: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() });
        if (i % 2 === 0) (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        else document.querySelector<HTMLButtonElement>(sel.panelClose)?.click();
        await until(() => !document.querySelector(sel.panel), `the panel of ${id} to close`);
      }
      return { used, cameras };
    },
    { ...args, sel: { panel: SEL.panel, panelClose: SEL.panelClose } },
  );
}

/** Waits until the camera has not moved for `quiet` ms (test builds only): a step's framing, and any framing again as its card settles. */
export async function cameraSettles(target: Target, quiet = 400): Promise<void> {
  await target.waitForFunction(
    (quiet) => {
      const w = window as unknown as AtlasWindow & { __lastCamera?: { key: string; since: number } };
      const map = w.__atlasMap;
      const c = map.getCenter();
      const key = `${c.lng.toFixed(5)}/${c.lat.toFixed(5)}/${map.getZoom().toFixed(4)}`;
      const now = performance.now();
      if (map.isMoving() || w.__lastCamera?.key !== key) {
        w.__lastCamera = { key, since: now };
        return false;
      }
      return now - w.__lastCamera.since >= quiet;
    },
    quiet,
    { timeout: 30_000, polling: 50 },
  );
}

/** The bounding box of every coordinate of the named states and routes, as [west, south, east, north], from the built data. */
export function featuresBounds(ids: { states: string[]; routes: string[] }, geoDir = 'public/geo'): [number, number, number, number] | null {
  const read = (file: string) => JSON.parse(readFileSync(`${geoDir}/${file}`, 'utf8')) as FeatureCollection<Geometry, Record<string, unknown>>;
  const states = new Set(ids.states);
  const routes = new Set(ids.routes);
  const picked = [
    ...read('countries.geojson').features.filter((f) => states.has(String(f.properties.id))),
    ...read('routes.geojson').features.filter((f) => routes.has(String(f.properties.route))),
  ];
  let b: [number, number, number, number] | null = null;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y];
      return;
    }
    c.forEach(walk);
  };
  for (const f of picked) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  return b;
}

/** The midpoint of the middle segment of one mode's leg of a route, from the built data. */
export function routeLegMidpoint(route: string, mode: string, geoDir = 'public/geo'): LngLat {
  const legs = JSON.parse(readFileSync(`${geoDir}/routes.geojson`, 'utf8')) as FeatureCollection<LineString, { route: string; mode: string }>;
  const leg = legs.features.find((f) => f.properties.route === route && f.properties.mode === mode);
  if (!leg) throw new Error(`no ${mode} leg of ${route} in ${geoDir}/routes.geojson`);
  const c = leg.geometry.coordinates;
  const [a, b] = [c[Math.floor((c.length - 1) / 2)], c[Math.floor((c.length - 1) / 2) + 1]];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** The axe-core rule sets the suite holds the app to: WCAG 2.2 A and AA, and axe's best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core in the page (evaluated through the debugger, so a page CSP does not block it). */
export async function axeViolations(target: Target): Promise<string[]> {
  const src = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await target.evaluate(src);
  return target.evaluate(async (tags) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

// ---------------------------------------------------------------------------------------------
// A host page of another origin that frames the atlas, as a slide deck would

const HOST_FRAME_ID = 'atlas';
type HostWindow = { received: unknown[]; send: (m: unknown) => void };

/** A tall page (it can scroll) with the atlas in a 960×540 frame; it records what the atlas posts. */
export const HOST_PAGE = (src: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Host deck</title>
<style>body{margin:0;font-family:sans-serif} .slide{height:150vh;padding:20px}</style></head>
<body><div class="slide"><h1>A slide</h1>
<iframe id="${HOST_FRAME_ID}" src="${src}" width="960" height="540" style="border:0" title="Corridor Atlas"></iframe></div>
<script>
  window.received = [];
  window.addEventListener('message', (e) => { if (e.source === document.getElementById('${HOST_FRAME_ID}').contentWindow) window.received.push(e.data); });
  window.send = (m) => document.getElementById('${HOST_FRAME_ID}').contentWindow.postMessage(m, '*');
</script></body></html>`;

// ---------------------------------------------------------------------------------------------
// The driver

/**
 * One person at one app: `given` sets the scene, `when` acts as the person would, `then` waits for
 * and reads what they would see. `app` is where the atlas runs: the page, or the frame of an embed.
 */
export class Atlas {
  readonly page: Page;
  app: Target;

  constructor(
    readonly w: Watched,
    readonly base: string,
  ) {
    this.page = w.page;
    this.app = w.page;
  }

  private get l() {
    return (selector: string, hasText?: string | RegExp) => this.app.locator(selector, hasText === undefined ? undefined : { hasText });
  }

  readonly given = {
    /** A fresh document at the link, the map idle and (unless `still: false`) the camera still. */
    opened: async (link: Link = {}, { still = true } = {}) => {
      // about:blank first: a hash-only change to the same URL would not reload the app.
      await this.page.goto('about:blank');
      await this.page.goto(linkUrl(this.base, link));
      await waitForMapIdle(this.page);
      if (still) await settle(this.page);
    },
    /** A fresh document at the link, waiting for nothing more than the page itself. */
    loaded: async (link: Link = {}) => {
      await this.page.goto('about:blank');
      await this.page.goto(linkUrl(this.base, link));
    },
    /**
     * The atlas at `src` in an iframe of a host page, which `serve` publishes on another origin and
     * returns the URL of. From then on the driver acts and reads inside the frame.
     */
    embedded: async (src: string, serve: (html: string) => string) => {
      await this.page.goto('about:blank');
      await this.page.goto(serve(HOST_PAGE(src)));
      const handle = await this.page.waitForSelector(`#${HOST_FRAME_ID}`);
      this.app = (await handle.contentFrame()) as Frame;
      await waitForMapIdle(this.app);
    },
    /** The server answers this geo file with `reply` instead: missing, empty or broken data. */
    dataBroken: (file: string, reply: { status: number; body: string }) =>
      this.page.route(`**/geo/${file}`, (r) => r.fulfill({ status: reply.status, body: reply.body, contentType: 'application/json' })),
    /**
     * Records, inside the atlas's window, every message that reaches it from its parent: to know a
     * message arrived (and from which origin) before asserting that the atlas ignored it.
     */
    messagesRecordedInApp: async () => {
      const app = this.app;
      await app.evaluate(() => {
        const w = window as unknown as { __arrived: string[] };
        w.__arrived = [];
        window.addEventListener('message', (e) => {
          if (e.source === window.parent) w.__arrived.push(e.origin);
        });
      });
      return {
        count: (n: number) => app.waitForFunction((n) => (window as unknown as { __arrived: string[] }).__arrived.length >= n, n),
        origins: () => app.evaluate(() => (window as unknown as { __arrived: string[] }).__arrived),
      };
    },
    /** Counts the page's alert/confirm/prompt dialogs (dismissing them): a script that ran would open one. */
    dialogsCounted: () => {
      const seen = { count: 0 };
      this.page.on('dialog', (d) => {
        seen.count++;
        void d.dismiss();
      });
      return seen;
    },
  };

  readonly when = {
    /** The host page posts a message to the framed atlas. */
    hostSends: (message: unknown) => this.page.evaluate((m) => (window as unknown as HostWindow).send(m), message),
    /** Changes the hash in place, as a link within the page would. */
    setHash: (hash: string) => this.app.evaluate((h) => void (location.hash = h), hash),
    /** Applies each hash in turn, a task apart: faster than any person, as a runaway script would. */
    setHashes: (hashes: string[]) =>
      this.app.evaluate(async (batch) => {
        for (const h of batch) {
          location.hash = h;
          await new Promise((r) => setTimeout(r, 0));
        }
      }, hashes),
    /** Where each [lon, lat] is on screen now: to click many times without asking the map each time. */
    screenPoints: (lngLats: LngLat[]) => Promise.all(lngLats.map((ll) => screenPoint(this.app, ll))),
    clickPixel: (p: { x: number; y: number }) => this.page.mouse.click(p.x, p.y),
    clickAt: async (lngLat: LngLat, dx = 0, dy = 0) => {
      const p = await screenPoint(this.app, lngLat);
      await this.page.mouse.click(p.x + dx, p.y + dy);
    },
    clickState: (id: StateId) => this.when.clickAt(STATES.find((s) => s.id === id)!.point),
    /** Clicks `dx` px beside the middle of a route's leg (its line may be drawn a few px off at this zoom). */
    clickRouteLeg: (route: string, mode: string, dx = 0) => this.when.clickAt(routeLegMidpoint(route, mode), dx),
    hoverAt: async (lngLat: LngLat) => {
      const p = await screenPoint(this.app, lngLat);
      await this.page.mouse.move(p.x, p.y);
    },
    hoverState: (id: StateId) => this.when.hoverAt(STATES.find((s) => s.id === id)!.point),
    /** A button by its accessible name: in the legend's lists, the panel or the header. */
    pressButton: (name: string | RegExp) => this.app.getByRole('button', { name }).click(),
    followLink: (name: string | RegExp) => this.app.getByRole('link', { name }).first().click(),
    openList: (summary: string) => this.l(`summary`, summary).click(),
    /** A key, as a keyboard or a presentation clicker sends it. */
    press: (key: string) => this.page.keyboard.press(key),
    escape: () => this.page.keyboard.press('Escape'),
    tab: () => this.page.keyboard.press('Tab'),
    /** Tabs until the focused element reads `text`; false when it never does within `limit` presses. */
    tabTo: async (text: string, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await this.page.keyboard.press('Tab');
        if (await this.app.evaluate((t) => document.activeElement?.textContent === t, text)) return true;
      }
      return false;
    },
    back: () => this.page.goBack(),
    forward: () => this.page.goForward(),
    openEmbedDialog: async () => {
      await this.app.getByRole('button', { name: 'Embed', exact: true }).click();
      await this.l(SEL.modal).waitFor();
    },
    openExportDialog: async () => {
      await this.app.getByRole('button', { name: 'Export PNG' }).click();
      await this.l(SEL.modal).waitFor();
    },
    /** Presses the Export dialog's own button and resolves with the download. */
    exportPng: async () => {
      const [download] = await Promise.all([
        this.page.waitForEvent('download', { timeout: 45_000 }),
        this.l(SEL.modal).getByRole('button', { name: 'Export PNG' }).click(),
      ]);
      return download;
    },
    search: async (text: string) => {
      await this.app.getByLabel('Search the declaration and its programmes').fill(text);
      await this.l(`${SEL.searchResults} li`).first().waitFor();
    },
    resize: (width: number, height: number) => this.page.setViewportSize({ width, height }),
    /** Puts the keyboard focus on the form field with this label, as a Tab or a click would. */
    focusField: (label: string | RegExp) => this.app.getByLabel(label).focus(),
    /** Clicks a river or lake on the map: the point of its drawn line nearest the middle of the view. */
    clickWater: async (id: string) => {
      const p = await waterPoint(this.app, id);
      await this.page.mouse.click(p.x, p.y);
    },
    /** A mouse wheel over the host page at (x, y), then a moment for whatever it scrolls or zooms. */
    hostWheel: async (x: number, y: number, dy: number) => {
      await this.page.mouse.move(x, y);
      await this.page.mouse.wheel(0, dy);
      await this.page.waitForTimeout(400);
    },
    /** Lets time pass, for what should not happen (a message obeyed, a tour that keeps playing). */
    wait: (ms: number) => this.page.waitForTimeout(ms),
    print: () => this.page.pdf({ preferCSSPageSize: true, printBackground: true }),
  };

  readonly then = {
    // --- waits
    panelOpens: (title?: string) => this.l(SEL.panelTitle, title).waitFor(),
    panelShows: (text: string) => this.l(SEL.panel, text).waitFor(),
    panelCloses: () => this.l(SEL.panel).waitFor({ state: 'detached' }),
    tooltipShows: () => this.l(SEL.tooltip).waitFor(),
    tourAt: (progress: string, timeout?: number) => this.l(SEL.tourProgress, progress).waitFor({ timeout }),
    tourCloses: () => this.l(SEL.tour).waitFor({ state: 'detached' }),
    modalCloses: () => this.l(SEL.modal).waitFor({ state: 'detached' }),
    legendShows: () => this.l(SEL.legend).waitFor(),
    noWebglShows: () => this.l(SEL.noWebgl).waitFor(),
    alertShows: () => this.l(SEL.alert).first().waitFor(),
    noticeShows: (text: string) => this.l(SEL.notices, text).waitFor(),
    linkResolved: () => this.l(SEL.appReady).waitFor(),
    /** The map's canvas, or the explanation that there can be none. */
    mapOrExplanation: () => this.app.waitForFunction(([a, b]) => document.querySelector(a) || document.querySelector(b), [SEL.canvas, SEL.noWebgl] as const),
    /** Waits until a panel is open or the hash holds no selection; quietly gives up after `timeout`. */
    selectionSettles: (timeout = 3000) =>
      this.app
        .waitForFunction((panel) => document.querySelector(panel) || !/(^|[#&])sel=[^&]/.test(location.hash), SEL.panel, { timeout })
        .then(() => undefined, () => undefined),
    mapStill: () => settle(this.app),
    /**
     * Waits until the camera has moved away from `from` and come to rest: the framing a selection asked
     * for, however late the app's frame started it. Times out (failing the test) if the camera never moves.
     */
    cameraLeaves: async (from: Camera | null) => {
      if (!from) throw new Error('no camera to leave: this build has no test hook');
      await this.app.waitForFunction(
        (was) => {
          const map = (window as unknown as AtlasWindow).__atlasMap;
          const c = map.getCenter();
          return Math.abs(c.lng - was.lon) > 1e-6 || Math.abs(c.lat - was.lat) > 1e-6 || Math.abs(map.getZoom() - was.zoom) > 1e-6;
        },
        from,
        { timeout: 30_000 },
      );
      await settle(this.app);
    },

    // --- reads
    panelTitle: () => this.l(SEL.panelTitle).innerText(),
    panelText: () => this.l(SEL.panel).innerText(),
    panelCount: () => this.l(SEL.panel).count(),
    modalCount: () => this.l(SEL.modal).count(),
    tooltip: () => this.l(SEL.tooltip).innerText(),
    notices: () => this.l(SEL.notices).innerText(),
    noticeCount: () => this.l(SEL.notice).count(),
    alert: () => this.l(SEL.alert).innerText(),
    noWebglText: () => this.l(SEL.noWebgl).innerText(),
    /** Elements under the notices that are markup a link could have smuggled in. */
    injectedInNotices: () => this.l(`${SEL.notices} img, ${SEL.notices} script`).count(),
    announcement: () => this.l(SEL.announcer).first().innerText(),
    tourProgress: () => this.l(SEL.tourProgress).innerText(),
    /** The number of steps, from "N / TOTAL". */
    tourTotal: async () => Number((await this.l(`${SEL.tourProgress} span`).first().innerText()).split('/')[1]),
    tourTitle: () => this.l(SEL.tourTitle).innerText(),
    searchResults: () => this.l(SEL.searchResults).innerText(),
    headerCount: () => this.l(SEL.header).count(),
    fullMapHref: () => this.l(SEL.fullMapLink).getAttribute('href'),
    cspMeta: () => this.l(SEL.csp).getAttribute('content'),
    bodyText: () => this.l('body').innerText(),
    /** `<img src="x">` anywhere: what a hostile id would have become had it been markup. */
    hostileImages: () => this.l('img[src="x"]').count(),
    url: () => (this.app === this.page ? this.page.url() : (this.app as Frame).url()),
    hash: async () => new URL(await this.then.url()).hash,
    /** One key of the hash (`sel`, `step`, `map`), decoded; undefined when absent. */
    hashParam: async (key: string) => {
      const v = new URLSearchParams((await this.then.hash()).slice(1)).get(key);
      return v === null ? undefined : v;
    },
    focusedText: () => this.app.evaluate(() => document.activeElement?.textContent),
    /** The label of the focused form field (null when the focus is not on a labelled field). */
    focusedLabel: () => this.app.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? null),
    /** The water ids the map lights (rivers and lakes), and whether the glaciers are lit (test builds only). */
    litWater: () => litWater(this.app),
    focusedId: () => this.app.evaluate(() => document.activeElement?.id),
    cursor: () => this.app.evaluate((c) => getComputedStyle(document.querySelector(c)!).cursor, SEL.canvas),
    view: () => mapView(this.app),
    camera: () => mapCamera(this.app),
    /** What the map has drawn on screen: the states, routes, route groups and number of place dots. */
    rendered: (): Promise<Rendered> =>
      this.app.evaluate((layers) => {
        const map = (window as unknown as AtlasWindow).__atlasMap;
        const states = map.queryRenderedFeatures({ layers: [layers.states] }).filter((f) => f.properties.c5).map((f) => String(f.properties.id));
        const legs = map.queryRenderedFeatures({ layers: layers.routes });
        return {
          states: [...new Set(states)].sort(),
          routes: [...new Set(legs.map((f) => String(f.properties.route)))].sort(),
          groups: [...new Set(legs.map((f) => String(f.properties.group)))].sort(),
          places: map.queryRenderedFeatures({ layers: [layers.places] }).length,
          world: map.queryRenderedFeatures({ layers: [layers.world] }).length,
        };
      }, LAYERS),
    /** Waits until the camera has been still a moment: the framing of a step or a selection is done. */
    cameraSettles: () => cameraSettles(this.app),
    /** The states and routes the map lights now (a tour step's or a selection's), by their feature-state. */
    litFeatures: () =>
      this.app.evaluate(
        ({ states, routes }) => {
          const map = (window as unknown as AtlasWindow).__atlasMap;
          const lit = (source: string, id: string) => {
            const s = map.getFeatureState({ source, id });
            return Boolean(s.related || s.selected);
          };
          return { states: states.filter((id) => lit('countries', id)), routes: routes.filter((id) => lit('routes', id)) };
        },
        knownIds(),
      ),
    /** The lit features' bounding box on the page (null when nothing is lit): the data's coordinates, projected by the map. */
    litBox: async (): Promise<Box | null> => {
      const bounds = featuresBounds(await this.then.litFeatures());
      if (!bounds) return null;
      return this.app.evaluate(([w, s, e, n]) => {
        const map = (window as unknown as AtlasWindow).__atlasMap;
        const box = map.getCanvas().getBoundingClientRect();
        const nw = map.project([w, n]);
        const se = map.project([e, s]);
        return { left: box.left + nw.x, top: box.top + nw.y, right: box.left + se.x, bottom: box.top + se.y };
      }, bounds);
    },
    /** Where the legend, the tour card and the side panel lie on the page, and the map. */
    furniture: (): Promise<Furniture> =>
      this.app.evaluate(
        ({ legend, tour, panel, canvas }) => {
          const box = (sel: string) => {
            const r = document.querySelector(sel)?.getBoundingClientRect();
            return r && r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
          };
          return { legend: box(legend), tour: box(tour), panel: box(panel), map: box(canvas)! };
        },
        { legend: SEL.legend, tour: SEL.tour, panel: SEL.panel, canvas: SEL.canvas },
      ),
    /** Whether the legend is folded behind its button. */
    legendFolded: () => this.app.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-expanded') === 'false' && getComputedStyle(document.querySelector(sel)!).display !== 'none', SEL.legendToggle),
    /** Every feature the map draws as selected, as `source:id`. */
    selectedOnMap: () =>
      this.app.evaluate((sources) => {
        const map = (window as unknown as AtlasWindow).__atlasMap;
        const on = new Set<string>();
        for (const [source, { key }] of Object.entries(sources)) {
          for (const f of map.querySourceFeatures(source)) {
            const id = String(f.properties[key]);
            if (map.getFeatureState({ source, id }).selected) on.add(`${source}:${id}`);
          }
        }
        return [...on];
      }, SOURCES),
    /** The screen colour at each [lon, lat]: a real screenshot, sampled where the map projects each point. */
    pixelsAt: async (lngLats: LngLat[]) => {
      const points = await Promise.all(lngLats.map((ll) => screenPoint(this.app, ll)));
      return sampleImage(this.page, await this.page.screenshot(), points);
    },
    /** The screen colour at each page point (x, y), from a real screenshot. */
    pixelsAtScreen: async (points: { x: number; y: number }[]) => sampleImage(this.page, await this.page.screenshot(), points),
    /** Where the map's canvas is on the page. */
    mapBox: () => this.app.evaluate((c) => document.querySelector(c)!.getBoundingClientRect().toJSON() as DOMRect, SEL.canvas),
    /** Layout of the page with a panel open: horizontal overflow, the panel's top and width, the map's height. */
    layout: () =>
      this.app.evaluate(
        ([panelSel, canvasSel]) => {
          const panel = document.querySelector(panelSel)!.getBoundingClientRect();
          const canvas = document.querySelector(canvasSel)!.getBoundingClientRect();
          return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, panelTop: panel.top, panelWidth: panel.width, canvasHeight: canvas.height };
        },
        [SEL.panel, SEL.canvas] as const,
      ),
    /** How the embed fits its frame: what scrolls, the canvas box, and whether gestures are cooperative. */
    embedFit: () =>
      this.app.evaluate(
        ([canvasSel, coopSel]) => ({
          scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
          canvas: document.querySelector(canvasSel)!.getBoundingClientRect().toJSON() as DOMRect,
          cooperative: document.querySelector(coopSel) !== null,
        }),
        [SEL.canvas, SEL.cooperative] as const,
      ),
    /** Nothing from a URL or a message became markup: no extra scripts, handlers or foreign elements. */
    injectedMarkup: () =>
      this.app.evaluate((printClass) => {
        const bad: string[] = [];
        const scripts = document.querySelectorAll('script');
        if (scripts.length !== 1) bad.push(`${scripts.length} script elements`);
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.getAttributeNames()) if (a.startsWith('on')) bad.push(`${el.tagName} ${a}`);
          if (['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
          if (el.tagName === 'IMG' && !el.classList.contains(printClass)) bad.push('IMG');
          if (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) bad.push('javascript: link');
        }
        return bad;
      }, SEL.printMapClass),
    /** URLs of the font files the page loaded. */
    glyphRequests: () => this.app.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.pbf'))),
    axeViolations: () => axeViolations(this.app),
    cspViolations: () => this.app.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    /** Every message the framed atlas posted to the host page. */
    hostReceived: () => this.page.evaluate(() => (window as unknown as HostWindow).received),
    hostReady: () => this.page.waitForFunction(() => (window as unknown as HostWindow).received.some((m) => (m as { type?: string }).type === 'atlas:ready')),
    hostScrollY: () => this.page.evaluate(() => window.scrollY),
    foreignRequests: () => this.w.foreignRequests,
    consoleErrors: () => this.w.consoleErrors,
    pageErrors: () => this.w.pageErrors,
  };
}

/** The Content Security Policy violations the page recorded (see watchedPage); none when it recorded none. */
export function cspViolations(target: Target): Promise<string[]> {
  return target.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
