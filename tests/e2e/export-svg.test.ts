// "Export SVG" in the browser: from the served build and from the single file opened from disk, the
// Export dialog's SVG downloads a file the browser's own parser reads as SVG, holding the selected
// route's legs and the title as text, with no request beyond the atlas's own files.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launch, watchedPage } from './chrome';
import { Atlas, cspViolations, waitForMapIdle } from './atlas';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = 'The C5+1 New York Declaration, 21 September 2023';

/** Opens the Export dialog from the header, picks SVG and resolves with the download. */
async function exportSvg(page: Page): Promise<Download> {
  await page.getByRole('button', { name: 'Export PNG' }).first().click();
  const modal = page.locator('.modal');
  await modal.waitFor();
  await modal.getByRole('radio', { name: /^SVG/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), modal.getByRole('button', { name: 'Export SVG' }).click()]);
  await modal.getByRole('status').filter({ hasText: '.svg' }).waitFor();
  return download;
}

interface Read {
  errors: number;
  root: string;
  ns: string | null;
  attrs: (string | null)[];
  title: string | null;
  legs: number;
  selectedLegs: number;
  labels: number;
}

/** The file as the browser's DOMParser reads it: what a layout tool will see. */
function readInPage(page: Page, svg: string): Promise<Read> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const legs = [...doc.querySelectorAll('#routes-track [data-route="middle-corridor-core"]')];
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: root.localName,
      ns: root.namespaceURI,
      attrs: ['width', 'height', 'viewBox'].map((a) => root.getAttribute(a)),
      title: doc.getElementById('title')?.textContent ?? null,
      legs: legs.length,
      selectedLegs: legs.filter((l) => l.getAttribute('data-selected') === 'true').length,
      labels: doc.querySelectorAll('#labels text').length,
    };
  }, svg);
}

function expectValid(read: Read) {
  expect(read.errors).toBe(0);
  expect(read.root).toBe('svg');
  expect(read.ns).toBe('http://www.w3.org/2000/svg');
  expect(read.attrs).toEqual(['1920', '1080', '0 0 1920 1080']);
  expect(read.title).toBe(TITLE);
  expect(read.legs).toBeGreaterThan(0);
  expect(read.selectedLegs).toBe(read.legs);
  expect(read.labels).toBeGreaterThan(10);
}

describe('Export SVG', () => {
  it('from the served build: a valid SVG of the view with the selected route and the title', async () => {
    const atlas = new Atlas(await watchedPage(browser, { reducedMotion: 'reduce', acceptDownloads: true }), inject('baseUrl'));
    try {
      await atlas.given.opened({ hash: 'sel=middle-corridor-core' });
      const download = await exportSvg(atlas.page);
      expect(download.suggestedFilename()).toMatch(/^corridor-atlas-middle-corridor-dostyk-.*-\d{4}-\d{2}-\d{2}\.svg$/);
      const svg = readFileSync((await download.path())!, 'utf8');
      expectValid(await readInPage(atlas.page, svg));
      expect(atlas.then.foreignRequests()).toEqual([]);
      expect(await atlas.then.cspViolations()).toEqual([]);
    } finally {
      await atlas.page.context().close();
    }
  }, 60_000);

  it('from the single file on disk, with no request at all', async () => {
    const file = resolve('dist-single/index.html');
    if (!existsSync(file)) throw new Error('dist-single/index.html is missing: run `npm run build:single` first.');
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith('data:') && !u.startsWith('blob:') && u.split(/[?#]/)[0] !== url) requests.push(u);
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(`${url}#sel=middle-corridor-core`);
      await waitForMapIdle(page);
      const download = await exportSvg(page);
      expect(download.suggestedFilename()).toMatch(/\.svg$/);
      expectValid(await readInPage(page, readFileSync((await download.path())!, 'utf8')));
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
