// The tour as slides: what each slide says (pure), where it sits, and the .pptx file's structure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { EVIDENCE_MONTH, SEARCHED_DAY } from '../../data/evidence';
import { formatDate } from '../../src/i18n';
import { describe, expect, it, vi } from 'vitest';
import type { RouteMeta } from '../../data/types';
import { buildLinks, declaration, geoInputFrom, passageById, passageTitle, programmes, themes } from '../../src/content';
import { buildTour } from '../../src/content/tour';
import { deckFromSelection, deckFromTour, slidesFileName, SOURCES_PER_SLIDE, type DeckContent, type MapSlide } from '../../src/slides/deck';
import { overlaps, quoteFontSize, SLIDE_LAYOUT, SLIDE_SIZE } from '../../src/slides/layout';
import { writePptx, type SlidesProgress } from '../../src/slides/pptx';
import { pictureRequest } from '../../src/slides/picture';
import { buildSlides, deckFor, fileNameFor } from '../../src/slides/build';

const read = (f: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/geo/${f}`, import.meta.url)), 'utf8'));
const routes: RouteMeta[] = read('routes.json');
const links = buildLinks(declaration, programmes, geoInputFrom(read('countries.geojson'), routes), themes);
const content: DeckContent = { declaration, links, routes, programmes };
const steps = buildTour(declaration, links, routes);
const meta = { attribution: 'Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0) · MapLibre' };

/** A 1×1 PNG: the writer needs a picture, not a map, to be tested in node. */
const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

async function unzip(blob: Blob) {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const names = Object.keys(zip.files);
  const text = (name: string) => zip.file(name)!.async('string');
  const numbered = (re: RegExp) => names.filter((n) => re.test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return { names, text, slides: numbered(/^ppt\/slides\/slide\d+\.xml$/), notes: numbered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/) };
}

describe('the tour as a deck', () => {
  const deck = deckFromTour(steps, content, meta);
  const maps = deck.slides.filter((s): s is MapSlide => s.kind === 'map');

  it('opens with the declaration, its date and its source, and ends with the sources', () => {
    const first = deck.slides[0];
    expect(first.kind).toBe('title');
    if (first.kind !== 'title') return;
    expect(first.title).toBe('The New York Declaration');
    expect(first.date).toBe('21 September 2023');
    expect(first.source.url).toBe('https://www.whitehouse.gov/briefing-room/statements-releases/2023/09/21/c51-leaders-joint-statement/');
    const closing = deck.slides.filter((s) => s.kind === 'sources');
    expect(deck.slides.slice(-closing.length).every((s) => s.kind === 'sources')).toBe(true);
    const cited = closing.flatMap((s) => (s.kind === 'sources' ? s.sources : []));
    expect(cited[0].url).toBe(first.source.url);
    expect(closing.every((s) => s.kind === 'sources' && s.sources.length <= SOURCES_PER_SLIDE)).toBe(true);
    // The speaker notes say the day drawn and the statuses' two dates, apart: evidence and search.
    expect(closing[0].notes).toContain(`The slides show the routes on 19 September 2023. The statuses rest on evidence up to ${formatDate(EVIDENCE_MONTH)}; the sources were searched on ${formatDate(SEARCHED_DAY)}.`);
    expect(deckFromTour(steps, { ...content, day: '2024-06-01' }, meta).slides.at(-closing.length)!.notes).toContain('The slides show the routes on 1 June 2024.');
    // Cited by article, never a home page; each once.
    for (const s of cited) expect(new URL(s.url).pathname.length, s.url).toBeGreaterThan(1);
    expect(new Set(cited.map((s) => s.url)).size).toBe(cited.length);
    // Every route the deck draws has its sources on the closing slides.
    for (const id of new Set(maps.flatMap((m) => m.picture.routes))) {
      for (const src of routes.find((r) => r.id === id)!.sources) expect(cited.map((c) => c.url)).toContain(src.url);
    }
  });

  it('has one map slide per step, in order, quoting the step’s sentence with its paragraph', () => {
    expect(maps.map((m) => m.id)).toEqual(steps.map((s) => s.id));
    for (const [i, m] of maps.entries()) {
      const step = steps[i];
      expect(m.caption).toBe(step.caption.en);
      expect(m.quote).toBe(step.quote);
      expect(passageById(step.passageId, declaration)!.paragraph.text).toContain(m.quote!);
      expect(m.reference).toBe(passageTitle(step.passageId, declaration));
      expect(m.attribution).toBe(meta.attribution);
      expect(m.picture).toMatchObject({ states: step.states, routes: step.routes, selected: null });
    }
    expect(maps.find((m) => m.id === 'middle-corridor')!.reference).toBe('C5+1 Economic and Energy Corridor, paragraph 2');
  });

  it('puts the full passage and the reasons the features apply in the speaker notes', () => {
    for (const [i, m] of maps.entries()) {
      expect(m.notes).toContain(passageById(steps[i].passageId, declaration)!.paragraph.text);
    }
    const corridor = maps.find((m) => m.id === 'middle-corridor')!;
    expect(corridor.notes).toContain('Why the highlighted features apply:');
    const reason = links.forRoute('middle-corridor-core')!.specific.find((l) => l.passageId === 'economic-energy-corridor-2')!.reasons[0].text;
    expect(corridor.notes).toContain(reason);
    // The joint commitment of five signatories is one line, not five.
    const summit = maps.find((m) => m.id === 'summit')!;
    expect(summit.notes.match(/joint commitment/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('makes one slide for the current selection', () => {
    const kaz = deckFromSelection({ selection: { kind: 'state', id: 'KAZ' }, name: 'Kazakhstan', states: ['KAZ'], routes: [], places: [] }, content, meta);
    expect(kaz.slides).toHaveLength(1);
    const s = kaz.slides[0] as MapSlide;
    expect(s).toMatchObject({ kind: 'map', title: 'Kazakhstan', picture: { selected: { kind: 'state', id: 'KAZ' }, states: ['KAZ'] } });
    const lead = links.forState('KAZ')!.specific.find((l) => l.passageId !== 'preamble-1')!;
    expect(s.reference).toBe(passageTitle(lead.passageId, declaration));
    expect(passageById(lead.passageId, declaration)!.paragraph.text).toContain(s.quote!);
    expect(s.notes).toContain(passageById(lead.passageId, declaration)!.paragraph.text);

    const passage = deckFromSelection(
      { selection: { kind: 'passage', id: 'economic-energy-corridor-2' }, name: 'Corridor', states: [], routes: ['casa-1000'], places: [] },
      content,
      meta,
    ).slides[0] as MapSlide;
    expect(passage.reference).toBe('C5+1 Economic and Energy Corridor, paragraph 2');
    expect(passage.picture.selected).toBeNull();

    const route = deckFromSelection({ selection: { kind: 'route', id: 'casa-1000' }, name: 'CASA-1000', states: [], routes: ['casa-1000'], places: [] }, content, meta)
      .slides[0] as MapSlide;
    expect(route.caption).toMatch(/^Routes toward South Asia: Power line\./);

    // A place has no passage of its own: the slide says less rather than guess.
    const place = deckFromSelection({ selection: { kind: 'place', id: 'aktau' }, name: 'Aktau', states: [], routes: [], places: ['aktau'] }, content, meta)
      .slides[0] as MapSlide;
    expect(place.quote).toBeNull();
    expect(place.reference).toBeNull();

    const none = deckFromSelection({ selection: null, name: 'Overview', states: [], routes: [], places: [] }, { ...content, links: null }, meta).slides[0] as MapSlide;
    expect(none.quote).toBe(declaration.paragraphs[0].sentences[0].text);
  });

  it('names the file after the deck and the day', () => {
    expect(slidesFileName('The tour', new Date('2026-11-28T12:00:00Z'))).toBe('corridor-atlas-the-tour-2026-11-28.pptx');
    expect(slidesFileName('Türkmenbaşy ferry', new Date('2026-01-02T00:00:00Z'))).toBe('corridor-atlas-turkmenbasy-ferry-2026-01-02.pptx');
  });
});

describe('the slide layout', () => {
  it('keeps every box on the slide and apart from the others', () => {
    for (const [name, boxes] of Object.entries(SLIDE_LAYOUT)) {
      const list = Object.entries(boxes);
      for (const [k, b] of list) {
        expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= SLIDE_SIZE.w + 1e-9 && b.y + b.h <= SLIDE_SIZE.h + 1e-9, `${name}.${k}`).toBe(true);
      }
      for (const [i, [ka, a]] of list.entries()) for (const [kb, b] of list.slice(i + 1)) expect(overlaps(a, b), `${name}: ${ka} / ${kb}`).toBe(false);
    }
    expect(SLIDE_LAYOUT.map.picture.w / SLIDE_LAYOUT.map.picture.h).toBeCloseTo(16 / 9);
  });

  it('sets a long quote smaller, so every quote of the tour fits its column', () => {
    expect(quoteFontSize('Short.')).toBeGreaterThan(quoteFontSize('x'.repeat(600)));
    const { w, h } = SLIDE_LAYOUT.map.quote;
    for (const s of steps) {
      const pt = quoteFontSize(s.quote);
      // Arial averages about half an em a character; lines at 1.2 em; room kept for the reference line.
      const perLine = Math.floor((w * 72) / (pt * 0.5));
      const lines = Math.ceil((s.quote.length + 2) / perLine) + 2;
      expect(lines * pt * 1.2, s.id).toBeLessThan(h * 72);
    }
  });
});

describe('writing the .pptx', () => {
  const three = deckFromTour(steps.slice(0, 3), content, meta);

  it('writes a slide per step with a picture and notes, after a title slide and before the sources', async () => {
    const render = vi.fn(async () => TINY_PNG);
    const progress: SlidesProgress[] = [];
    const blob = await writePptx(three, render, { onProgress: (p) => progress.push(p) });
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(render).toHaveBeenCalledTimes(3);
    const total = three.slides.length;
    expect(total).toBe(1 + 3 + 1);
    expect(progress.map((p) => `${p.stage} ${p.slide}/${p.total}`)).toEqual([
      ...three.slides.map((_, i) => `drawing ${i + 1}/${total}`),
      `packing ${total}/${total}`,
    ]);

    const zip = await unzip(blob);
    expect(zip.slides).toHaveLength(total);
    expect(zip.names.filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(3);
    const xml = await Promise.all(zip.slides.map(zip.text));
    expect(xml.map((x) => x.includes('<p:pic>'))).toEqual([false, true, true, true, false]);
    expect(xml[0]).toContain('The New York Declaration');
    expect(xml[0]).toContain('21 September 2023');
    expect(xml[1]).toContain(xmlText(steps[0].caption.en));
    expect(xml[1]).toContain(xmlText(steps[0].quote));
    expect(xml[4]).toContain('c51-leaders-joint-statement');
    // 16:9: 10 × 5.625 in in EMU.
    expect(await zip.text('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="5143500"');

    expect(zip.notes).toHaveLength(total);
    const notes = await Promise.all(zip.notes.map(zip.text));
    for (const [i, step] of steps.slice(0, 3).entries()) {
      const passage = passageById(step.passageId, declaration)!.paragraph.text;
      expect(notes[i + 1]).toContain(xmlText(passage));
    }
  });

  it('stops between slides when cancelled, and rejects with an AbortError', async () => {
    const ctl = new AbortController();
    let calls = 0;
    const render = async () => {
      calls += 1;
      if (calls === 2) ctl.abort();
      return TINY_PNG;
    };
    await expect(writePptx(three, render, { signal: ctl.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(2);
  });

  it('gives up at once on a picture still drawing when cancelled', async () => {
    const ctl = new AbortController();
    const never = () => new Promise<string>(() => {});
    const done = writePptx(three, never, { signal: ctl.signal });
    setTimeout(() => ctl.abort(), 10);
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes a failing picture’s error through', async () => {
    await expect(writePptx(three, async () => Promise.reject(new Error('no WebGL')))).rejects.toThrow('no WebGL');
  });
});

describe('the pictures and the one call the app makes', () => {
  const countries = read('countries.geojson');
  const base = {
    data: { countries },
    visibility: {} as never,
    fonts: {} as never,
    glyphs: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf',
    legend: [],
    title: 'The C5+1 New York Declaration, 21 September 2023',
    attribution: meta.attribution,
    fallbackBounds: [[40, 30], [90, 56]] as [[number, number], [number, number]],
    day: '2023-09-19',
  };

  it('frames each picture on what its slide lights up, as the PNG export would', () => {
    const spec = { name: 'Kazakhstan', subtitle: 'Tour: Kazakhstan', states: ['KAZ'], routes: [], places: [], selected: null };
    const req = pictureRequest(base, spec);
    expect(req).toMatchObject({ scale: 1, title: base.title, subtitle: 'Tour: Kazakhstan', selectionName: 'Kazakhstan', related: { states: ['KAZ'], routes: [], places: [], water: [] } });
    expect(req).not.toHaveProperty('fallbackBounds');
    const [[w, s], [e, n]] = req.bounds;
    // Kazakhstan lies between about 46°E and 88°E, 40°N and 56°N.
    expect([w > 44, s > 38, e < 90, n < 57]).toEqual([true, true, true, true]);
    expect(pictureRequest(base, { ...spec, states: [] }).bounds).toEqual(base.fallbackBounds);
  });

  it('builds the tour deck or the one-slide view deck, and names the file', async () => {
    const tour = deckFor({ what: { kind: 'tour' }, content, meta });
    expect(tour.slides.filter((s) => s.kind === 'map')).toHaveLength(steps.length);
    const view = { selection: { kind: 'route' as const, id: 'casa-1000' }, name: 'CASA-1000', states: [], routes: ['casa-1000'], places: [] };
    expect(deckFor({ what: { kind: 'view', view }, content, meta }).slides).toHaveLength(1);
    const day = new Date('2026-11-28T10:00:00Z');
    expect(fileNameFor({ kind: 'tour' }, day)).toBe('corridor-atlas-tour-2026-11-28.pptx');
    expect(fileNameFor({ kind: 'view', view }, day)).toBe('corridor-atlas-casa-1000-2026-11-28.pptx');
    const blob = await buildSlides({ what: { kind: 'view', view }, content, meta, picture: base }, () => {}, new AbortController().signal, async () => TINY_PNG);
    const zip = await unzip(blob);
    expect(zip.slides).toHaveLength(1);
  });
});
