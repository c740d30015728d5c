// Offline on a second visit: after one visit the service worker serves the whole atlas, so a deep
// link opened in a fresh navigation with no network still draws the map and opens the panel.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/serve';
import { cspViolations, waitForMapIdle } from './atlas';
import { launch } from './chrome';

/** The build the browser tests serve (global-setup.ts): the production build plus the map hook. */
const E2E_DIR = 'dist-e2e';

/** Every file of the build the atlas may need: code (also the lazy chunks), fonts, data, icons. */
function builtFiles(dir = E2E_DIR): string[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .filter((f) => f !== 'sw.js' && !/^workbox-/.test(f))
    .sort();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
}

/** The PNG export, drawn and downloaded in the page (its code is a lazy chunk). */
async function exportsPng(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export PNG' }).first().click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.locator('.modal-actions button', { hasText: 'Export PNG' }).click();
  return (await download).suggestedFilename();
}

async function offlineDeepLink(url: string, { exportPng = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(url);
    await waitForMapIdle(page);
    await controlled(page);
    const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
    expect(manifest).toBe('./manifest.webmanifest');
    // Search, the tour, the dialogs and PNG export are lazy chunks: all of them are in the cache.
    const cached = await page.evaluate(async () => {
      const out: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) out.push(decodeURIComponent(new URL(r.url).pathname));
      return out;
    });
    const prefix = new URL(url).pathname;
    const missing = builtFiles().filter((f) => !cached.includes(prefix + f));
    expect(missing).toEqual([]);

    await context.setOffline(true);
    await page.goto('about:blank');
    const res = await page.goto(`${url}#sel=TJK`);
    expect(res?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await waitForMapIdle(page);
    await page.locator('#panel-title', { hasText: 'Tajikistan' }).waitFor();
    if (exportPng) expect(await exportsPng(page)).toMatch(/^corridor-atlas-tajikistan-.*\.png$/);
    // The open data's stable URLs answer offline too (public/data/, precached with the build).
    const csv = await page.evaluate(() => fetch('data/commitments.csv').then((r) => (r.ok ? r.text() : `HTTP ${r.status}`)));
    expect(csv.split('\n')[0]).toMatch(/^commitment_id,/);
    // The network really is gone: a URL the worker has not cached fails.
    const reached = await page.evaluate(() => fetch('geo/countries.geojson?uncached=1').then(() => true, () => false));
    expect(reached).toBe(false);
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('offline on a second visit', () => {
  it('opens a deep link with no network at the root', async () => {
    await offlineDeepLink(inject('baseUrl'), { exportPng: true });
  });

  it('opens a deep link with no network under a sub-path', async () => {
    await offlineDeepLink(inject('subPathUrl'));
  });
});

describe('a new version', () => {
  it('is fetched on the next visit and waits for the user, while the open page keeps working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-update-'));
    cpSync(E2E_DIR, dir, { recursive: true });
    const server = await serveStatic({ root: dir });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForMapIdle(page);
      await controlled(page);
      // A new deploy: any change to the worker's precache list makes it a new version.
      appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
      await page.goto('about:blank');
      await page.goto(`${server.url}#sel=KGZ`);
      await waitForMapIdle(page);
      // Polled without an async predicate: waitForFunction treats a pending promise as truthy.
      await page.waitForFunction(
        () => {
          const w = window as unknown as { __waiting?: string | null };
          void navigator.serviceWorker.getRegistration().then((r) => (w.__waiting = r?.waiting?.state ?? null));
          return w.__waiting === 'installed';
        },
        undefined,
        { timeout: 60_000, polling: 250 },
      );
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      await page.locator('#panel-title', { hasText: 'Kyrgyzstan' }).waitFor();
      // What the notice's Reload does: the waiting version takes over.
      const switched = page.evaluate(() => new Promise<boolean>((ok) => navigator.serviceWorker.addEventListener('controllerchange', () => ok(true))));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting!.postMessage({ type: 'SKIP_WAITING' }));
      expect(await switched).toBe(true);
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
