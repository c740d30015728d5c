// Exploring and reading, as a person does it: click a state or a route on the map, read its panel,
// follow links, come back with Back, use only the keyboard, open a deep link. Each page load serves
// several checks in sequence (a fresh load costs seconds of software WebGL); hostile links are in
// robust.test.ts, and what needs no real browser is in tests/components/.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from './chrome';
import { Atlas, STATES, jumpTo, type View } from './atlas';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Reduced motion: selections jump instead of flying, so the camera is still when we look.
const atlasFor = async (viewport = { width: 1280, height: 800 }) => new Atlas(await watchedPage(browser, { reducedMotion: 'reduce', viewport }), inject('baseUrl'));

describe('clicking the map (one page)', () => {
  let atlas: Atlas;
  let first: View;
  beforeAll(async () => {
    atlas = await atlasFor();
    await atlas.given.opened();
    first = await atlas.then.view();
  });
  afterAll(() => atlas?.page.context().close());
  /** Back to the first view with no panel, as a fresh load would be, without loading again. */
  async function firstView() {
    const { when, then } = atlas;
    if (await then.panelCount()) {
      await when.escape();
      await then.panelCloses();
    }
    await jumpTo(atlas.app, [{ lon: first.lng, lat: first.lat, zoom: first.zoom }]);
    await then.mapStill();
  }

  it('names what is under the pointer and shows it can be clicked', async () => {
    const { when, then } = atlas;
    await when.hoverState('KAZ');
    await then.tooltipShows();
    expect(await then.tooltip()).toBe('Kazakhstan');
    expect(await then.cursor()).toBe('pointer');
  });

  it('opens the right state, with the president who signed, for a click inside each of the five', async () => {
    const { when, then } = atlas;
    for (const { id, name, president } of STATES) {
      await firstView();
      await when.clickState(id);
      await then.panelOpens();
      expect(await then.panelTitle()).toContain(name);
      expect(await then.panelText()).toContain(president);
      expect(await then.hash()).toContain(`sel=${id}`);
      await when.escape();
      await then.panelCloses();
    }
    expect(then.pageErrors()).toEqual([]);
  });

  it('opens the Middle Corridor for a click near its Caspian crossing (within 8 px of the line)', async () => {
    const { when, then } = atlas;
    await firstView();
    // West of the line: the Kuryk ferry runs a few pixels east of it at this zoom.
    await when.clickRouteLeg('middle-corridor-core', 'sea', -5);
    await then.panelOpens();
    expect(await then.panelTitle()).toMatch(/Middle Corridor/);
    const text = await then.panelText();
    expect(text).toMatch(/Service\s+September 2023: Regular service/);
    expect(text).toMatch(/Track\s+September 2023: In use: \d+ legs/);
    expect(text).toMatch(/km along the drawn line/);
    expect(text).toContain('Trans-Caspian Trade Route');
    expect(await then.hash()).toContain('sel=middle-corridor-core');
    expect(then.pageErrors()).toEqual([]);
  });
});

describe('the keyboard, then history (one page)', () => {
  let atlas: Atlas;
  beforeAll(async () => {
    atlas = await atlasFor();
    await atlas.given.opened();
  });
  afterAll(() => atlas?.page.context().close());

  it('selects a state with Tab and Enter, and Esc returns focus to where it was', async () => {
    const { when, then } = atlas;
    expect(await when.tabTo('Tajikistan')).toBe(true);
    await when.press('Enter');
    await then.panelOpens('Tajikistan');
    expect(await then.focusedId()).toBe('panel-title');
    expect(await then.announcement()).toContain('Selected Tajikistan');
    await when.escape();
    await then.panelCloses();
    expect(await then.focusedText()).toBe('Tajikistan');
  });

  it('walks selections with Back and Forward', async () => {
    const { when, then } = atlas;
    await when.pressButton('Kazakhstan');
    await then.panelOpens('Kazakhstan');
    await when.openList('Toward South Asia');
    await when.pressButton(/CASA-1000/);
    await then.panelOpens('CASA-1000');
    await when.back();
    await then.panelOpens('Kazakhstan');
    await when.back();
    await then.panelCloses();
    await when.forward();
    await then.panelOpens('Kazakhstan');
    expect(then.pageErrors()).toEqual([]);
  });
});

