// What the atlas loads, and when: the first view's files, then the rest and the content once they
// are wanted, the map's detail as the reader zooms in, and the rivers-and-lakes table for a water
// panel. Plain TypeScript with injectable fetch and timers, tested in node; React reads it through
// useSyncExternalStore (src/ui/useAtlas.ts).
import type { Content } from '../content/build';
import type { MapDetail } from '../map/types';
import { DETAIL_MINZOOM } from '../map/physical';
import { detailFiles, FIRST_VIEW, loadGeo, loadRest, type GeoLoad } from './geo';
import type { WaterFile } from '../../data/types';

/**
 * The content (the declaration's text, the links, the commitments) and the side panel's code are
 * not needed to draw the first map: they load right after its first idle, so the first view's
 * bytes and main-thread time go to the map. A link or a choice that needs them loads them at once;
 * so does a page with no map, and a map that never idles gets them after a while anyway.
 */
export const CONTENT_FALLBACK_MS = 10_000;

/** From this zoom the full-detail boundaries load at once (the first view's are cut for zoom ≤ 4.5). */
export const COUNTRIES_DETAIL_ZOOM = 4.8;

/** How long after the first idle the full-detail boundaries are fetched. */
export const DETAIL_DELAY_MS = 4000;

/** From this zoom the physical layers' detail loads: half a level before it is drawn. */
export const PHYSICAL_DETAIL_ZOOM = DETAIL_MINZOOM - 0.5;

/** The clock the schedule runs on; node tests pass fake timers. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  /** Runs when the browser is idle, or after `timeoutMs` at the latest. */
  idle(run: () => void, timeoutMs: number): void;
}

export const browserTimers: Timers = {
  set: (run, ms) => globalThis.setTimeout(run, ms),
  clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  idle: (run, timeoutMs) => ('requestIdleCallback' in globalThis ? globalThis.requestIdleCallback(run, { timeout: timeoutMs }) : run()),
};

export interface LoaderOptions<Panel> {
  /** Where the generated files are, relative to the page. */
  base?: string;
  fetch?: typeof fetch;
  timers?: Timers;
  /** The URL MapLibre's worker reads a checked file from (src/map/glyphs.ts's mapFileUrl in the app). */
  fileUrl?: (path: string) => string;
  /** The content builder, as its own chunk. */
  contentBuilder: () => Promise<(geo: GeoLoad) => Content>;
  /** The side panel's code, as its own chunk; loaded with the content. */
  panel: () => Promise<Panel>;
  /** Wanted from the start: a page with no map, or an address that needs the content. */
  wantContent?: boolean;
  /**
   * The first view may show beyond the detailed box (an upright phone; a link, which may open on
   * any view, selection or tour step): the world's low-detail land then comes with the first view's
   * files, so the first map has no blank. Otherwise it comes with the full boundaries, a few seconds
   * after the first idle: on a landscape screen the opening view stays inside the box.
   */
  worldFirst?: boolean;
  /** A detail file failed: the map shows less, and the reader is told. */
  onDetailError?: (file: string, error: Error) => void;
}

export interface LoaderSnapshot<Panel> {
  /** Null until the first view's files have arrived (or failed); then with the rest once wanted. */
  geo: GeoLoad | null;
  content: Content | null;
  panel: Panel | null;
  detail: MapDetail;
}

export interface Loader<Panel> {
  /** Stable, for useSyncExternalStore. */
  subscribe(listener: () => void): () => void;
  /** Stable; a new object after every change, the same one otherwise. */
  getSnapshot(): LoaderSnapshot<Panel>;
  /** Starts the first view's files and the schedule's timers; again after `stop`, it resumes them. */
  start(): void;
  /** Holds the timers (a page going away, or React's StrictMode trying an unmount). */
  stop(): void;
  /** The content is needed now (latched: once wanted, it stays wanted). */
  wantContent(): void;
  /** The reader's language changed: content already built is built again in it (its generated sentences). */
  rebuildContent(): void;
  /** The first map with its data drawn: the content now, the full boundaries a little later. */
  firstIdle(): void;
  /** The map settled at this zoom: the detail it needs. */
  viewAt(zoom: number): void;
  /** The rivers-and-lakes table, for a water panel; loaded once (a failure may be tried again). */
  water(): Promise<WaterFile>;
}

