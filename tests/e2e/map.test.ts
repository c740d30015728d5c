// The built app in a real Chromium: the map draws the five states, the corridor and the routes
// toward South Asia, offline, with no console errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cspViolations, launch, pixelsAt, waitForMapIdle, watchedPage, type Watched } from './chrome';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
  await w.page.goto(inject('baseUrl'));
  await waitForMapIdle(w.page);
});

afterAll(async () => {
  await browser?.close();
});

type Rendered = { states: string[]; routes: string[]; groups: string[]; places: number };

async function rendered(): Promise<Rendered> {
  return w.page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const states = map.queryRenderedFeatures({ layers: ['countries-fill'] }).filter((f) => f.properties.c5).map((f) => String(f.properties.id));
    const legs = map.queryRenderedFeatures({ layers: ['routes-operating', 'routes-under-construction', 'routes-planned'] });
    return {
      states: [...new Set(states)].sort(),
      routes: [...new Set(legs.map((f) => String(f.properties.route)))].sort(),
      groups: [...new Set(legs.map((f) => String(f.properties.group)))].sort(),
      places: map.queryRenderedFeatures({ layers: ['places-dot'] }).length,
    };
  });
}

/** Within a few levels per channel: SwiftShader dithers, the colour itself must be right. */
function expectColour(actual: number[], want: number[]) {
  expect(actual.map((v, i) => Math.abs(v - want[i])).every((d) => d <= 4), `${actual} ≈ ${want}`).toBe(true);
}

describe('the first map', () => {
  it('paints the five states, the Middle Corridor and the routes toward South Asia', async () => {
    const r = await rendered();
    expect(r.states).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(r.groups).toEqual(['middle-corridor', 'south-asia']);
    for (const id of ['middle-corridor-core', 'termez-mazar-railway', 'casa-1000', 'tapi-pipeline']) {
      expect(r.routes).toContain(id);
    }
    expect(r.places).toBeGreaterThan(10);
  });

  it('draws pixels: a state in its fill colour and the Caspian as water', async () => {
    const [kaz, sea] = await pixelsAt(w.page, [
      [60, 50],
      [51.2, 38.3],
    ]);
    expectColour(kaz, [0xf3, 0xdf, 0xb4]);
    expectColour(sea, [0xc9, 0xdd, 0xe8]);
  });

  it('stays offline and quiet: no request leaves 127.0.0.1, no console errors', async () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
    expect(await w.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/script-src 'self';/);
  });

  it('draws labels from the bundled font (the map asked for it from its own origin)', async () => {
    const fonts = await w.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2')),
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(new URL(f).hostname).toBe('127.0.0.1');
  });
});
