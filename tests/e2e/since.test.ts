// "Since 2023" in real Chromium: the list of commitments and its filters, one commitment lit up on the
// map, a route's status now with its date and source, the switch between September 2023 and now, and
// axe on each of these views. Self-contained: only the launch helpers of ./chrome and the wait helpers of
// ./atlas are used; the lead may port it onto the Atlas driver. Three page loads, each serving several
// checks in sequence (one describe, one page); the step=99 clamp is a reducer test (app-state.test.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { declaration } from '../../src/content';
import { STATUS_LABELS, commitmentsOn, resolveCommitments, tallyText } from '../../src/content/commitments';
import { ROUTE_STATUS_NOW } from '../../src/content/status-now';
import { settle, waitForMapIdle } from './atlas';
import { launch, watchedPage, type Watched } from './chrome';

let browser: Browser;
let w: Watched;
const base = () => inject('baseUrl');
const commitments = resolveCommitments(declaration);
const LABELS = Object.values(STATUS_LABELS);

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
/** A fresh page at the link: each describe below opens one and runs its checks on it in turn. */
async function open(hash = '') {
  // The last describe's page is done with: closed, so it draws nothing behind this one.
  await w?.page.context().close();
  w = await watchedPage(browser, { reducedMotion: 'reduce' });
  await w.page.goto('about:blank');
  await w.page.goto(`${base()}${hash ? `#${hash}` : ''}`);
  await waitForMapIdle(w.page);
  await settle(w.page);
}

/** axe with the tags the issue names, on the whole page as it stands. */
async function axe(page: Page): Promise<string[]> {
  const src = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(src);
  return page.evaluate(async () => {
    type Axe = { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const r = await (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const items = () => w.page.locator('.side-panel ul.commitments > li');
const tally = () => w.page.locator('.side-panel .tally').innerText();

describe('sel=commitments and one commitment (one page)', () => {
  beforeAll(() => open());

  it('opens from the legend’s "Since 2023" entry point', async () => {
    await w.page.getByRole('button', { name: 'What became of the commitments' }).click();
    await w.page.locator('.side-panel ul.commitments').waitFor();
    expect(new URL(w.page.url()).hash).toContain('sel=commitments');
  });

  it('lists every commitment with one of the four status labels, and the filters change the list and the counts', async () => {
    expect(await items().count()).toBe(commitments.length);
    const labels = await w.page.locator('.side-panel ul.commitments > li .status').allInnerTexts();
    expect(labels).toHaveLength(commitments.length);
    for (const l of labels) expect(LABELS).toContain(l);
    expect(await tally()).toMatch(new RegExp(`^${commitments.length} commitments: `));

    const done = commitments.filter((c) => c.status === 'done').length;
    await w.page.getByLabel('Status', { exact: true }).selectOption('done');
    expect(await items().count()).toBe(done);
    expect(await tally()).toMatch(new RegExp(`^${done} of ${commitments.length} commitments: ${done} done, 0 in progress`));

    await w.page.getByLabel('Status', { exact: true }).selectOption('');
    await w.page.getByLabel('State', { exact: true }).selectOption('USA');
    const usa = await items().count();
    expect(usa).toBeGreaterThan(0);
    expect(usa).toBeLessThanOrEqual(commitments.length);
    await w.page.getByLabel('Theme', { exact: true }).selectOption({ index: 1 });
    expect(await items().count()).toBeLessThanOrEqual(usa);

    expect(await axe(w.page)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    // Every filter back to "all", for the next check on this page.
    for (const f of ['Status', 'State', 'Theme']) await w.page.getByLabel(f, { exact: true }).selectOption({ index: 0 });
    expect(await items().count()).toBe(commitments.length);
  });

  const id = 'energy-climate-1.s1';
  const c = commitments.find((x) => x.id === id)!;

  it('opens one from the list: the sentence, its status and timeline, and its features lit on the map', async () => {
    await w.page.locator('.side-panel ul.commitments').getByRole('link', { name: c.title.en, exact: true }).click();
    await w.page.locator('.commitment-quote').waitFor();
    expect(new URL(w.page.url()).hash).toContain(`sel=commitment:${id}`);
    expect(await w.page.locator('#panel-title').innerText()).toContain(c.title.en);
    expect(await w.page.locator('.commitment-quote').innerText()).toBe(c.text);
    expect(await w.page.locator('.side-panel .facts .status').innerText()).toBe(STATUS_LABELS[c.status]);
    if (c.events.length) expect(await w.page.locator('.timeline > li').count()).toBe(c.events.length);
    await settle(w.page);
    const lit = await w.page.evaluate((routes) => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      return routes.map((r) => map.getFeatureState({ source: 'routes', id: r }).related === true);
    }, c.concerns.routes ?? []);
    expect(lit.length).toBeGreaterThan(0);
    expect(lit.every(Boolean)).toBe(true);
    expect(await axe(w.page)).toEqual([]);
  });
});

describe('the map at any date (one page)', () => {
  beforeAll(() => open('asof=2024-06-01&sel=commitments'));

  const drawnAs = () =>
    w.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const on = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).some((f) => f.properties.route === 'casa-1000' && f.properties.leg === 0);
      return { operating: on('routes-operating'), building: on('routes-under-construction') };
    });
  const hashAsOf = () => new URLSearchParams(new URL(w.page.url()).hash.slice(1)).get('asof');
  const slider = () => w.page.getByRole('slider', { name: 'Map date' });

  it('#asof=2024-06-01 shows the map, the legend and the commitments as of that day', async () => {
    await items().first().waitFor();
    expect(await w.page.locator('#legend-asof').innerText()).toBe('Track on 1 June 2024');
    expect(await w.page.locator('.legend-evidence').innerText()).toMatch(/^Evidence up to March 2026; searched \d{1,2} \w+ 2026$/);
    expect(await slider().getAttribute('aria-valuetext')).toBe('1 June 2024');
    const then = commitmentsOn(commitments, '2024-06-01');
    expect(await tally()).toBe(`${then.length} commitments: ${tallyText(then)}.`);
    expect(await tally()).not.toBe(`${commitments.length} commitments: ${tallyText(commitments)}.`);
    expect(await w.page.locator('.side-panel').innerText()).toMatch(/Statuses as they stood on 1 June 2024/);
    // Datka – Sughd (CASA-1000's first leg) was opened in 2025: on 1 June 2024 it is still being built.
    await settle(w.page);
    expect(await drawnAs()).toEqual({ operating: false, building: true });
    expect(await axe(w.page)).toEqual([]);
  });

  it('moves by keyboard: End to the newest evidence, PageDown a month back, Home to the summit; the address and the map follow', async () => {
    await slider().focus();
    await w.page.keyboard.press('End');
    await w.page.waitForFunction(() => location.hash.includes('asof=latest'));
    expect(await w.page.locator('#legend-asof').innerText()).toBe('Track at the newest evidence, March 2026');
    await settle(w.page);
    expect(await drawnAs()).toEqual({ operating: true, building: false });
    await w.page.keyboard.press('PageDown');
    await w.page.waitForFunction(() => location.hash.includes('asof=2026-02-28'));
    await w.page.keyboard.press('Home');
    await w.page.waitForFunction(() => !location.hash.includes('asof'));
    expect(await w.page.locator('#legend-asof').innerText()).toBe('Track at the summit, 19 September 2023');
    // The whole list: nothing was on the record on the summit's day.
    expect(await tally()).toBe(`${commitments.length} commitments: 0 done, 0 in progress, 0 stalled, ${commitments.length} no public record.`);
    expect(new URL(w.page.url()).hash).toContain('sel=commitments');
  });

  it('moves by mouse: a typed date, the next event, a mark on the strip', async () => {
    await w.page.getByLabel('Map date, typed').fill('2025-01-15');
    await w.page.waitForFunction(() => location.hash.includes('asof=2025-01-15'));
    const next = w.page.getByRole('button', { name: /^Next event: / });
    await next.click();
    await w.page.waitForFunction(() => !location.hash.includes('asof=2025-01-15'));
    expect(hashAsOf()! > '2025-01-15').toBe(true);
    // The slider's track itself: a click halfway along picks a day halfway between the ends.
    const box = (await slider().boundingBox())!;
    await slider().click({ position: { x: box.width / 2, y: box.height / 2 } });
    await w.page.waitForFunction(() => /asof=202[45]-/.test(location.hash));
    // Marks are a few pixels apart: dispatched on the one asked for, as a pointer would on a wide screen.
    const mark = w.page.locator('.date-mark').nth(3);
    const title = (await mark.getAttribute('title'))!;
    await mark.dispatchEvent('click');
    await w.page.locator('.date-mark-on').waitFor();
    expect(await w.page.locator('.date-mark-on').getAttribute('title')).toBe(title);
    expect(await slider().getAttribute('aria-valuetext')).toBe(title.split(':')[0]);
  });

  it('plays month by month under reduced motion, and stops at a key', async () => {
    await slider().focus();
    await w.page.keyboard.press('Home');
    await w.page.waitForFunction(() => !location.hash.includes('asof'));
    await w.page.getByRole('button', { name: 'Play' }).click();
    await w.page.waitForFunction(() => location.hash.includes('asof=2023-10-19'), undefined, { timeout: 10_000 });
    await w.page.waitForFunction(() => location.hash.includes('asof=2023-11-19'), undefined, { timeout: 10_000 });
    expect(await w.page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    await w.page.keyboard.press('Shift');
    await w.page.getByRole('button', { name: 'Play' }).waitFor();
    const stopped = hashAsOf();
    await w.page.waitForTimeout(2_500);
    expect(hashAsOf()).toBe(stopped);
    expect(w.pageErrors).toEqual([]);
    expect(await axe(w.page)).toEqual([]);
  });
});

describe('asof=latest with a route (one page)', () => {
  beforeAll(() => open('asof=latest&sel=casa-1000'));

  it('#asof=latest&sel=casa-1000 shows the route’s status now, with its evidence and search dates and an article source', async () => {
    const panel = w.page.locator('.side-panel .route-status');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toMatch(/Service\s+September 2023: Service planned/);
    expect(text).toMatch(/Track\s+September 2023: In use: \d+ legs, [\d,]+ km; Under construction/);
    expect(text).toMatch(/Since 2023 \(evidence up to \w+ 20\d\d; searched \d{1,2} \w+ 2026\)/);
    const hrefs = await panel.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(ROUTE_STATUS_NOW['casa-1000'].sources.length);
    for (const h of hrefs) expect(new URL(h).pathname.length).toBeGreaterThan(1);
    expect(await w.page.locator('#legend-asof').innerText()).toBe('Track at the newest evidence, March 2026');
    expect(await axe(w.page)).toEqual([]);
  });
});

describe('a state, then the tour (one page)', () => {
  beforeAll(() => open('sel=KGZ'));

  it('Kyrgyzstan’s panel quotes sentences, not the opening, and lists its commitments since 2023', async () => {
    await w.page.locator('.side-panel').getByRole('heading', { name: /^Since 2023 \(\d+\)$/ }).waitFor();
    expect(await w.page.locator('.side-panel #q-preamble-1').count()).toBe(0);
    const first = w.page.locator('.side-panel .passage').first();
    const before = (await first.locator('blockquote').innerText()).length;
    await first.getByRole('button', { name: 'Show the whole paragraph' }).click();
    expect((await first.locator('blockquote').innerText()).length).toBeGreaterThan(before);
    expect(await axe(w.page)).toEqual([]);
  });

  it('the tour closes on "Since New York" with the tallies', async () => {
    await w.page.getByRole('button', { name: 'Tour', exact: true }).click();
    await w.page.locator('.tour-progress', { hasText: '1 / ' }).waitFor();
    await w.page.keyboard.press('End');
    await w.page.locator('.tour').getByText('Since New York').waitFor();
    expect(await w.page.locator('.tour').innerText()).toMatch(/\d+ commitments stand at \d+ done, \d+ in progress/);
  });
});
