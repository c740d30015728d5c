// Offline on a second visit: after one visit the service worker serves the whole atlas, so a deep
// link opened in a fresh navigation with no network still draws the map and opens the panel.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cspViolations, launch, waitForMapIdle } from './chrome';

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

async function offlineDeepLink(url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(url);
    await waitForMapIdle(page);
    await controlled(page);
    const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
    expect(manifest).toBe('./manifest.webmanifest');

    await context.setOffline(true);
    await page.goto('about:blank');
    const res = await page.goto(`${url}#sel=TJK`);
    expect(res?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await waitForMapIdle(page);
    await page.locator('#panel-title', { hasText: 'Tajikistan' }).waitFor();
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
    await offlineDeepLink(inject('baseUrl'));
  });

  it('opens a deep link with no network under a sub-path', async () => {
    await offlineDeepLink(inject('subPathUrl'));
  });
});
