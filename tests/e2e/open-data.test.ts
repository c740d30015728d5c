// "Download data" from the served build: all data as a zip (a Frictionless Data Package), this
// selection as data at #sel=KAZ, an unknown selection that downloads nothing and says why, and the
// embed's own "Download data". Waits for the data (data-ready), not for the map to draw. From the
// single file: single-file.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { launch, watchedPage } from './chrome';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, hash: string): Promise<{ page: Page; downloads: Download[] }> {
  const { page } = await watchedPage(browser, { reducedMotion: 'reduce', acceptDownloads: true });
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.goto(`${inject('baseUrl')}${query}#${hash}`);
  await page.locator('.app[data-ready]').waitFor({ timeout: 30_000 });
  return { page, downloads };
}

async function take(page: Page, button: string) {
  const modal = page.locator('.modal');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), modal.getByRole('button', { name: button }).click()]);
  return JSZip.loadAsync(readFileSync((await download.path())!));
}

describe('Download data', () => {
  it('all data: a data package with the GeoJSON, one CSV row per event, the declaration and the series', async () => {
    const { page } = await open('', 'sel=KAZ');
    await page.locator('.app-header').getByRole('button', { name: 'Download data' }).click();
    const zip = await take(page, 'All data (zip)');
    expect(Object.keys(zip.files).sort()).toEqual(['commitments.csv', 'datapackage.json', 'declaration.json', 'places.geojson', 'routes.geojson', 'series.csv', 'states.geojson']);
    // The zip is the package the build wrote to data/ (public/data/, written by npm run data and copied by every build).
    for (const name of Object.keys(zip.files)) {
      const served = await fetch(`${inject('baseUrl')}data/${name}`);
      expect(served.ok, name).toBe(true);
      expect(await zip.file(name)!.async('string'), name).toBe(await served.text());
    }
    const pkg = JSON.parse(await zip.file('datapackage.json')!.async('string'));
    expect(pkg.profile).toBe('data-package');
    for (const r of pkg.resources) expect([r.licenses.length > 0, r.sources.length > 0]).toEqual([true, true]);
    const csv = await zip.file('commitments.csv')!.async('string');
    expect(csv.split('\r\n')[0]).toMatch(/^commitment_id,sentence_id,title,/);
    expect(csv).toContain('\r\nresilience-1.s4,resilience-1.s4,');
    const routes = JSON.parse(await zip.file('routes.geojson')!.async('string'));
    expect(routes.type).toBe('FeatureCollection');
    expect(routes.features.find((f: { properties: { id: string } }) => f.properties.id === 'middle-corridor-core').properties.legs.length).toBeGreaterThan(1);

    // This selection (Kazakhstan): its feature and the commitments concerning it.
    const sel = await take(page, 'This selection as data (zip)');
    const states = JSON.parse(await sel.file('states.geojson')!.async('string'));
    expect(states.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['KAZ']);
    expect(sel.file('commitments.csv')).not.toBeNull();
    expect(await page.locator('.modal [role="status"]').innerText()).toMatch(/corridor-atlas-data-state-kaz\.zip/);
    await page.context().close();
  }, 40_000);

  it('an unknown selection downloads nothing and says why; the embed has its own button', async () => {
    const { page, downloads } = await open('?embed=1', 'sel=NOWHERE');
    await page.locator('.embed-links').getByRole('button', { name: 'Download data' }).click();
    const modal = page.locator('.modal');
    const button = modal.getByRole('button', { name: 'This selection as data (zip)' });
    await expect(button.isDisabled()).resolves.toBe(true);
    await expect(modal.innerText()).resolves.toContain('Nothing is selected');
    await button.click({ force: true }).catch(() => undefined);
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    await page.context().close();
  }, 40_000);
});
