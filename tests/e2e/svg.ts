// "Export SVG" in the browser, shared by the served build's case (present.test.ts) and the single
// file's (single-file.test.ts): the Export dialog's SVG downloads a file the browser's own parser
// reads as SVG, holding the selected route's legs (middle-corridor-core) and the title as text.
import { expect } from 'vitest';
import type { Download, Page } from 'playwright-core';

const TITLE = 'The C5+1 New York Declaration, 21 September 2023';

/** Opens the Export dialog from the header, picks SVG and resolves with the download. */
export async function exportSvg(page: Page): Promise<Download> {
  await page.getByRole('button', { name: 'Export PNG' }).first().click();
  const modal = page.locator('.modal');
  await modal.waitFor();
  await modal.getByRole('radio', { name: /^SVG/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), modal.getByRole('button', { name: 'Export SVG' }).click()]);
  await modal.getByRole('status').filter({ hasText: '.svg' }).waitFor();
  return download;
}

export interface SvgRead {
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
export function readSvgInPage(page: Page, svg: string): Promise<SvgRead> {
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

export function expectValidSvg(read: SvgRead) {
  expect(read.errors).toBe(0);
  expect(read.root).toBe('svg');
  expect(read.ns).toBe('http://www.w3.org/2000/svg');
  expect(read.attrs).toEqual(['1920', '1080', '0 0 1920 1080']);
  expect(read.title).toBe(TITLE);
  expect(read.legs).toBeGreaterThan(0);
  expect(read.selectedLegs).toBe(read.legs);
  expect(read.labels).toBeGreaterThan(10);
}
