// @vitest-environment jsdom
// The app must not break, with the map mocked at its seam (MapView): hostile links opened from
// scratch, and each first-view data file missing or broken. These were browser tests, one page load
// per case; what needs the real map (MapLibre with missing data, 1,000 hashes in one session) stays
// in tests/e2e/robust.test.ts.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hostileUrls } from '../hostile';

vi.mock('../../src/map/MapView', async () => {
  const { useEffect } = await import('react');
  return {
    // Like the real map, it reports its first idle once the data has arrived.
    MapView: ({ geo, onFirstIdle }: { geo?: unknown; onFirstIdle?: () => void }) => {
      useEffect(() => {
        if (geo) onFirstIdle?.();
      }, [geo, onFirstIdle]);
      return <div data-testid="map" />;
    },
  };
});
vi.mock('../../src/webgl', () => ({ hasWebGL2: () => true }));

// Loading the real content and data takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

// A wait is not a speed test: under a loaded machine a lazy panel can take several seconds to appear.
configure({ asyncUtilTimeout: 15_000 });

const { App } = await import('../../src/App');

type Reply = { status?: number; body: string };
function serveGeo(broken: Record<string, Reply> = {}) {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = String(url).split(/[?#]/)[0].split('/').pop()!;
    const r = broken[name];
    if (r) return new Response(r.body, { status: r.status ?? 200, statusText: r.status === 404 ? 'Not Found' : '' });
    return new Response(readFileSync(`public/geo/${name}`, 'utf8'), { status: 200 });
  });
}

/** Counts alert/confirm/prompt calls: a script smuggled in by a link would make one. */
const dialogs = { count: 0 };
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
  for (const f of ['alert', 'confirm', 'prompt'] as const) vi.stubGlobal(f, () => void dialogs.count++);
  serveGeo();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** What a URL or a message could have turned into markup: scripts, handlers, frames, images, javascript: links. */
function injectedMarkup(): string[] {
  const bad: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.getAttributeNames()) if (a.startsWith('on')) bad.push(`${el.tagName} ${a}`);
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG'].includes(el.tagName)) bad.push(el.tagName);
    if (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) bad.push('javascript: link');
  }
  return bad;
}

describe('hostile links opened from scratch (query and hash)', () => {
  // The same twelve generated links the browser suite opened one page load each.
  const { hashes, queries } = hostileUrls(12, 99);
  for (let i = 0; i < 12; i++) {
    it(`hostile link ${i + 1} of 12 ends in one consistent state, as text`, async () => {
      const link = `?${queries[i]}#${hashes[i]}`;
      dialogs.count = 0;
      window.history.replaceState(null, '', `/?${queries[i]}#${hashes[i]}`);
      render(<App />);
      // The link is resolved once the data and the content have arrived.
      await waitFor(() => expect(document.querySelector('.app[data-ready]')).not.toBeNull(), { timeout: 20_000 });
      await act(() => new Promise((r) => setTimeout(r, 50)));
      expect(injectedMarkup(), link).toEqual([]);
      // The app rewrites a link it could not use, so what stays in the address bar is well formed.
      const panels = document.querySelectorAll('.side-panel').length;
      expect(panels, link).toBeLessThanOrEqual(1);
      const sel = decodeURIComponent(window.location.hash.match(/sel=([^&]*)/)?.[1] ?? '');
      if (panels === 0) expect(sel, `panel closed but ${window.location.hash}`).toBe('');
      expect(dialogs.count, link).toBe(0);
    });
  }
});

describe('missing or broken data', () => {
  // One break per file here (the whole file × break matrix is in tests/unit/geo-load.test.ts).
  const CASES: [string, Reply][] = [
    ['countries-low.geojson', { status: 404, body: 'not found' }],
    ['places.geojson', { body: '{"type":"FeatureCollection","features":[{"type":"Feat' }],
    ['routes.geojson', { body: '' }],
    ['routes.json', { body: '{"hello":"world"}' }],
    ['physical.geojson', { status: 404, body: 'not found' }],
  ];
  for (const [file, reply] of CASES) {
    it(`says which data could not load when ${file} is broken, and the text side still works`, async () => {
      serveGeo({ [file]: reply });
      render(<App />);
      const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
      expect(alert.textContent).toContain(file);
      await waitFor(() => expect((screen.getByRole('button', { name: /Read/ }) as HTMLButtonElement).disabled).toBe(false), { timeout: 20_000 });
      // The text side never depends on the geography.
      await userEvent.click(screen.getByRole('button', { name: /Read/ }));
      const panel = await screen.findByRole('complementary');
      expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('The New York Declaration');
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
      if (file !== 'countries-low.geojson') {
        await userEvent.click(await screen.findByRole('button', { name: 'Kazakhstan' }));
        expect((await screen.findByRole('complementary')).textContent).toContain('President Kassym-Jomart Tokayev');
      }
    });
  }
});
