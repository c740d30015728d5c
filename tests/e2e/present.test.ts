// Presenting: the chrome-less embed framed by a page of another origin under a sub-path, the
// host-page API, the clicker-driven tour with autoplay, and the PNG export.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { cspViolations, launch, sampleImage, settle, waitForMapIdle, watchedPage, type Watched } from './chrome';

let browser: Browser;
let host: StaticServer;
let w: Watched;

const HOST_PAGE = (src: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Host deck</title>
<style>body{margin:0;font-family:sans-serif} .slide{height:150vh;padding:20px}</style></head>
<body><div class="slide"><h1>A slide</h1>
<iframe id="atlas" src="${src}" width="960" height="540" style="border:0" title="Corridor Atlas"></iframe></div>
<script>
  window.received = [];
  window.addEventListener('message', (e) => { if (e.source === document.getElementById('atlas').contentWindow) window.received.push(e.data); });
  window.send = (m) => document.getElementById('atlas').contentWindow.postMessage(m, '*');
</script></body></html>`;

async function openHost(src: string) {
  await w.page.goto('about:blank');
  const path = `/host-${Math.random().toString(36).slice(2)}.html`;
  pages[path] = { type: 'text/html; charset=utf-8', body: HOST_PAGE(src) };
  await w.page.goto(host.url.replace(/\/nothing\/$/, '') + path);
  const handle = await w.page.waitForSelector('#atlas');
  const frame = (await handle.contentFrame()) as Frame;
  await frame.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
  return frame;
}

const pages: Record<string, { type: string; body: string }> = {};

beforeAll(async () => {
  browser = await launch();
  // Another origin (another port on 127.0.0.1) that serves only the host pages.
  host = await serveStatic({ root: 'dist', prefix: '/nothing/', extra: pages });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('the embed in a page of another origin, under a sub-path', () => {
  it('loads, opens the deep-linked selection, fills its box and leaves the page scrollable', async () => {
    w = await watchedPage(browser, { reducedMotion: 'reduce' });
    const sub = inject('subPathUrl');
    expect(sub).toContain('/deck/atlas/');
    const frame = await openHost(`${sub}?embed=1#sel=KAZ`);
    await frame.locator('#panel-title', { hasText: 'Kazakhstan' }).waitFor();
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.locator('.full-map-link').getAttribute('href')).toBe(`${sub}#sel=KAZ`);
    const fit = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      canvas: document.querySelector('.maplibregl-canvas')!.getBoundingClientRect().toJSON(),
      cooperative: document.querySelector('.maplibregl-cooperative-gesture-screen') !== null,
    }));
    expect(fit.scroll).toBe(0);
    expect(fit.canvas.width).toBe(960);
    expect(fit.canvas.height).toBe(540);
    expect(fit.cooperative).toBe(true);
    // A wheel over the framed map scrolls the host page instead of zooming the map.
    const zoom = await frame.evaluate(() => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getZoom());
    await w.page.mouse.move(400, 300);
    await w.page.mouse.wheel(0, 300);
    await w.page.waitForTimeout(400);
    expect(await w.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await frame.evaluate(() => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getZoom())).toBeCloseTo(zoom, 5);
    expect(w.foreignRequests).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });

  it('answers the host-page API: ready, select → selected, steps, and ignores other shapes', async () => {
    w = await watchedPage(browser, { reducedMotion: 'reduce' });
    const frame = await openHost(`${inject('subPathUrl')}?embed=1`);
    await w.page.waitForFunction(() => (window as unknown as { received: { type: string }[] }).received.some((m) => m.type === 'atlas:ready'));
    await w.page.evaluate(() => {
      const send = (window as unknown as { send: (m: unknown) => void }).send;
      send({ type: 'atlas:select', id: '<img src=x onerror=alert(1)>' });
      send({ type: 'atlas:run', code: 'document.body.innerHTML = "pwned"' });
      send('atlas:next');
      send({ type: 'atlas:select', id: 'casa-1000' });
    });
    await frame.locator('#panel-title', { hasText: 'CASA-1000' }).waitFor();
    const received = await w.page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    expect(received).toContainEqual({ type: 'atlas:selected', id: 'casa-1000' });
    expect(received).toContainEqual({ type: 'atlas:selected', id: null });
    expect(await frame.locator('body').innerText()).not.toContain('pwned');
    expect(await frame.locator('img[src="x"]').count()).toBe(0);
    await w.page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'atlas:step', index: 3 }));
    await frame.locator('.tour-progress', { hasText: '3 / ' }).waitFor();
    await w.page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'atlas:next' }));
    await frame.locator('.tour-progress', { hasText: '4 / ' }).waitFor();
    const steps = await w.page.evaluate(() => (window as unknown as { received: { type: string }[] }).received.filter((m) => m.type === 'atlas:step'));
    expect(steps.at(-1)).toMatchObject({ type: 'atlas:step', index: 4 });
    expect((steps.at(-1) as unknown as { total: number }).total).toBeGreaterThanOrEqual(12);
    await w.page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'atlas:clear' }));
    await frame.locator('.tour').waitFor({ state: 'detached' });
    expect(w.pageErrors).toEqual([]);
  });

  it('obeys origin=: messages from any other parent are ignored', async () => {
    w = await watchedPage(browser, { reducedMotion: 'reduce' });
    const frame = await openHost(`${inject('subPathUrl')}?embed=1&origin=${encodeURIComponent('http://127.0.0.1:1')}`);
    await w.page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'atlas:select', id: 'KAZ' }));
    await w.page.waitForTimeout(800);
    expect(await frame.locator('.side-panel').count()).toBe(0);
    expect(await w.page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
  });
});

