// The atlas in Russian, in real Chromium: a Russian deep link (the header, the legend, the panel and
// the map's labels in Russian; the declaration's quotes in English, marked so; axe), the commitments'
// count with its Russian plural, the switch from English and back (remembered, in the address), a
// language the atlas does not have, the embed snippet, and an English first load that fetches nothing
// of Russian. Four page loads with a map, each serving several checks in turn. Exports in Russian are in exports-ru.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { declaration } from '../../src/content';
import { commitmentsOn, resolveCommitments } from '../../src/content/commitments';
import { LAST_DAY } from '../../src/state/url';
import { axeViolations, settle, waitForMapIdle } from './atlas';
import { launch, watchedPage, type Watched } from './chrome';
import { EN, NAMES_RU, RU } from './words';


let browser: Browser;
let w: Watched;
let requests: string[] = [];
const base = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context and document at `path` (query and hash), every request recorded. */
async function open(path: string) {
  await w?.page.context().close();
  w = await watchedPage(browser, { reducedMotion: 'reduce' });
  requests = [];
  w.page.on('request', (r) => requests.push(r.url()));
  await w.page.goto('about:blank');
  await w.page.goto(`${base()}${path}`);
  await waitForMapIdle(w.page);
  await settle(w.page);
}

const russianOnly = (urls: string[]) => urls.filter((u) => /1024-1279\.pbf|\/assets\/(?:ru|ru\.later|names)-[\w-]+\.js/.test(decodeURI(u)));
const panelTitle = () => w.page.locator('#panel-title').innerText();

describe('a Russian deep link: ?lang=ru#sel=KAZ (one page)', () => {
  beforeAll(() => open('?lang=ru#sel=KAZ'));

  it('is a Russian page: <html lang>, the title, the header and the legend', async () => {
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await w.page.title()).toBe(RU['app.documentTitle']);
    await expect.poll(() => w.page.locator('.app-header h1').innerText()).toBe(RU['app.name']);
    expect(await w.page.getByRole('button', { name: RU['app.tour'], exact: true }).count()).toBe(1);
    expect(await w.page.locator('.legend').innerText()).toContain(RU['legend.layer.places'] ?? 'Места');
    expect(await w.page.locator('.lang-switch').inputValue()).toBe('ru');
  });

  it('names Kazakhstan in Russian in the panel, and quotes the declaration in English, marked and explained', async () => {
    await expect.poll(panelTitle).toContain(NAMES_RU.countries.KAZ);
    expect(await w.page.locator('.side-panel .official-text').innerText()).toBe(RU['declaration.officialText']);
    const quote = w.page.locator('.side-panel blockquote[lang="en"]').first();
    expect(await quote.innerText()).toMatch(/Trans-Caspian Trade Route/);
    // Our own sentences around it are Russian: the reasons a passage applies.
    expect(await w.page.locator('.side-panel .reasons').first().innerText()).toMatch(/[а-я]/);
  });

  it('draws the map’s labels from the Russian names, with the Cyrillic glyphs it fetched', async () => {
    const field = await w.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: { getLayoutProperty: (l: string, p: string) => unknown } }).__atlasMap;
      return JSON.stringify(map.getLayoutProperty('country-label', 'text-field'));
    });
    expect(field).toContain(NAMES_RU.countries.KAZ);
    expect(russianOnly(requests).some((u) => u.includes('1024-1279.pbf'))).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('passes axe in Russian', async () => {
    expect(await axeViolations(w.page)).toEqual([]);
  });

  it('writes an embed snippet that opens in Russian', async () => {
    await w.page.getByRole('button', { name: RU['app.embed'], exact: true }).click();
    const snippet = await w.page.locator('.modal textarea').first().inputValue();
    expect(snippet).toContain('lang=ru');
    expect(snippet).toContain('sel=KAZ');
    await w.page.keyboard.press('Escape');
  });
});

describe('?lang=ru#sel=commitments&asof=latest: the count with its Russian plural (one page)', () => {
  beforeAll(() => open(`?lang=ru#sel=commitments&asof=latest`));

  it('counts the commitments in the CLDR form of their number', async () => {
    const n = commitmentsOn(resolveCommitments(declaration), LAST_DAY).length;
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'обязательство', few: 'обязательства', many: 'обязательств', other: 'обязательства' };
    const form = forms[new Intl.PluralRules('ru').select(n)];
    await expect.poll(() => w.page.locator('.side-panel .tally').innerText()).toContain(`${n} ${form}`);
    expect(await w.page.locator('.side-panel').innerText()).toContain(RU['commitmentStatus.in-progress']);
  });

  it('passes axe in Russian', async () => {
    expect(await axeViolations(w.page)).toEqual([]);
  });
});

describe('the switch: English first, then Russian, remembered, then English again (one context)', () => {
  beforeAll(() => open('#sel=KAZ'));

  it('loads nothing of Russian for an English reader', async () => {
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(panelTitle).toContain('Kazakhstan');
    expect(russianOnly(requests)).toEqual([]);
  });

  it('turns the page, the panel and the map Russian, without a reload, and writes ?lang=ru', async () => {
    await w.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await w.page.locator('.lang-switch').selectOption('ru');
    await expect.poll(() => w.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expect.poll(panelTitle).toContain(NAMES_RU.countries.KAZ);
    expect(await w.page.locator('.app-header h1').innerText()).toBe(RU['app.name']);
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('ru');
    expect(new URL(w.page.url()).hash).toContain('sel=KAZ');
    expect(await w.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect
      .poll(() => w.page.evaluate(() => JSON.stringify((window as unknown as { __atlasMap: { getLayoutProperty: (l: string, p: string) => unknown } }).__atlasMap.getLayoutProperty('country-label', 'text-field'))))
      .toContain(NAMES_RU.countries.KAZ);
  });

  it('remembers the choice: a new visit with no lang in the address opens in Russian', async () => {
    await w.page.goto('about:blank');
    await w.page.goto(base());
    await waitForMapIdle(w.page);
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('ru');
  });

  it('goes back to English', async () => {
    await w.page.locator('.lang-switch').selectOption('en');
    await expect.poll(() => w.page.locator('.app-header h1').innerText()).toBe(EN['app.name']);
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('en');
  });
});

describe('a language the atlas does not have', () => {
  it('?lang=xx opens in English with a notice that names it', async () => {
    // Only the page is needed, not the map: no wait for it to idle.
    await w?.page.context().close();
    w = await watchedPage(browser, { reducedMotion: 'reduce' });
    await w.page.goto(`${base()}?lang=xx`);
    await expect.poll(() => w.page.locator('.notices').innerText()).toContain('“xx”');
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
