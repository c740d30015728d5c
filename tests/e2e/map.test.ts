// The built app in a real Chromium: the map draws the five states, the corridor and the routes
// toward South Asia, offline, with no console errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from './chrome';
import { Atlas, PIXEL_POINTS } from './atlas';

let browser: Browser;
let atlas: Atlas;

beforeAll(async () => {
  browser = await launch();
  atlas = new Atlas(await watchedPage(browser), inject('baseUrl'));
  await atlas.given.opened({}, { still: false });
});

afterAll(async () => {
  await browser?.close();
});

/** Within a few levels per channel: SwiftShader dithers, the colour itself must be right. */
function expectColour(actual: number[], want: number[]) {
  expect(actual.map((v, i) => Math.abs(v - want[i])).every((d) => d <= 4), `${actual} ≈ ${want}`).toBe(true);
}

describe('the first map', () => {
  it('paints the five states, the Middle Corridor and the routes toward South Asia', async () => {
    const r = await atlas.then.rendered();
    expect(r.states).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(r.groups).toEqual(['middle-corridor', 'south-asia']);
    for (const id of ['middle-corridor-core', 'termez-mazar-railway', 'casa-1000', 'tapi-pipeline']) {
      expect(r.routes).toContain(id);
    }
    expect(r.places).toBeGreaterThan(10);
  });

  it('draws pixels: a state in its fill colour and the Caspian as water', async () => {
    const [kaz, sea] = await atlas.then.pixelsAt([PIXEL_POINTS.state, PIXEL_POINTS.sea]);
    expectColour(kaz, [0xf3, 0xdf, 0xb4]);
    expectColour(sea, [0xc9, 0xdd, 0xe8]);
  });

  it('stays offline and quiet: no request leaves 127.0.0.1, no console errors', async () => {
    expect(atlas.then.foreignRequests()).toEqual([]);
    expect(atlas.then.consoleErrors()).toEqual([]);
    expect(atlas.then.pageErrors()).toEqual([]);
    expect(await atlas.then.cspViolations()).toEqual([]);
    expect(await atlas.then.cspMeta()).toMatch(/script-src 'self';/);
  });

  it('draws labels from the prebuilt glyph ranges beside the app (asked for from its own origin)', async () => {
    const glyphs = await atlas.then.glyphRequests();
    expect(glyphs.length).toBeGreaterThan(0);
    for (const f of glyphs) {
      expect(new URL(f).hostname).toBe('127.0.0.1');
      expect(decodeURIComponent(new URL(f).pathname)).toMatch(/\/glyphs\/Noto Sans (Regular|Italic)\/\d+-\d+\.pbf$/);
    }
  });
});
