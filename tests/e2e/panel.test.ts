// Exploring and reading, as a person does it: click a state or a route on the map, read its panel,
// follow links, come back with Back, use only the keyboard, open a deep link or a hostile one.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { FeatureCollection, LineString } from 'geojson';
import { axeViolations, launch, screenPoint, settle, waitForMapIdle, watchedPage, type Watched } from './chrome';

let browser: Browser;
let w: Watched;
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // Reduced motion: selections jump instead of flying, so the camera is still when we look.
  w = await watchedPage(browser, { reducedMotion: 'reduce' });
});

async function open(hash = '') {
  // A fresh document each time: a hash-only change to the same URL would not reload the app.
  await w.page.goto('about:blank');
  await w.page.goto(`${base()}${hash ? `#${hash}` : ''}`);
  await waitForMapIdle(w.page);
  await settle(w.page);
}

const panelTitle = () => w.page.locator('#panel-title').innerText();

const STATES: [string, string, [number, number], string][] = [
  ['KAZ', 'Kazakhstan', [60, 50], 'President Kassym-Jomart Tokayev'],
  ['KGZ', 'Kyrgyzstan', [76.5, 41.5], 'President Sadyr Japarov'],
  ['TJK', 'Tajikistan', [72.5, 38.3], 'President Emomali Rahmon'],
  ['TKM', 'Turkmenistan', [58.5, 40.5], 'President Serdar Berdimuhamedov'],
  ['UZB', 'Uzbekistan', [63.5, 42.5], 'President Shavkat Mirziyoyev'],
];

describe('clicking the map', () => {
  it('opens the right state, with the president who signed, for a click inside each of the five', async () => {
    for (const [id, name, lngLat, president] of STATES) {
      await open();
      const p = await screenPoint(w.page, lngLat);
      await w.page.mouse.click(p.x, p.y);
      await w.page.locator('#panel-title').waitFor();
      expect(await panelTitle()).toContain(name);
      expect(await w.page.locator('.side-panel').innerText()).toContain(president);
      expect(new URL(w.page.url()).hash).toContain(`sel=${id}`);
      await w.page.keyboard.press('Escape');
      await w.page.locator('.side-panel').waitFor({ state: 'detached' });
    }
    expect(w.pageErrors).toEqual([]);
  });

  it('opens the Middle Corridor for a click near its Caspian crossing (within 8 px of the line)', async () => {
    await open();
    const legs = JSON.parse(readFileSync('public/geo/routes.geojson', 'utf8')) as FeatureCollection<LineString, { route: string; mode: string }>;
    const sea = legs.features.find((f) => f.properties.route === 'middle-corridor-core' && f.properties.mode === 'sea')!;
    const c = sea.geometry.coordinates;
    const [a, b] = [c[Math.floor((c.length - 1) / 2)], c[Math.floor((c.length - 1) / 2) + 1]];
    const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const p = await screenPoint(w.page, mid);
    // West of the line: the Kuryk ferry runs a few pixels east of it at this zoom.
    await w.page.mouse.click(p.x - 5, p.y);
    await w.page.locator('#panel-title').waitFor();
    expect(await panelTitle()).toMatch(/Middle Corridor/);
    const text = await w.page.locator('.side-panel').innerText();
    expect(text).toMatch(/Status, September 2023\s+Operating/);
    expect(text).toMatch(/km along the drawn line/);
    expect(text).toContain('Trans-Caspian Trade Route');
    expect(new URL(w.page.url()).hash).toContain('sel=middle-corridor-core');
  });

  it('names what is under the pointer and shows it can be clicked', async () => {
    await open();
    const p = await screenPoint(w.page, STATES[0][2]);
    await w.page.mouse.move(p.x, p.y);
    await w.page.locator('.map-tooltip').waitFor();
    expect(await w.page.locator('.map-tooltip').innerText()).toBe('Kazakhstan');
    const cursor = await w.page.evaluate(() => getComputedStyle(document.querySelector('.maplibregl-canvas')!).cursor);
    expect(cursor).toBe('pointer');
  });
});

describe('links and history', () => {
  it('restores the view and the panel from a deep link', async () => {
    await open('map=5/42/60&sel=UZB');
    expect(await panelTitle()).toContain('Uzbekistan');
    const view = await w.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(5, 1);
    expect(view.lat).toBeCloseTo(42, 0);
    expect(view.lng).toBeCloseTo(60, 0);
  });

  it('walks selections with Back and Forward', async () => {
    await open();
    await w.page.getByRole('button', { name: 'Kazakhstan' }).click();
    await w.page.locator('#panel-title', { hasText: 'Kazakhstan' }).waitFor();
    await w.page.locator('summary', { hasText: 'Toward South Asia' }).click();
    await w.page.getByRole('button', { name: /CASA-1000/ }).click();
    await w.page.locator('#panel-title', { hasText: 'CASA-1000' }).waitFor();
    await w.page.goBack();
    await w.page.locator('#panel-title', { hasText: 'Kazakhstan' }).waitFor();
    await w.page.goBack();
    await w.page.locator('.side-panel').waitFor({ state: 'detached' });
    await w.page.goForward();
    await w.page.locator('#panel-title', { hasText: 'Kazakhstan' }).waitFor();
    expect(w.pageErrors).toEqual([]);
  });

  it('ignores a hostile link politely: no script runs, nothing is injected, the map still works', async () => {
    let dialogs = 0;
    w.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await open(`sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}&map=NaN/1/2&step=<script>`);
    const notices = await w.page.locator('.notices').innerText();
    expect(notices).toMatch(/not something on this map/);
    expect(notices).toMatch(/map position/);
    expect(await w.page.locator('.notices img, .notices script').count()).toBe(0);
    expect(await w.page.locator('.side-panel').count()).toBe(0);
    await open('sel=place:nowhere');
    expect(await w.page.locator('.notices').innerText()).toMatch(/not on this map/);
    expect(dialogs).toBe(0);
    expect(w.pageErrors).toEqual([]);
  });
});

describe('small screens', () => {
  it('is a bottom sheet on a phone, and nothing overflows at 320 px', async () => {
    for (const width of [375, 320]) {
      w = await watchedPage(browser, { reducedMotion: 'reduce', viewport: { width, height: 700 } });
      await open('sel=UZB');
      const m = await w.page.evaluate(() => {
        const panel = document.querySelector('.side-panel')!.getBoundingClientRect();
        const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
        return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, panelTop: panel.top, panelWidth: panel.width, canvasHeight: canvas.height };
      });
      expect(m.overflow, `${width}px`).toBe(0);
      expect(m.panelWidth).toBe(width);
      // The map stays usable above the sheet.
      expect(m.panelTop).toBeGreaterThan(250);
      await w.page.context().close();
    }
  });
});

describe('keyboard and assistive technology', () => {
  it('selects a state with Tab and Enter, and Esc returns focus to where it was', async () => {
    await open();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await w.page.keyboard.press('Tab');
      found = await w.page.evaluate(() => document.activeElement?.textContent === 'Tajikistan');
    }
    expect(found).toBe(true);
    await w.page.keyboard.press('Enter');
    await w.page.locator('#panel-title', { hasText: 'Tajikistan' }).waitFor();
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await w.page.locator('[aria-live="polite"][role="status"]').first().innerText()).toContain('Selected Tajikistan');
    await w.page.keyboard.press('Escape');
    await w.page.locator('.side-panel').waitFor({ state: 'detached' });
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Tajikistan');
  });

  it('has no axe violations with no panel, or a state, route, place, programme, passage, the declaration or the tour open', async () => {
    for (const hash of ['', 'sel=KAZ', 'sel=tapi-pipeline', 'sel=declaration', 'sel=place:aktau', 'sel=programme:pgi', 'sel=passage:security-1', 'step=3']) {
      await open(hash);
      expect(await axeViolations(w.page), hash || 'no panel').toEqual([]);
    }
  });
});
