// Presenting: the chrome-less embed framed by a page of another origin under a sub-path, the
// host-page API, the clicker-driven tour with autoplay, and the PNG and SVG exports.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { launch, sampleImage, watchedPage } from './chrome';
import { Atlas, type Box } from './atlas';
import { overlaps } from '../../src/map/framing';
import type { DrawnTexts } from '../../src/map/exportPng';
import { exportSvg, expectValidSvg, readSvgInPage } from './svg';

let browser: Browser;
let host: StaticServer;

const pages: Record<string, { type: string; body: string }> = {};

/** Publishes a host page on the other origin and returns its URL. */
function serveHostPage(html: string): string {
  const path = `/host-${Math.random().toString(36).slice(2)}.html`;
  pages[path] = { type: 'text/html; charset=utf-8', body: html };
  return host.url.replace(/\/nothing\/$/, '') + path;
}

/** The origin of the host pages: another port on 127.0.0.1 than the atlas's. */
const hostOrigin = () => new URL(host.url).origin;

async function atlasFor(options: Parameters<typeof watchedPage>[1]) {
  return new Atlas(await watchedPage(browser, options), inject('baseUrl'));
}

/** Grows a box by `px` on every side (a negative `px` shrinks it: a pixel of rounding is no overlap). */
const grown = (b: Box, px: number): Box => ({ left: b.left - px, top: b.top - px, right: b.right + px, bottom: b.bottom + px });

/**
 * The camera framed what the map lights in the part of the map the furniture leaves open: the lit
 * features' bounding box lies inside the map and overlaps neither the legend, nor the tour card,
 * nor the side panel. Returns what it read, for the message of a failure.
 */
async function expectFramedClear({ then }: Atlas, what: string) {
  await then.cameraSettles();
  const [box, furniture] = await Promise.all([then.litBox(), then.furniture()]);
  expect(box, `${what}: something lit`).not.toBeNull();
  const inner = grown(box!, -2);
  const said = `${what}: lit ${JSON.stringify(box)} ${JSON.stringify(furniture)}`;
  expect(inner.left >= furniture.map.left && inner.top >= furniture.map.top && inner.right <= furniture.map.right && inner.bottom <= furniture.map.bottom, `${said} inside the map`).toBe(true);
  for (const piece of ['legend', 'tour', 'panel'] as const) {
    const r = furniture[piece];
    if (r) expect(overlaps(inner, r), `${said} clear of the ${piece}`).toBe(false);
  }
}

