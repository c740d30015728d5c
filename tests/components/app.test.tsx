// @vitest-environment jsdom
// The whole interface with the map mocked at its one seam (MapView): the legend, the panels, the
// URL and the keyboard, on the real data and the real declaration.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Off: the mocked map never reaches its first idle (a slow map, still drawing). */
let mapIdles = true;
const mapProps: { onFirstIdle?: () => void; onSelect?: (f: { kind: string; id: string; name: string } | null) => void; related?: unknown } = {};

vi.mock('../../src/map/MapView', async () => {
  const { useEffect } = await import('react');
  return {
    // Like the real map, it reports its first idle once the data has arrived: the app loads its
    // content then.
    MapView: (props: typeof mapProps & { geo?: unknown; onFirstIdle?: () => void }) => {
      Object.assign(mapProps, props);
      const { geo, onFirstIdle } = props;
      useEffect(() => {
        if (geo && mapIdles) onFirstIdle?.();
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

function serveGeo(broken: string[] = []) {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = String(url).split('/').pop()!;
    if (broken.includes(name)) return new Response('gone', { status: 404, statusText: 'Not Found' });
    return new Response(readFileSync(`public/geo/${name}`, 'utf8'), { status: 200 });
  });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
  serveGeo();
});
afterEach(() => {
  mapIdles = true;
  cleanup();
  vi.unstubAllGlobals();
});

/** The data and the content have arrived (the app marks itself ready). */
async function ready() {
  await screen.findByRole('button', { name: 'Kazakhstan' });
  await waitFor(() => expect(document.querySelector('.app[data-ready]')).not.toBeNull(), { timeout: 15_000 });
}

describe('the app around the map', () => {
  it('loads the content only after the map has drawn, unless the address asks for it', async () => {
    mapIdles = false;
    render(<App />);
    await screen.findByRole('button', { name: 'Kazakhstan' });
    // Long enough for the content to arrive and be built had it been asked for (about a second here).
    await act(() => new Promise((r) => setTimeout(r, 3000)));
    expect(document.querySelector('.app[data-ready]')).toBeNull();
    expect((screen.getByRole('button', { name: /Read/ }) as HTMLButtonElement).disabled).toBe(true);
    act(() => mapProps.onFirstIdle?.());
    await waitFor(() => expect(document.querySelector('.app[data-ready]')).not.toBeNull(), { timeout: 15_000 });
    cleanup();

    window.history.replaceState(null, '', '/#sel=TJK');
    render(<App />);
    const panel = await screen.findByRole('complementary', {}, { timeout: 15_000 });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Tajikistan');
  });

  it('opens a state from the legend with its president, specific passages and routes, and Esc closes it', async () => {
    render(<App />);
    await ready();
    const kaz = screen.getByRole('button', { name: 'Kazakhstan' });
    await userEvent.click(kaz);
    const panel = await screen.findByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Kazakhstan');
    expect(panel.textContent).toContain('President Kassym-Jomart Tokayev');
    expect(panel.textContent).toMatch(/What the declaration says of Kazakhstan in particular \(\d+\)/);
    expect(within(panel).getByRole('link', { name: /Middle Corridor: Dostyk/ })).toBeTruthy();
    expect(window.location.hash).toBe('#sel=KAZ');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(kaz);
  });

  it('selects what the map reports as clicked, and a route panel shows status, length and sources', async () => {
    render(<App />);
    await ready();
    act(() => mapProps.onSelect?.({ kind: 'route', id: 'tapi-pipeline', name: 'TAPI' }));
    const panel = await screen.findByRole('complementary');
    expect(panel.textContent).toMatch(/ServiceSeptember 2023: Service planned/);
    expect(panel.textContent).toMatch(/TrackSeptember 2023: Line under construction: \d+ legs/);
    expect(panel.textContent).toMatch(/km along the drawn line/);
    expect(within(panel).getAllByRole('link').some((a) => a.getAttribute('href')?.startsWith('https://'))).toBe(true);
  });

  it('highlights a programme’s features on the map through the one seam', async () => {
    render(<App />);
    await ready();
    act(() => {
      window.location.hash = '#sel=programme:usaid-power-central-asia';
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await screen.findByRole('complementary');
    expect((mapProps.related as { routes: string[] }).routes.length).toBeGreaterThan(0);
  });

  it('names the data file that failed and keeps the declaration readable', async () => {
    serveGeo(['routes.json']);
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('routes.json');
    await act(() => new Promise((r) => setTimeout(r, 20)));
    await userEvent.click(screen.getByRole('button', { name: /Read/ }));
    const panel = await screen.findByRole('complementary');
    expect(panel.textContent).toContain('Towards A New Atmosphere of Partnership');
  });
});