describe('the tour, driven by a clicker', () => {
  const step = () => new URL(w.page.url()).hash.match(/step=(\d+)/)?.[1];

  it('moves step= with → ← Space PageDown PageUp Home End, and Esc leaves', async () => {
    w = await watchedPage(browser, { reducedMotion: 'reduce' });
    await w.page.goto(`${inject('baseUrl')}#step=1`);
    await waitForMapIdle(w.page);
    await w.page.locator('.tour-progress', { hasText: '1 / ' }).waitFor();
    const total = Number((await w.page.locator('.tour-progress span').first().innerText()).split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(12);
    const press = async (key: string, want: number) => {
      await w.page.keyboard.press(key);
      await w.page.locator('.tour-progress', { hasText: `${want} / ${total}` }).waitFor();
      expect(step()).toBe(String(want));
    };
    await press('ArrowRight', 2);
    await press('PageDown', 3);
    await press('Space', 4);
    await press('ArrowLeft', 3);
    await press('PageUp', 2);
    await press('End', total);
    await press('Home', 1);
    expect(await w.page.locator('.tour-title').innerText()).toBe('The first C5+1 Presidential Summit');
    await w.page.keyboard.press('Escape');
    await w.page.locator('.tour').waitFor({ state: 'detached' });
    expect(step()).toBeUndefined();
  });

  it('autoplays for a kiosk and stops at the first key', async () => {
    w = await watchedPage(browser, { reducedMotion: 'reduce' });
    await w.page.goto(`${inject('baseUrl')}?autoplay=2#step=1`);
    await waitForMapIdle(w.page);
    await w.page.locator('.tour-progress', { hasText: '2 / ' }).waitFor({ timeout: 8000 });
    await w.page.keyboard.press('Shift');
    const stoppedAt = step();
    await w.page.waitForTimeout(3000);
    expect(step()).toBe(stoppedAt);
    expect(await w.page.locator('.tour-progress').innerText()).not.toMatch(/playing/);
  });
});

describe('a picture for the slide', () => {
  it('exports a 1920×1080 PNG that is not blank', async () => {
    w = await watchedPage(browser, { reducedMotion: 'reduce', acceptDownloads: true });
    await w.page.goto(`${inject('baseUrl')}#sel=middle-corridor-core`);
    await waitForMapIdle(w.page);
    await settle(w.page);
    await w.page.getByRole('button', { name: 'Export PNG' }).click();
    const [download] = await Promise.all([
      w.page.waitForEvent('download', { timeout: 45_000 }),
      w.page.locator('.modal').getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-middle-corridor-dostyk-.*-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const png = readFileSync(path!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const grid = [];
    for (let x = 40; x < 1920; x += 97) for (let y = 40; y < 1080; y += 89) grid.push({ x, y });
    const sample = new Set((await sampleImage(w.page, png, grid)).map((c) => c.join(','))).size;
    expect(sample).toBeGreaterThan(6);
    expect(w.foreignRequests).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
  });
});

describe('print', () => {
  it('puts the map and the open panel on one A4 landscape page', async () => {
    w = await watchedPage(browser, { reducedMotion: 'reduce' });
    await w.page.goto(`${inject('baseUrl')}#sel=KAZ`);
    await waitForMapIdle(w.page);
    await settle(w.page);
    const pdf = (await w.page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    // A4 landscape in points: 842 × 595.
    const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    expect(Math.round(Number(box?.[1]))).toBe(842);
    expect(Math.round(Number(box?.[2]))).toBe(595);
    // The map was printed as a picture of what was on screen (a WebGL canvas can print blank).
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
  });
});