describe('links', () => {
  it('restores the view and the panel from a deep link', async () => {
    const { given, then, page } = await atlasFor();
    await given.opened({ hash: 'map=5/42/60&sel=UZB' });
    expect(await then.panelTitle()).toContain('Uzbekistan');
    const view = await then.view();
    expect(view.zoom).toBeCloseTo(5, 1);
    expect(view.lat).toBeCloseTo(42, 0);
    expect(view.lng).toBeCloseTo(60, 0);
    await page.context().close();
  });
});

describe('small screens (one page, opened on a phone, then resized)', () => {
  let phone: Atlas;
  beforeAll(async () => {
    phone = await atlasFor({ width: 375, height: 812 });
    await phone.given.opened();
  });
  afterAll(() => phone?.page.context().close());

  it('opens on a phone with the five states across its width, and land and sea above and below them', async () => {
    const { then, when } = phone;
    const rendered = await then.rendered();
    expect(rendered.states).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    // Above and below them, the world beyond the detailed box: never the flat colour that used to
    // fill everything outside it (#e7e4dc), in the bands between the controls and the attribution.
    const map = await then.mapBox();
    const rows = [map.top + 80, map.top + 110, map.top + 140, map.bottom - 120, map.bottom - 90, map.bottom - 60];
    const points = rows.flatMap((y) => Array.from({ length: 15 }, (_, i) => ({ x: 10 + i * 25, y })));
    const OLD_OUTSIDE = [0xe7, 0xe4, 0xdc];
    const blank = (await then.pixelsAtScreen(points)).filter((c) => c.every((v, i) => Math.abs(v - OLD_OUTSIDE[i]) <= 4));
    expect(blank, 'pixels of the old outside colour').toEqual([]);
    expect(rendered.world, 'pieces of the world drawn').toBeGreaterThan(0);
    // Kazakhstan's west and east ends (the five states' extent) take most of the 375 px.
    const [west, east] = await when.screenPoints([[46.5, 45], [87.3, 49]]);
    expect(west.x).toBeGreaterThanOrEqual(0);
    expect(east.x).toBeLessThanOrEqual(375);
    expect(east.x - west.x).toBeGreaterThan(0.85 * 375);
  });

  it('is a bottom sheet on a phone, and nothing overflows at 320 px', async () => {
    await phone.when.resize(375, 700);
    await phone.when.setHash('sel=UZB');
    await phone.then.panelOpens();
    await phone.then.mapStill();
    for (const width of [375, 320]) {
      if (width !== 375) {
        await phone.when.resize(width, 700);
        await phone.then.mapStill();
      }
      const m = await phone.then.layout();
      expect(m.overflow, `${width}px`).toBe(0);
      expect(m.panelWidth, `${width}px`).toBe(width);
      // The map stays usable above the sheet.
      expect(m.panelTop, `${width}px`).toBeGreaterThan(250);
    }
  });
});

describe('assistive technology: axe on each distinct view (one page, the views opened by link in turn)', () => {
  let atlas: Atlas;
  beforeAll(async () => {
    atlas = await atlasFor();
    await atlas.given.opened();
  });

  // No panel, a state, a route, the declaration, a place, a programme, a route at a date with its series, a passage, the tour. One test
  // per view, so each gets the whole time budget on a loaded machine and a failure names its view.
  for (const hash of ['', 'sel=KAZ', 'sel=tapi-pipeline', 'sel=declaration', 'sel=place:aktau', 'sel=programme:pgi', 'asof=2025-01-15&sel=middle-corridor-core', 'sel=passage:security-1', 'step=3']) {
    it(`has no axe violations (WCAG 2.2 AA, best practice) with ${hash || 'no panel'} open`, async () => {
      const { when, then } = atlas;
      if (hash) {
        // From the closed state, so the wait below is for this view's panel, not the last one's.
        if (await then.panelCount()) {
          await when.escape();
          await then.panelCloses();
        }
        if (hash === 'step=3') {
          // A change of hash does not start the tour (only a link opened does): take the reader's way in.
          await when.pressButton('Tour');
          await then.tourAt('1 / ');
          await when.press('ArrowRight');
          await when.press('ArrowRight');
          await then.tourAt('3 / ');
          expect(await then.hashParam('step')).toBe('3');
        } else {
          await when.setHash(hash);
          await then.panelOpens();
        }
        await then.mapStill();
      }
      expect(await then.axeViolations(), hash || 'no panel').toEqual([]);
    });
  }
});
