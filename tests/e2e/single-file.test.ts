// The single-file build (`npm run build:single`) opened from disk: no server, no network. The map
// draws, a deep link opens its panel, it exports (PNG, SVG, data) and cites, and the host-page API
// still works when a page frames it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { cspViolations, waitForMapIdle } from './atlas';
import { launch } from './chrome';
import { exportSvg, expectValidSvg, readSvgInPage } from './svg';
import { version } from '../../package.json';
import { EVIDENCE_MONTH } from '../../data/evidence';
import { citeDate, localDay } from '../../src/export/cite';

const FILE = resolve('dist-single/index.html');
const PAGE = pathToFileURL(FILE).href;

let browser: Browser;
let hostDir: string;
beforeAll(async () => {
  if (!existsSync(FILE)) throw new Error('dist-single/index.html is missing: run `npm run build:single` first.');
  browser = await launch();
  hostDir = mkdtempSync(join(tmpdir(), 'atlas-host-'));
});
afterAll(async () => {
  await browser?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** Every request the page makes other than the file itself and its own data:/blob: URLs. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (url.split(/[?#]/)[0] === PAGE) return;
    seen.push(url);
  });
  return seen;
}

describe('single-file build from file://: one page, each export in turn', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  const errors: string[] = [];
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true });
    page = await context.newPage();
    requests = recordRequests(page);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${PAGE}#sel=TJK`);
    await waitForMapIdle(page);
  });
  afterAll(() => context?.close());
  const closeDialog = async () => {
    if (!(await page.getByRole('dialog').count())) return;
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  };

  it('draws the map and opens the Tajikistan panel from a deep link, with no service worker', async () => {
    await page.locator('#panel-title', { hasText: 'Tajikistan' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  });

  it('exports a PNG', async () => {
    await page.getByRole('button', { name: 'Export PNG' }).first().click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('.modal-actions button', { hasText: 'Export PNG' }).click();
    expect((await download).suggestedFilename()).toMatch(/^corridor-atlas-tajikistan-.*\.png$/);
  });

  it('cites the view: the link is the file’s, and the dialog says that it opens only here', async () => {
    await closeDialog();
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    await page.getByRole('dialog', { name: 'Cite this view' }).waitFor();
    const apa = await page.locator('#cite-apa').inputValue();
    expect(apa).toMatch(new RegExp(`${PAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?lang=en#(?:map=[\\d./-]+&)?sel=TJK`));
    expect(apa).toContain(version);
    expect(apa).toContain(citeDate(EVIDENCE_MONTH, 'en'));
    expect(apa).toContain(citeDate(localDay(new Date()), 'en'));
    expect(await page.getByRole('dialog').getByRole('note').innerText()).toMatch(/opens only here/);
  });

  it('downloads this selection as data (the package’s Tajikistan)', async () => {
    await closeDialog();
    await page.locator('.app-header').getByRole('button', { name: 'Download data' }).click();
    const modal = page.locator('.modal');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), modal.getByRole('button', { name: 'This selection as data (zip)' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const states = JSON.parse(await zip.file('states.geojson')!.async('string'));
    expect(states.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['TJK']);
    // The single file has no data/ folder beside it: the dialog points to the zip's own descriptor.
    expect(await modal.getByRole('link', { name: 'What each file holds' }).count()).toBe(0);
  });

  it('exports a route as a valid SVG (Export SVG)', async () => {
    await closeDialog();
    await page.evaluate(() => (window.location.hash = 'sel=middle-corridor-core'));
    await page.locator('#panel-title', { hasText: 'Middle Corridor' }).waitFor();
    const download = await exportSvg(page);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    expectValidSvg(await readSvgInPage(page, readFileSync((await download.path())!, 'utf8')));
  });

  it('made no request beyond the file, and no error or CSP violation', async () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('single-file build from file://', () => {
  it('opens in Russian from disk too: ?lang=ru, with its catalog, texts, names and glyphs inside the file', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const requests = recordRequests(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${PAGE}?lang=ru#sel=TJK`);
      await waitForMapIdle(page);
      await page.locator('#panel-title', { hasText: 'Таджикистан' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
      expect(await page.locator('.side-panel blockquote[lang="en"]').count()).toBeGreaterThan(0);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('answers the host-page API when framed by a page on disk', async () => {
    const host = join(hostDir, 'host.html');
    writeFileSync(
      host,
      `<!doctype html><meta charset="utf-8"><title>host</title>
<iframe id="atlas" src="${PAGE}?embed=1" width="1000" height="700"></iframe>
<script>
  window.got = [];
  addEventListener('message', (e) => { if (e.data && typeof e.data.type === 'string') window.got.push(e.data); });
</script>`,
    );
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(host).href);
      type Got = { got: { type: string; id?: string | null }[] };
      await page.waitForFunction(() => (window as unknown as Got).got.some((m) => m.type === 'atlas:ready'), undefined, { timeout: 60_000 });
      await page.evaluate(() => (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'atlas:select', id: 'KAZ' }, '*'));
      await page.waitForFunction(() => (window as unknown as Got).got.some((m) => m.type === 'atlas:selected' && m.id === 'KAZ'));
      await page.frameLocator('#atlas').locator('#panel-title', { hasText: 'Kazakhstan' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
