// The exports in Russian, in the test build: "Export PNG" at ?lang=ru#sel=KAZ draws a picture of the
// right size whose every line of text is Russian (but the sources' names) and fits its box, with the
// map's labels and the canvas's Cyrillic font in Russian; "This view as a slide" makes a deck whose
// slides and notes are Russian, quoting the declaration in English. (That the English picture draws no
// Cyrillic and loads no Cyrillic font is checked on present.test.ts's export.) EXPORTS_OUT=dir keeps the files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download } from 'playwright-core';
import { launch, sampleImage, watchedPage } from './chrome';
import { Atlas, SEL } from './atlas';
import type { DrawnTexts } from '../../src/map/exportPng';

let browser: Browser;
const CYRILLIC = /[\u0400-\u04ff]/;
const OUT = process.env.EXPORTS_OUT;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function opened(query: string) {
  const atlas = new Atlas(await watchedPage(browser, { reducedMotion: 'reduce', acceptDownloads: true }), inject('baseUrl'));
  await atlas.given.opened({ query, hash: 'sel=KAZ' });
  return atlas;
}

/** Opens the export dialog by the header's button, exports at 1920×1080 and returns the file and what it drew. */
async function exportPng(atlas: Atlas, button: string) {
  const { page } = atlas;
  await page.locator(SEL.header).getByRole('button', { name: button }).click();
  const modal = page.locator(SEL.modal);
  await modal.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), modal.getByRole('button', { name: button }).click()]);
  const png = readFileSync((await download.path())!);
  const drawn = (await page.evaluate(() => (window as unknown as { __atlasExportTexts?: unknown }).__atlasExportTexts)) as DrawnTexts;
  // A number and its «г.» are kept together by a no-break space: read as a space.
  drawn.lines = drawn.lines.map((l) => l.replace(/\u00a0/g, ' '));
  // The canvas font's faces the document holds, and which of them loaded.
  const faces = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Atlas Export Sans').map((f) => ({ range: f.unicodeRange, status: f.status })),
  );
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `ru-${download.suggestedFilename()}`), png);
  }
  return { download, png, drawn, faces, status: await modal.getByRole('status').textContent() };
}

function expectPicture(png: Buffer) {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
}

async function unzip(download: Download) {
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const names = Object.keys(zip.files);
  const read = (re: RegExp) => Promise.all(names.filter((n) => re.test(n)).map((n) => zip.file(n)!.async('string')));
  return { slides: await read(/^ppt\/slides\/slide\d+\.xml$/), notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/), media: names.filter((n) => n.startsWith('ppt/media/')) };
}

describe('the exports in Russian', () => {
  let atlas: Atlas;
  beforeAll(async () => {
    atlas = await opened('lang=ru');
  });

  it('export a 1920×1080 PNG of Kazakhstan whose title, legend and labels are Russian and fit their boxes', async () => {
    // The panel's title is the content's (its own language's work); the picture names the state in Russian.
    await atlas.then.panelOpens();
    const { download, png, drawn, faces, status } = await exportPng(atlas, 'Экспорт PNG');
    expectPicture(png);
    // ASCII-safe: the Russian name transliterated.
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-kazakhstan-\d{4}-\d{2}-\d{2}\.png$/);
    expect(status).toMatch(/^Сохранен файл corridor-atlas-kazakhstan-.*\(\d[\d\s\u00a0]* КБ\)\.$/);
    expect(drawn.lines[0]).toBe('Нью-Йоркская декларация C5+1, 21 сентября 2023 г.');
    expect(drawn.lines).toContain('Казахстан');
    expect(drawn.lines).toContain('Вид транспорта');
    // Every line Russian, but the sources' own names in the attribution (Natural Earth, GeoNames).
    const notRussian = drawn.lines.filter((l) => !CYRILLIC.test(l));
    expect(notRussian).toEqual([]);
    expect(drawn.lines.join(' ')).toMatch(/\d{1,2} [а-я]+ \d{4} г\./);
    expect(drawn.overflow).toEqual([]);
    expect(drawn.labels).toBe('ru');
    // The Cyrillic file of the font loaded beside the Latin one.
    expect(faces.filter((f) => f.status === 'loaded').map((f) => f.range)).toEqual(expect.arrayContaining([expect.stringMatching(/U\+400-45F/i)]));
    const grid = [];
    for (let x = 40; x < 1920; x += 97) for (let y = 40; y < 1080; y += 89) grid.push({ x, y });
    expect(new Set((await sampleImage(atlas.page, png, grid)).map((c) => c.join(','))).size).toBeGreaterThan(6);
    expect(atlas.then.foreignRequests()).toEqual([]);
    expect(atlas.then.pageErrors()).toEqual([]);
  });

  it('make "This view as a slide" in Russian: slide text Cyrillic, the notes dated in Russian, the quote in English', async () => {
    const { page } = atlas;
    if (await atlas.then.modalCount()) await atlas.when.escape();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator(SEL.header).getByRole('button', { name: 'Вид на слайд' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pptx$/);
    const { slides, notes, media } = await unzip(download);
    if (OUT) mkdirSync(OUT, { recursive: true });
    if (OUT) writeFileSync(join(OUT, 'view-ru.pptx'), readFileSync((await download.path())!));
    expect(slides).toHaveLength(1);
    expect(media.length).toBeGreaterThan(0);
    expect(slides[0]).toMatch(CYRILLIC);
    expect(slides[0]).toContain('Казахстан');
    expect(slides[0]).toContain('21 сентября 2023 г.');
    const note = notes.join('\n');
    expect(note).toContain('Цитаты из декларации приводятся на английском языке');
    expect(note).toContain('Источник текста:');
    // The declaration itself, quoted as signed.
    expect(slides[0]).toMatch(/«[A-Z][^«»]*[a-z][^«»]*»/);
    expect(atlas.then.pageErrors()).toEqual([]);
  });
});