export function createLoader<Panel>(options: LoaderOptions<Panel>): Loader<Panel> {
  const base = options.base ?? 'geo/';
  // Read at each call, so a page (or a test) that replaces fetch is served by the new one.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timers = options.timers ?? browserTimers;
  const files = detailFiles(base, fetchImpl, options.fileUrl);
  const fail = (file: string) => (e: Error) => options.onDetailError?.(file, e);

  let snapshot: LoaderSnapshot<Panel> = { geo: null, content: null, panel: null, detail: {} };
  const listeners = new Set<() => void>();
  const update = (change: Partial<LoaderSnapshot<Panel>>) => {
    snapshot = { ...snapshot, ...change };
    listeners.forEach((l) => l());
  };

  // Timers are named so `stop` can hold them and `start` arm them again.
  let running = false;
  const armed = new Map<string, { run: () => void; ms: number; handle?: unknown }>();
  const disarm = (name: string) => {
    const t = armed.get(name);
    if (t && t.handle !== undefined) timers.clear(t.handle);
    armed.delete(name);
  };
  const arm = (name: string, ms: number, run: () => void) => {
    const t = {
      ms,
      handle: undefined as unknown,
      run: () => {
        armed.delete(name);
        run();
      },
    };
    armed.set(name, t);
    if (running) t.handle = timers.set(t.run, ms);
  };

  let started = false;
  let wanted = false;
  let idled = false;
  let countriesAsked = false;
  let physicalAsked = false;
  let worldAsked: Promise<void> | undefined;

  /**
   * The content is built once the routes' metadata, which the first view does not load, is in.
   * Called when the content is first wanted and when each load ends, so each step runs once.
   */
  const step = () => {
    const { geo } = snapshot;
    if (!wanted || !geo) return;
    if (geo.pending?.length) {
      loadRest(geo, base, fetchImpl).then((g) => {
        update({ geo: g });
        step();
      });
      return;
    }
    // In a task of its own: parsing the text and building the links takes a few milliseconds,
    // after the map exists.
    arm('build', 0, () => {
      options.contentBuilder().then((build) => update({ content: build(geo) }));
    });
  };

  const want = () => {
    if (wanted) return;
    wanted = true;
    disarm('fallback');
    // Not React.lazy: a Suspense boundary that resolves is revealed only after React's reveal throttle.
    options.panel().then((panel) => update({ panel }));
    step();
  };

  const loadCountries = () => {
    if (countriesAsked) return;
    countriesAsked = true;
    disarm('countries');
    files.fullCountries().then((countries) => {
      // The last of what opening the app loads by itself; the benchmark's memory run starts after it.
      performance.mark('countries-detail');
      update({ detail: { ...snapshot.detail, countries } });
    }, fail('countries.geojson'));
  };

  const loadWorld = () =>
    (worldAsked ??= files.world().then((world) => update({ detail: { ...snapshot.detail, world } }), fail('world.geojson')));

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    start() {
      if (running) return;
      running = true;
      for (const t of armed.values()) t.handle = timers.set(t.run, t.ms);
      if (started) return;
      started = true;
      if (options.wantContent) want();
      else if (!wanted) arm('fallback', CONTENT_FALLBACK_MS, want);
      const world = options.worldFirst ? loadWorld() : undefined;
      // With the world when it was asked for: the first map is drawn with it, or not at all.
      Promise.all([loadGeo(base, fetchImpl, FIRST_VIEW), world]).then(([geo]) => {
        update({ geo });
        step();
      });
    },
    stop() {
      running = false;
      for (const t of armed.values()) if (t.handle !== undefined) timers.clear(t.handle);
      for (const t of armed.values()) t.handle = undefined;
    },
    wantContent: want,
    rebuildContent() {
      const { geo, content } = snapshot;
      if (!content || !geo) return;
      options.contentBuilder().then((build) => update({ content: build(geo) }));
    },
    firstIdle() {
      if (idled) return;
      idled = true;
      want();
      // Not at the first idle itself: parsing and re-tiling 370 kB of boundaries then would land on
      // the reader's first click (measured: click → panel 200–350 ms instead of 40–60 ms).
      // With a timeout: a page that never idles (a kiosk tour) must still get its detail.
      if (!countriesAsked) arm('countries', DETAIL_DELAY_MS, () => timers.idle(loadCountries, 2000));
      // The world beyond the box, which the first view did not show, at the same quiet moment.
      if (!worldAsked) arm('world', DETAIL_DELAY_MS, () => timers.idle(loadWorld, 2000));
    },
    viewAt(zoom) {
      // Closer in, the first view's coarse borders would show: the full ones load at once.
      if (zoom >= COUNTRIES_DETAIL_ZOOM) loadCountries();
      if (zoom >= PHYSICAL_DETAIL_ZOOM && !physicalAsked) {
        physicalAsked = true;
        files.physicalDetail().then((physical) => update({ detail: { ...snapshot.detail, physical } }), fail('physical-detail.geojson'));
      }
    },
    water: files.water,
  };
}
