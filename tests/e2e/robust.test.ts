// The app must not break: hostile links, missing or broken data, no WebGL, a strict CSP, and a
// storm of clicks and resizes. Every case ends in a valid state with a plain-text notice.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hostileUrls } from '../hostile';
import { cspViolations, launch, screenPoint, settle, waitForMapIdle, watchedPage } from './chrome';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Nothing from a URL or a message became markup: no scripts, handlers or foreign elements. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const scripts = document.querySelectorAll('script');
    if (scripts.length !== 1) bad.push(`${scripts.length} script elements`);
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) if (a.startsWith('on')) bad.push(`${el.tagName} ${a}`);
      if (['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
      if (el.tagName === 'IMG' && !el.classList.contains('print-map')) bad.push('IMG');
      if (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) bad.push('javascript: link');
    }
    return bad;
  });
}

async function consistent(page: Page) {
  // The link is resolved once the data and the content have arrived.
  await page.locator('.app[data-ready]').waitFor();
  await page
    .waitForFunction(() => document.querySelector('.side-panel') || !/(^|[#&])sel=[^&]/.test(location.hash), undefined, { timeout: 3000 })
    .catch(() => undefined);
  const hash = new URL(page.url()).hash;
  // The app rewrites a link it could not use, so what stays in the address bar is well formed.
  const sel = decodeURIComponent(hash.match(/sel=([^&]*)/)?.[1] ?? '');
  const panels = await page.locator('.side-panel').count();
  expect(panels).toBeLessThanOrEqual(1);
  if (panels === 0) expect(sel, `panel closed but ${hash}`).toBe('');
}

describe('hostile URLs in a real browser', () => {
  it('survives 1,000 generated hashes applied in one session', async () => {
    const w = await watchedPage(browser, { reducedMotion: 'reduce' });
    let dialogs = 0;
    w.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await w.page.goto(inject('baseUrl'));
    await waitForMapIdle(w.page);
    const { hashes } = hostileUrls(1000, 7);
    for (let i = 0; i < hashes.length; i += 100) {
      await w.page.evaluate(async (batch) => {
        for (const h of batch) {
          location.hash = h;
          await new Promise((r) => setTimeout(r, 0));
        }
      }, hashes.slice(i, i + 100));
    }
    await w.page.waitForTimeout(500);
    expect(w.pageErrors).toEqual([]);
    expect(dialogs).toBe(0);
    expect(await injected(w.page)).toEqual([]);
    expect(await w.page.locator('.notices .notice').count()).toBeLessThanOrEqual(3);
    // Still a working atlas: a valid link selects.
    await w.page.evaluate(() => (location.hash = 'sel=UZB'));
    await w.page.locator('#panel-title', { hasText: 'Uzbekistan' }).waitFor();
    await consistent(w.page);
    expect(await cspViolations(w.page)).toEqual([]);
  });

  it('opens 12 hostile links from scratch (query and hash) with a polite notice and a working map', async () => {
    const { hashes, queries } = hostileUrls(12, 99);
    const w = await watchedPage(browser, { reducedMotion: 'reduce' });
    let dialogs = 0;
    w.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (let i = 0; i < 12; i++) {
      await w.page.goto('about:blank');
      await w.page.goto(`${inject('baseUrl')}?${queries[i]}#${hashes[i]}`);
      await w.page.locator('.legend').waitFor();
      await w.page.waitForFunction(() => document.querySelector('.maplibregl-canvas') || document.querySelector('.no-webgl'));
      expect(await injected(w.page), `${queries[i]} # ${hashes[i]}`).toEqual([]);
      await consistent(w.page);
    }
    expect(dialogs).toBe(0);
    expect(w.pageErrors).toEqual([]);
  });
});

describe('missing or broken data', () => {
  const FILES = ['countries.geojson', 'places.geojson', 'routes.geojson', 'routes.json'];
  const BREAKS: Record<string, { status: number; body: string }> = {
    '404': { status: 404, body: 'not found' },
    empty: { status: 200, body: '' },
    truncated: { status: 200, body: '{"type":"FeatureCollection","features":[{"type":"Feat' },
    'not GeoJSON': { status: 200, body: '{"hello":"world"}' },
  };

  for (const file of FILES) {
    it(`says which data could not load when ${file} is broken, and the rest still works`, async () => {
      for (const [how, reply] of Object.entries(BREAKS)) {
        const w = await watchedPage(browser, { reducedMotion: 'reduce' });
        await w.page.route(`**/geo/${file}`, (r) => r.fulfill({ status: reply.status, body: reply.body, contentType: 'application/json' }));
        await w.page.goto(inject('baseUrl'));
        const alert = w.page.locator('.notices [role="alert"]');
        await alert.waitFor();
        expect(await alert.innerText(), `${file} ${how}`).toContain(file);
        expect(w.pageErrors, `${file} ${how}`).toEqual([]);
        // Every failure takes the same path once detected; the full walk-through runs for two of them.
        if (how !== '404' && how !== 'truncated') {
          await w.page.context().close();
          continue;
        }
        // The text side never depends on the geography.
        await w.page.getByRole('button', { name: 'Read the declaration' }).click();
        await w.page.locator('#panel-title', { hasText: 'The New York Declaration' }).waitFor();
        await w.page.keyboard.press('Escape');
        if (file !== 'countries.geojson') {
          await w.page.getByRole('button', { name: 'Kazakhstan' }).click();
          await w.page.locator('.side-panel', { hasText: 'President Kassym-Jomart Tokayev' }).waitFor();
        }
        expect(w.pageErrors, `${file} ${how}`).toEqual([]);
        await w.page.context().close();
      }
    });
  }
});

describe('no WebGL', () => {
  it('explains, and the lists, panels, search and the declaration still work', async () => {
    const b = await launch(['--disable-3d-apis', '--disable-webgl']);
    try {
      const w = await watchedPage(b);
      await w.page.goto(inject('baseUrl'));
      await w.page.locator('.no-webgl').waitFor();
      expect(await w.page.locator('.no-webgl').innerText()).toMatch(/WebGL 2 is not available/);
      await w.page.getByRole('button', { name: 'Tajikistan' }).click();
      await w.page.locator('.side-panel', { hasText: 'President Emomali Rahmon' }).waitFor();
      await w.page.getByRole('link', { name: /CASA-1000/ }).first().click();
      await w.page.locator('#panel-title', { hasText: 'CASA-1000' }).waitFor();
      await w.page.getByRole('button', { name: 'Read the declaration' }).click();
      await w.page.getByLabel('Search the declaration and its programmes').fill('glacier');
      await w.page.locator('.search-results li').first().waitFor();
      expect(await w.page.locator('.search-results').innerText()).toMatch(/glacier preservation/);
      expect(w.pageErrors).toEqual([]);
      expect(await cspViolations(w.page)).toEqual([]);
    } finally {
      await b.close();
    }
  });
});

describe('rapid input', () => {
  it('100 clicks in 5 seconds and phone/desktop resizes leave one consistent selection', async () => {
    const w = await watchedPage(browser, { reducedMotion: 'reduce' });
    await w.page.goto(inject('baseUrl'));
    await waitForMapIdle(w.page);
    await settle(w.page);
    const targets: [number, number][] = [
      [60, 50], [76.5, 41.5], [72.5, 38.3], [58.5, 40.5], [63.5, 42.5], [67.7, 47.8], [51.16, 43.65], [62, 33],
    ];
    const points = [];
    for (const t of targets) points.push(await screenPoint(w.page, t));
    const started = Date.now();
    for (let i = 0; i < 100; i++) {
      const p = points[i % points.length];
      await w.page.mouse.click(p.x, p.y);
      if (i % 25 === 24) await w.page.setViewportSize(i % 50 === 24 ? { width: 375, height: 812 } : { width: 1280, height: 800 });
    }
    // As fast as the browser takes real clicks: about 5–10 s here, where WebGL is drawn in software.
    // The bound only catches a harness that stopped clicking quickly, not a slow machine.
    expect(Date.now() - started).toBeLessThan(40_000);
    await w.page.setViewportSize({ width: 1280, height: 800 });
    await settle(w.page);
    await consistent(w.page);
    const selected = await w.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const ids: [string, string][] = [];
      for (const f of map.querySourceFeatures('countries')) ids.push(['countries', String(f.properties.id)]);
      for (const f of map.querySourceFeatures('routes')) ids.push(['routes', String(f.properties.route)]);
      for (const f of map.querySourceFeatures('places')) ids.push(['places', String(f.properties.id)]);
      const on = new Set<string>();
      for (const [source, id] of ids) if (map.getFeatureState({ source, id }).selected) on.add(`${source}:${id}`);
      return [...on];
    });
    const panel = await w.page.locator('.side-panel').count();
    expect(selected.length).toBe(panel);
    expect(w.pageErrors).toEqual([]);
  });
});