beforeAll(async () => {
  browser = await launch();
  // Another origin (another port on 127.0.0.1) that serves only the host pages.
  host = await serveStatic({ root: 'dist-e2e', prefix: '/nothing/', extra: pages });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('the embed in a page of another origin, under a sub-path', () => {
  it('loads, opens the deep-linked selection framed clear of the panel, fills its box and leaves the page scrollable', async () => {
    const atlas = await atlasFor({ reducedMotion: 'reduce' });
    const { given, when, then } = atlas;
    const sub = inject('subPathUrl');
    expect(sub).toContain('/deck/atlas/');
    await given.embedded(`${sub}?embed=1#sel=KAZ`, serveHostPage);
    await then.panelOpens('Kazakhstan');
    expect(await then.headerCount()).toBe(0);
    // The full map opens on the same selection (and, once the map has moved, the same view).
    expect(await then.fullMapHref()).toMatch(new RegExp(`^${sub.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#(map=[\\d./-]+&)?sel=KAZ$`));
    const fit = await then.embedFit();
    expect(fit.scroll).toBe(0);
    expect(fit.canvas.width).toBe(960);
    expect(fit.canvas.height).toBe(540);
    expect(fit.cooperative).toBe(true);
    // At 960×540 the legend starts folded behind its button, and the link's camera frames the state
    // beside the panel, clear of both.
    expect(await then.legendFolded()).toBe(true);
    await expectFramedClear(atlas, 'the embed at #sel=KAZ');
    // The reader opens the legend: the state is framed again, between the legend and the panel.
    await when.pressButton('Legend & layers');
    await expectFramedClear(atlas, 'the embed at #sel=KAZ with its legend opened');
    await when.pressButton('Hide legend');
    await then.cameraSettles();
    // A wheel over the framed map scrolls the host page instead of zooming the map.
    const zoom = (await then.view()).zoom;
    await when.hostWheel(400, 300, 300);
    expect(await then.hostScrollY()).toBeGreaterThan(0);
    expect((await then.view()).zoom).toBeCloseTo(zoom, 5);
    // Closing the panel leaves the map where it is: nothing came over the state, so it is not framed again.
    const framed = await then.view();
    await when.pressButton('Close panel');
    await then.panelCloses();
    await when.wait(500);
    const after = await then.view();
    expect([after.lng, after.lat, after.zoom]).toEqual([framed.lng, framed.lat, framed.zoom]);
    expect(then.foreignRequests()).toEqual([]);
    expect(then.pageErrors()).toEqual([]);
  });

  it('answers the host-page API of the parent origin= names: ready, select → selected, steps, and ignores other shapes', async () => {
    const atlas = await atlasFor({ reducedMotion: 'reduce' });
    const { given, when, then } = atlas;
    // origin= the host page's own origin: the API is open to it, and the replies reach it.
    await given.embedded(`${inject('subPathUrl')}?embed=1&origin=${encodeURIComponent(hostOrigin())}`, serveHostPage);
    await then.hostReady();
    await when.hostSends({ type: 'atlas:select', id: '<img src=x onerror=alert(1)>' });
    await when.hostSends({ type: 'atlas:run', code: 'document.body.innerHTML = "pwned"' });
    await when.hostSends('atlas:next');
    await when.hostSends({ type: 'atlas:select', id: 'casa-1000' });
    await then.panelOpens('CASA-1000');
    const received = await then.hostReceived();
    expect(received).toContainEqual({ type: 'atlas:selected', id: 'casa-1000' });
    expect(received).toContainEqual({ type: 'atlas:selected', id: null });
    expect(await then.bodyText()).not.toContain('pwned');
    expect(await then.hostileImages()).toBe(0);
    await when.hostSends({ type: 'atlas:step', index: 3 });
    await then.tourAt('3 / ');
    await expectFramedClear(atlas, 'the 960×540 embed at step 3');
    await when.hostSends({ type: 'atlas:next' });
    await then.tourAt('4 / ');
    await expectFramedClear(atlas, 'the 960×540 embed at step 4');
    const steps = ((await then.hostReceived()) as { type: string }[]).filter((m) => m.type === 'atlas:step');
    expect(steps.at(-1)).toMatchObject({ type: 'atlas:step', index: 4 });
    expect((steps.at(-1) as unknown as { total: number }).total).toBeGreaterThanOrEqual(12);
    await when.hostSends({ type: 'atlas:clear' });
    await then.tourCloses();
    expect(then.pageErrors()).toEqual([]);
  });

  it('obeys origin=: once loaded, it ignores a parent of another origin and sends it nothing', async () => {
    const { given, when, then } = await atlasFor({ reducedMotion: 'reduce' });
    // Only the atlas's own site may drive it; the host page is on another origin.
    const allowed = new URL(inject('baseUrl')).origin;
    expect(allowed).not.toBe(hostOrigin());
    await given.embedded(`${inject('subPathUrl')}?embed=1&origin=${encodeURIComponent(allowed)}`, serveHostPage);
    // The content has loaded: the moment the atlas posts atlas:ready (to the allowed origin only).
    await then.linkResolved();
    const arrived = await given.messagesRecordedInApp();
    await when.hostSends({ type: 'atlas:select', id: 'KAZ' });
    await when.hostSends({ type: 'atlas:step', index: 2 });
    // Both reached the atlas's window from the host's origin, after it was ready...
    await arrived.count(2);
    expect(await arrived.origins()).toEqual([hostOrigin(), hostOrigin()]);
    await when.wait(500);
    // ...and it obeyed neither.
    expect(await then.panelCount()).toBe(0);
    expect(await then.hashParam('sel')).toBeUndefined();
    expect(await then.hashParam('step')).toBeUndefined();
    // The parent reads no reply: not atlas:ready, not atlas:selected (an API answering '*' would fail here;
    // the test above shows the same host page does receive replies when it is the origin named).
    expect(await then.hostReceived()).toEqual([]);
    expect(then.pageErrors()).toEqual([]);
  });
});

describe('the tour, driven by a clicker', () => {
  // One page for the framing of every step and the keys; each test starts and ends at step 1.
  let atlas: Atlas;
  beforeAll(async () => {
    atlas = await atlasFor({ reducedMotion: 'reduce' });
    await atlas.given.opened({ hash: 'step=1' }, { still: false });
  });

  it('frames each step’s features at 1280×800 in the part of the map the legend and the card leave open', async () => {
    const { when, then } = atlas;
    await then.tourAt('1 / ');
    const total = await then.tourTotal();
    for (let n = 1; n <= total; n++) {
      if (n > 1) {
        await when.press('ArrowRight');
        await then.tourAt(`${n} / ${total}`);
      }
      await expectFramedClear(atlas, `step ${n}`);
    }
    await when.press('Home');
    await then.tourAt(`1 / ${total}`);
  });

  it('moves step= with → ← Space PageDown PageUp Home End, and Esc leaves', async () => {
    const { when, then } = atlas;
    await then.tourAt('1 / ');
    const total = await then.tourTotal();
    expect(total).toBeGreaterThanOrEqual(12);
    const press = async (key: string, want: number) => {
      await when.press(key);
      await then.tourAt(`${want} / ${total}`);
      expect(await then.hashParam('step')).toBe(String(want));
    };
    await press('ArrowRight', 2);
    await press('PageDown', 3);
    await press('Space', 4);
    await press('ArrowLeft', 3);
    await press('PageUp', 2);
    await press('End', total);
    await press('Home', 1);
    expect(await then.tourTitle()).toBe('The first C5+1 Presidential Summit');
    await when.escape();
    await then.tourCloses();
    expect(await then.hashParam('step')).toBeUndefined();
  });

  it('autoplays for a kiosk and stops at the first key', async () => {
    const { given, when, then } = await atlasFor({ reducedMotion: 'reduce' });
    await given.opened({ query: 'autoplay=2', hash: 'step=1' }, { still: false });
    // The first step waits for the tour's code and the map; on a loaded machine that can take many seconds.
    await then.tourAt('2 / ', 30_000);
    await when.press('Shift');
    const stoppedAt = await then.hashParam('step');
    await when.wait(3000);
    expect(await then.hashParam('step')).toBe(stoppedAt);
    expect(await then.tourProgress()).not.toMatch(/playing/);
  });
});

describe('a picture for the slide, and print', () => {
  // One page for both: the export and the print read the same drawn map.
  let atlas: Atlas;
  beforeAll(async () => {
    atlas = await atlasFor({ reducedMotion: 'reduce', acceptDownloads: true });
    await atlas.given.opened({ hash: 'sel=middle-corridor-core' });
  });

  it('frames the linked corridor clear of the legend and the side panel', async () => {
    await expectFramedClear(atlas, '#sel=middle-corridor-core at 1280×800');
  });

  it('exports a 1920×1080 PNG that is not blank', async () => {
    const { when, then, page } = atlas;
    await when.openExportDialog();
    const download = await when.exportPng();
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-middle-corridor-dostyk-.*-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const png = readFileSync(path!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const grid = [];
    for (let x = 40; x < 1920; x += 97) for (let y = 40; y < 1080; y += 89) grid.push({ x, y });
    const sample = new Set((await sampleImage(page, png, grid)).map((c) => c.join(','))).size;
    expect(sample).toBeGreaterThan(6);
    // In English the picture draws no Cyrillic and loads no Cyrillic face (exports-ru.test.ts has the Russian).
    const drawn = (await page.evaluate(() => (window as unknown as { __atlasExportTexts?: unknown }).__atlasExportTexts)) as DrawnTexts;
    expect(drawn.lines[0]).toBe('The C5+1 New York Declaration, 21 September 2023');
    expect(drawn.lines.filter((l) => /[\u0400-\u04ff]/.test(l))).toEqual([]);
    expect(drawn.overflow).toEqual([]);
    expect(drawn.labels).toBe('en-GB');
    const cyrillicFaces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Atlas Export Sans' && /U\+400/i.test(f.unicodeRange)).length,
    );
    expect(cyrillicFaces).toBe(0);
    expect(then.foreignRequests()).toEqual([]);
    expect(await then.cspViolations()).toEqual([]);
  });

  it('prints the map and the open panel on one A4 landscape page', async () => {
    const { when, then } = atlas;
    if (await then.modalCount()) await when.escape();
    await then.panelOpens('Middle Corridor');
    const pdf = (await when.print()).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    // A4 landscape in points: 842 × 595.
    const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    expect(Math.round(Number(box?.[1]))).toBe(842);
    expect(Math.round(Number(box?.[2]))).toBe(595);
    // The map was printed as a picture of what was on screen (a WebGL canvas can print blank).
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
  });

  it('exports the view as a valid SVG holding the selected route and the title (Export SVG)', async () => {
    const { when, then, page } = atlas;
    if (await then.modalCount()) await when.escape();
    const download = await exportSvg(page);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-middle-corridor-dostyk-.*-\d{4}-\d{2}-\d{2}\.svg$/);
    expectValidSvg(await readSvgInPage(page, readFileSync((await download.path())!, 'utf8')));
    expect(then.foreignRequests()).toEqual([]);
    expect(await then.cspViolations()).toEqual([]);
  });
});

describe('an open dialog keeps the focus where the reader put it', () => {
  const DIALOGS = [
    ['Embed', /4:3/],
    ['Export', /3840×2160/],
  ] as const;
  const open = (atlas: Atlas, dialog: (typeof DIALOGS)[number][0]) => (dialog === 'Embed' ? atlas.when.openEmbedDialog() : atlas.when.openExportDialog());

  it('through a resize of the window (each dialog in turn, one page)', async () => {
    const atlas = await atlasFor({ reducedMotion: 'reduce' });
    const { given, when, then } = atlas;
    await given.opened({ hash: 'sel=KAZ' });
    for (const [dialog, field] of DIALOGS) {
      await open(atlas, dialog);
      await when.focusField(field);
      const before = await then.focusedLabel();
      expect(before, dialog).toMatch(field);
      await when.resize(1100, 760);
      await when.wait(150);
      await when.resize(1280, 800);
      await when.wait(150);
      expect(await then.focusedLabel(), dialog).toBe(before);
      await when.escape();
      await then.modalCloses();
    }
  });

  it('through a message from the host page that changes the selection behind it (each dialog in turn, one page)', async () => {
    const atlas = await atlasFor({ reducedMotion: 'reduce' });
    const { given, when, then } = atlas;
    await given.embedded(`${inject('subPathUrl')}#sel=KAZ`, serveHostPage);
    await then.panelOpens('Kazakhstan');
    const next = { Embed: ['TJK', 'Tajikistan'], Export: ['KGZ', 'Kyrgyzstan'] } as const;
    for (const [dialog, field] of DIALOGS) {
      await open(atlas, dialog);
      await when.focusField(field);
      const before = await then.focusedLabel();
      expect(before, dialog).toMatch(field);
      await when.hostSends({ type: 'atlas:select', id: next[dialog][0] });
      await then.panelOpens(next[dialog][1]);
      expect(await then.focusedLabel(), dialog).toBe(before);
      await when.escape();
      await then.modalCloses();
    }
  });
});
