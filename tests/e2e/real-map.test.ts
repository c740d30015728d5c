// The map as ground: rivers that open their own panel, the water paragraph lighting the basins and
// the ice, and a route panel that lists its legs with drawn and published lengths: one page load, the
// checks in sequence, each moved to by a link in the page (as a reader follows one).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from './chrome';
import { Atlas, axeViolations } from './atlas';

let browser: Browser;
let atlas: Atlas;

// One page for all of it, opened on the first view: each check leaves the panel closed for the next.
beforeAll(async () => {
  browser = await launch();
  atlas = new Atlas(await watchedPage(browser, { reducedMotion: 'reduce' }), inject('baseUrl'));
  await atlas.given.opened();
});
afterAll(async () => {
  await browser?.close();
});

async function closePanel() {
  if (await atlas.then.panelCount()) {
    await atlas.when.escape();
    await atlas.then.panelCloses();
  }
}

describe('rivers and lakes', () => {
  it('the legend hides and shows the physical geography', async () => {
    const { when, then } = atlas;
    const visibility = () => atlas.page.evaluate(() => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getLayoutProperty('physical-river', 'visibility'));
    await atlas.page.getByLabel('Physical geography').uncheck();
    expect(await visibility()).toBe('none');
    await atlas.page.getByLabel('Physical geography').check();
    expect(await visibility()).not.toBe('none');
    await when.wait(50);
    expect(then.pageErrors()).toEqual([]);
  });

  it('"Read the declaration" → the water paragraph lights both basins, the Aral Sea and the glaciers', async () => {
    const { when, then } = atlas;
    expect(await then.litWater()).toEqual({ water: [], glaciersLit: false });
    await when.pressButton(/Read/);
    await then.panelOpens('New York Declaration');
    await when.followLink('Passage energy-climate-2');
    await then.panelOpens('Enhancing Energy Security');
    const lit = await then.litWater();
    expect(lit.water).toEqual(expect.arrayContaining(['amu-darya', 'syr-darya', 'aral-sea', 'naryn', 'panj']));
    expect(lit.glaciersLit).toBe(true);
    await closePanel();
  });

  it('a click on the Amu Darya opens its panel: the states it crosses, downstream, and the water passages', async () => {
    const { when, then } = atlas;
    // The lower Amu Darya, between Turkmenistan and Uzbekistan, away from the routes.
    await when.setHash('map=5.8/41.2/61.2');
    await then.mapStill();
    await when.clickWater('amu-darya');
    await then.panelOpens('Amu Darya');
    // The panel says "Loading…" until the rivers and lakes file is in; the map is moving to the river meanwhile.
    await then.panelShows('Tajikistan → Afghanistan');
    const text = await then.panelText();
    expect(text).toMatch(/Tajikistan → Afghanistan → Uzbekistan → Turkmenistan/);
    expect(text).toContain('water security');
    expect(await then.hash()).toContain('sel=water:amu-darya');
    expect(await then.litWater()).toMatchObject({ water: ['amu-darya'] });
    expect(then.pageErrors()).toEqual([]);
    await closePanel();
  });

  it('a link to a lake on its own, followed in the page, frames the lake', async () => {
    const { when, then } = atlas;
    // The view before is the Amu Darya's frame, about zoom 5.2 over 65° E.
    const before = await then.camera();
    await when.setHash('sel=water:issyk-kul');
    await then.panelOpens('Issyk-Kul');
    // Not mapStill alone: under load the panel can be drawn and the map read as still in the frame
    // before the camera starts to move (CI once read the Amu Darya's zoom 5.23 here).
    await then.cameraLeaves(before);
    const cam = await then.camera();
    // Issyk-Kul spans about 76.2–78.6° E and 41.9–42.9° N.
    expect(cam?.zoom).toBeGreaterThan(6);
    expect(cam?.lon).toBeGreaterThan(76);
    expect(cam?.lon).toBeLessThan(79);
    expect(cam?.lat).toBeGreaterThan(41.5);
    expect(cam?.lat).toBeLessThan(43.5);
    await closePanel();
  });
});

describe('a route panel', () => {
  it('the core Middle Corridor lists its legs with drawn and published lengths and sums up the journey', async () => {
    const { when, then } = atlas;
    await when.setHash('sel=middle-corridor-core');
    await then.panelOpens('Middle Corridor');
    const text = await then.panelText();
    expect(text).toMatch(/[\d,]+ km along the drawn line/);
    expect(text).toMatch(/836 km\s+published/);
    expect(text).toContain('Legs of the route, in order');
    expect(text).toMatch(/Dostyk\s*→\s*Aktogay/);
    expect(text).toMatch(/gauge/i);
    await then.mapStill();
    expect(await axeViolations(atlas.page)).toEqual([]);
  });
});
