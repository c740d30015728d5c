// "Cite this view" in real Chromium, from the served build: the Cite button opens the three
// citations of the view on screen (its permalink with the selection and the date, the atlas's
// version, the evidence month, today's access date), a Copy announces itself, axe finds nothing on
// the open dialog; and switched to Russian, the dialog and the citations speak Russian. One page load.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { version } from '../../package.json';
import { EVIDENCE_MONTH } from '../../data/evidence';
import { citeDate, localDay } from '../../src/export/cite';
import { axeViolations } from './atlas';
import { launch, watchedPage, type Watched } from './chrome';
import { EN, NAMES_RU, RU } from './words';


let browser: Browser;
let w: Watched;
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string) {
  w = await watchedPage(browser, { reducedMotion: 'reduce' });
  await w.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await w.page.goto(`${base()}${path}`);
  // The citation needs the content (the selection's title), not a still map: the map part of the hash may come or not.
  await w.page.locator('.app[data-ready]').waitFor();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const citations = () => Promise.all(['apa', 'chicago', 'bibtex'].map((s) => w.page.locator(`#cite-${s}`).inputValue()));

describe('#sel=KAZ&asof=2024-06-01: Cite in English, then in Russian (one page)', () => {
  beforeAll(() => open('#sel=KAZ&asof=2024-06-01'));

  it('gives APA, Chicago and BibTeX of the view: its permalink, the version, the evidence month, today', async () => {
    await w.page.getByRole('button', { name: EN['app.cite'], exact: true }).click();
    const dialog = w.page.getByRole('dialog', { name: EN['cite.title'] });
    await dialog.waitFor();
    const [apa, chicago, bibtex] = await citations();
    const today = localDay(new Date());
    for (const [style, text] of Object.entries({ apa, chicago, bibtex })) {
      // The permalink: the language, then the hash the app keeps (the map's view first, once the map has one); BibTeX escapes its # inside \url{…}.
      const hash = style === 'bibtex' ? '\\\\#' : '#';
      expect(text, style).toMatch(new RegExp(`${escape(base())}\\?lang=en${hash}(?:map=[\\d./-]+&)?sel=KAZ&asof=2024-06-01`));
      expect(text, style).toContain(version);
      expect(text, style).toContain(citeDate(EVIDENCE_MONTH, 'en'));
      expect(text, style).toContain(style === 'bibtex' ? `urldate = {${today}}` : citeDate(today, 'en'));
      expect(text, style).toContain('Kazakhstan, as of June 1, 2024');
    }
    expect(apa).toMatch(/^Corridor Atlas contributors\. \(n\.d\.\)\. /);
    expect(chicago).toContain('Accessed ');
    expect(bibtex).toMatch(/^@misc\{corridor-atlas-KAZ-2024-06-01,/);
  });

  it('says what Copy did in a live region, and puts the citation on the clipboard', async () => {
    const status = w.page.locator('.modal [role="status"]');
    expect(await status.innerText()).toBe('');
    await w.page.getByRole('button', { name: 'Copy Chicago' }).click();
    await expect.poll(() => status.innerText()).toBe('Chicago citation copied to the clipboard.');
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe((await citations())[1]);
  });

  it('passes axe with the dialog open, and Esc closes it back to the button', async () => {
    expect(await axeViolations(w.page)).toEqual([]);
    await w.page.keyboard.press('Escape');
    await w.page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe(EN['app.cite']);
    expect(w.pageErrors).toEqual([]);
  });

  // The same page switched to Russian: the citation follows the reader's language without a reload.
  it('in Russian: names the button, the dialog and the citations in Russian, with the Russian permalink', async () => {
    await w.page.locator('.lang-switch').selectOption('ru');
    await w.page.getByRole('button', { name: RU['app.cite'], exact: true }).waitFor();
    await w.page.getByRole('button', { name: RU['app.cite'], exact: true }).click();
    await w.page.getByRole('dialog', { name: RU['cite.title'] }).waitFor();
    const [apa, chicago, bibtex] = await citations();
    const kaz = NAMES_RU.countries.KAZ;
    expect(apa).toContain(`${kaz}, на 1 июня 2024 г. [Интерактивная карта]`);
    expect(apa).toContain(`Дата обращения: ${citeDate(localDay(new Date()), 'ru')}`);
    expect(chicago).toContain(`«${kaz}, на 1 июня 2024 г.».`);
    expect(chicago).toContain('Атлас коридоров: Нью-Йоркская декларация C5+1 на карте');
    expect(bibtex).toContain('langid = {russian}');
    for (const text of [apa, chicago]) expect(text).toMatch(new RegExp(`${escape(base())}\\?lang=ru#(?:map=[\\d./-]+&)?sel=KAZ&asof=2024-06-01`));
    expect(await w.page.getByRole('button', { name: 'Копировать APA' }).count()).toBe(1);
    expect(await axeViolations(w.page)).toEqual([]);
  });
});
