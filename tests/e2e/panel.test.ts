// Exploring and reading, as a person does it: click a state or a route on the map, read its panel,
// follow links, come back with Back, use only the keyboard, open a deep link or a hostile one.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from './chrome';
import { Atlas, STATES } from './atlas';

let browser: Browser;
let atlas: Atlas;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // Reduced motion: selections jump instead of flying, so the camera is still when we look.
  atlas = new Atlas(await watchedPage(browser, { reducedMotion: 'reduce' }), inject('baseUrl'));
});

describe('clicking the map', () => {
  it('opens the right state, with the president who signed, for a click inside each of the five', async () => {
    const { given, when, then } = atlas;
    for (const { id, name, president } of STATES) {
      await given.opened();
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
    const { given, when, then } = atlas;
    await given.opened();
    // West of the line: the Kuryk ferry runs a few pixels east of it at this zoom.
    await when.clickRouteLeg('middle-corridor-core', 'sea', -5);
    await then.panelOpens();
    expect(await then.panelTitle()).toMatch(/Middle Corridor/);
    const text = await then.panelText();
    expect(text).toMatch(/Status, September 2023\s+Operating/);
    expect(text).toMatch(/km along the drawn line/);
    expect(text).toContain('Trans-Caspian Trade Route');
    expect(await then.hash()).toContain('sel=middle-corridor-core');
  });

  it('names what is under the pointer and shows it can be clicked', async () => {
    const { given, when, then } = atlas;
    await given.opened();
    await when.hoverState('KAZ');
    await then.tooltipShows();
    expect(await then.tooltip()).toBe('Kazakhstan');
    expect(await then.cursor()).toBe('pointer');
  });
});

describe('links and history', () => {
  it('restores the view and the panel from a deep link', async () => {
    const { given, then } = atlas;
    await given.opened({ hash: 'map=5/42/60&sel=UZB' });
    expect(await then.panelTitle()).toContain('Uzbekistan');
    const view = await then.view();
    expect(view.zoom).toBeCloseTo(5, 1);
    expect(view.lat).toBeCloseTo(42, 0);
    expect(view.lng).toBeCloseTo(60, 0);
  });

  it('walks selections with Back and Forward', async () => {
    const { given, when, then } = atlas;
    await given.opened();
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

  it('ignores a hostile link politely: no script runs, nothing is injected, the map still works', async () => {
    const { given, then } = atlas;
    const dialogs = given.dialogsCounted();
    await given.opened({ hash: `sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}&map=NaN/1/2&step=<script>` });
    const notices = await then.notices();
    expect(notices).toMatch(/not something on this map/);
    expect(notices).toMatch(/map position/);
    expect(await then.injectedInNotices()).toBe(0);
    expect(await then.panelCount()).toBe(0);
    await given.opened({ hash: 'sel=place:nowhere' });
    expect(await then.notices()).toMatch(/not on this map/);
    expect(dialogs.count).toBe(0);
    expect(then.pageErrors()).toEqual([]);
  });
});

describe('small screens', () => {
  it('is a bottom sheet on a phone, and nothing overflows at 320 px', async () => {
    for (const width of [375, 320]) {
      const phone = new Atlas(await watchedPage(browser, { reducedMotion: 'reduce', viewport: { width, height: 700 } }), inject('baseUrl'));
      await phone.given.opened({ hash: 'sel=UZB' });
      const m = await phone.then.layout();
      expect(m.overflow, `${width}px`).toBe(0);
      expect(m.panelWidth).toBe(width);
      // The map stays usable above the sheet.
      expect(m.panelTop).toBeGreaterThan(250);
      await phone.page.context().close();
    }
  });
});

describe('keyboard and assistive technology', () => {
  it('selects a state with Tab and Enter, and Esc returns focus to where it was', async () => {
    const { given, when, then } = atlas;
    await given.opened();
    expect(await when.tabTo('Tajikistan')).toBe(true);
    await when.press('Enter');
    await then.panelOpens('Tajikistan');
    expect(await then.focusedId()).toBe('panel-title');
    expect(await then.announcement()).toContain('Selected Tajikistan');
    await when.escape();
    await then.panelCloses();
    expect(await then.focusedText()).toBe('Tajikistan');
  });

  // One test per view (no panel, a state, route, place, programme, passage, the declaration, the
  // tour): each gets the whole time budget on a loaded machine, and a failure names its view.
  for (const hash of ['', 'sel=KAZ', 'sel=tapi-pipeline', 'sel=declaration', 'sel=place:aktau', 'sel=programme:pgi', 'sel=passage:security-1', 'step=3']) {
    it(`has no axe violations (WCAG 2.2 AA, best practice) with ${hash || 'no panel'} open`, async () => {
      const { given, then } = atlas;
      await given.opened({ hash });
      expect(await then.axeViolations(), hash || 'no panel').toEqual([]);
    });
  }
});
