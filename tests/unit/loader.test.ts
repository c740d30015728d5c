// The loader's schedule, in node with a fake clock: what is fetched at the start, what waits for
// the first idle, the zoom or a water panel, and what a held (stopped) loader does not do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_FALLBACK_MS, DETAIL_DELAY_MS, createLoader, type LoaderOptions, type Timers } from '../../src/data/loader';
import type { Content } from '../../src/content/build';

const fc = (type: string, properties: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: { type, coordinates: [] } }] });

const FILES: Record<string, string> = {
  'countries-low.geojson': fc('MultiPolygon', { id: 'KAZ', label: [60, 45] }),
  'countries.geojson': fc('MultiPolygon', { id: 'KAZ', label: [60, 45] }),
  'places.geojson': fc('Point', { id: 'aktau' }),
  'routes.geojson': fc('LineString', { route: 'a' }),
  'physical.geojson': fc('LineString'),
  'physical-detail.geojson': fc('LineString'),
  'routes.json': JSON.stringify([{ id: 'a', name: { en: 'A' }, nodes: [] }]),
  'water.json': JSON.stringify({ water: [{ id: 'amu-darya' }], declarationWater: [] }),
  'world.geojson': fc('MultiPolygon', { kind: 'land' }),
};

/** Serves FILES (less the broken ones, which answer 404) and records what was asked for. */
function server(broken: string[] = []) {
  const asked: string[] = [];
  const fetchImpl = (async (url: string) => {
    const name = String(url).split('/').pop()!;
    asked.push(name);
    if (broken.includes(name) || !(name in FILES)) return new Response('gone', { status: 404, statusText: 'Not Found' });
    return new Response(FILES[name]);
  }) as typeof fetch;
  return { asked, fetchImpl };
}

/** Every clock of the test, so `settle` can run the timers that are due (a 0 ms timer, say). */
const clocks: { runDue: () => void }[] = [];

/** A clock the test moves by hand; `idle` runs at once, as a browser with nothing else to do. */
function clock() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(next, { at: now + ms, run });
      return next++;
    },
    clear: (handle) => void pending.delete(handle as number),
    idle: (run) => run(),
  };
  const runDue = () => {
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > now) continue;
      pending.delete(id);
      t.run();
    }
  };
  clocks.push({ runDue });
  const advance = async (ms: number) => {
    now += ms;
    runDue();
    await settle();
  };
  return { timers, advance, pending: () => pending.size };
}

/** Lets every fetch and parse already started finish, with the timers due meanwhile. */
async function settle() {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 2));
    clocks.forEach((c) => c.runDue());
  }
}

function setup(over: Partial<LoaderOptions<string>> = {}, broken: string[] = []) {
  const { asked, fetchImpl } = server(broken);
  const c = clock();
  const built = vi.fn((geo) => ({ builtFrom: geo }) as unknown as Content);
  const errors: string[] = [];
  const loader = createLoader<string>({
    fetch: fetchImpl,
    timers: c.timers,
    fileUrl: (path) => `worker:${path}`,
    contentBuilder: async () => built,
    panel: async () => 'the panel',
    onDetailError: (file, e) => errors.push(`${file} ${e.message}`),
    ...over,
  });
  return { loader, asked, built, errors, ...c };
}

beforeEach(() => {
  performance.clearMarks();
});
afterEach(() => {
  clocks.length = 0;
});

describe('the loader', () => {
  it('loads only the first view at the start, and the rest and the content after the first idle', async () => {
    const { loader, asked, built } = setup();
    const seen: unknown[] = [];
    loader.subscribe(() => seen.push(loader.getSnapshot()));
    expect(loader.getSnapshot().geo).toBeNull();
    loader.start();
    await settle();
    expect(asked.sort()).toEqual(['countries-low.geojson', 'physical.geojson', 'places.geojson', 'routes.geojson']);
    const first = loader.getSnapshot();
    expect(first.geo?.pending).toEqual(['routeMeta']);
    expect(first.content).toBeNull();
    expect(first.panel).toBeNull();
    // The same object until something changes: what useSyncExternalStore needs.
    expect(loader.getSnapshot()).toBe(first);

    loader.firstIdle();
    await settle();
    const after = loader.getSnapshot();
    expect(asked).toContain('routes.json');
    expect(after.geo?.pending).toEqual([]);
    expect(after.geo?.index.routes.get('a')?.name.en).toBe('A');
    expect(after.panel).toBe('the panel');
    expect(after.content).not.toBeNull();
    expect(built).toHaveBeenCalledTimes(1);
    expect(built).toHaveBeenCalledWith(after.geo);
    expect(seen.at(-1)).toBe(after);
  });

  it('loads the content at once when the address needs it, without waiting for an idle', async () => {
    const { loader, asked } = setup({ wantContent: true });
    loader.start();
    await settle();
    expect(asked).toContain('routes.json');
    expect(loader.getSnapshot().content).not.toBeNull();
  });

  it('latches the content: asked for later, it loads then, once, and stays', async () => {
    const { loader, asked, built } = setup();
    loader.start();
    await settle();
    loader.wantContent();
    loader.wantContent();
    await settle();
    loader.firstIdle();
    await settle();
    expect(asked.filter((f) => f === 'routes.json')).toHaveLength(1);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('loads the content after the fallback on a page whose map never idles', async () => {
    const { loader, advance } = setup();
    loader.start();
    await settle();
    await advance(CONTENT_FALLBACK_MS - 1);
    expect(loader.getSnapshot().content).toBeNull();
    await advance(1);
    await settle();
    expect(loader.getSnapshot().content).not.toBeNull();
  });

  it('holds its timers while stopped and resumes them on start (StrictMode mounts twice)', async () => {
    const { loader, advance, asked, pending } = setup();
    loader.start();
    loader.stop();
    await settle();
    // The first view's files were asked for once, not again on the second start.
    loader.start();
    await settle();
    expect(asked.filter((f) => f === 'places.geojson')).toHaveLength(1);
    loader.stop();
    expect(pending()).toBe(0);
    await advance(CONTENT_FALLBACK_MS);
    expect(asked).not.toContain('routes.json');
    expect(loader.getSnapshot().content).toBeNull();
    loader.start();
    await advance(CONTENT_FALLBACK_MS);
    await settle();
    expect(loader.getSnapshot().content).not.toBeNull();
  });

  it('fetches the full boundaries 4 s after the first idle, or at once from zoom 4.8', async () => {
    const { loader, advance, asked } = setup();
    loader.start();
    await settle();
    loader.firstIdle();
    await advance(DETAIL_DELAY_MS - 1);
    expect(asked).not.toContain('countries.geojson');
    await advance(1);
    expect(loader.getSnapshot().detail.countries).toBe('worker:geo/countries.geojson');
    expect(performance.getEntriesByName('countries-detail')).toHaveLength(1);

    const zoomed = setup();
    zoomed.loader.start();
    zoomed.loader.viewAt(4.7);
    await settle();
    expect(zoomed.asked).not.toContain('countries.geojson');
    zoomed.loader.viewAt(4.8);
    await settle();
    expect(zoomed.loader.getSnapshot().detail.countries).toBe('worker:geo/countries.geojson');
    // The idle's timer then finds them asked for already.
    zoomed.loader.firstIdle();
    await zoomed.advance(DETAIL_DELAY_MS);
    expect(zoomed.asked.filter((f) => f === 'countries.geojson')).toHaveLength(1);
  });

  it('leaves the world beyond the box out of the first view, and fetches it with the full boundaries', async () => {
    const { loader, advance, asked } = setup();
    loader.start();
    await settle();
    loader.firstIdle();
    await advance(DETAIL_DELAY_MS - 1);
    expect(asked).not.toContain('world.geojson');
    await advance(1);
    expect(loader.getSnapshot().detail.world).toBe('worker:geo/world.geojson');
    expect(asked.filter((f) => f === 'world.geojson')).toHaveLength(1);
  });

  it('brings the world with the first view when that may show beyond the box (an upright screen, a link)', async () => {
    const { loader, asked, advance } = setup({ worldFirst: true });
    const seen: unknown[] = [];
    loader.subscribe(() => seen.push(loader.getSnapshot()));
    loader.start();
    await settle();
    expect(asked).toContain('world.geojson');
    // The first view's data is handed over with the world already there: the first map draws both.
    const firstWithGeo = seen.find((s) => (s as { geo: unknown }).geo !== null) as { detail: { world?: string } };
    expect(firstWithGeo.detail.world).toBe('worker:geo/world.geojson');
    loader.firstIdle();
    await advance(DETAIL_DELAY_MS);
    expect(asked.filter((f) => f === 'world.geojson')).toHaveLength(1);
  });

  it('draws the first view even when the world cannot load, and names the file', async () => {
    const { loader, errors } = setup({ worldFirst: true }, ['world.geojson']);
    loader.start();
    await settle();
    expect(loader.getSnapshot().geo?.data.countries).toBeDefined();
    expect(loader.getSnapshot().detail.world).toBeUndefined();
    expect(errors).toEqual(['world.geojson answered 404 Not Found']);
  });

  it('fetches the physical detail from zoom 5.5, once', async () => {
    const { loader, asked } = setup();
    loader.start();
    loader.viewAt(5.4);
    await settle();
    expect(asked).not.toContain('physical-detail.geojson');
    loader.viewAt(5.5);
    loader.viewAt(7);
    await settle();
    expect(asked.filter((f) => f === 'physical-detail.geojson')).toHaveLength(1);
    expect(loader.getSnapshot().detail).toEqual({ countries: 'worker:geo/countries.geojson', physical: 'worker:geo/physical-detail.geojson' });
  });

  it('names a detail file that failed, and leaves the map as it was', async () => {
    const { loader, errors } = setup({}, ['physical-detail.geojson']);
    loader.start();
    loader.viewAt(6);
    await settle();
    expect(errors).toEqual(['physical-detail.geojson answered 404 Not Found']);
    expect(loader.getSnapshot().detail.physical).toBeUndefined();
  });

  it('loads the water table when a water panel asks, once, and again after a failure', async () => {
    const { loader, asked } = setup();
    loader.start();
    await settle();
    expect(asked).not.toContain('water.json');
    const [a, b] = await Promise.all([loader.water(), loader.water()]);
    expect(a.water[0].id).toBe('amu-darya');
    expect(b).toBe(a);
    expect(asked.filter((f) => f === 'water.json')).toHaveLength(1);

    const broken = setup({}, ['water.json']);
    await expect(broken.loader.water()).rejects.toThrow('answered 404 Not Found');
    await expect(broken.loader.water()).rejects.toThrow();
    expect(broken.asked.filter((f) => f === 'water.json')).toHaveLength(2);
  });

  it('still builds the content when the routes file fails, with the failure named', async () => {
    const { loader } = setup({ wantContent: true }, ['routes.json']);
    loader.start();
    await settle();
    const { geo, content } = loader.getSnapshot();
    expect(geo?.errors).toEqual([{ file: 'routes.json', message: 'answered 404 Not Found' }]);
    expect(content).not.toBeNull();
  });
});
