// The exports in Russian: the files' names stay ASCII (transliterated), the picture's text wraps to
// its boxes, and the slides speak Russian (dates, titles, notes) while quoting the declaration in
// English, saying once that the English is the official text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteMeta } from '../../data/types';
import { buildLinks, declaration, geoInputFrom, programmes, themes } from '../../src/content';
import { buildTour } from '../../src/content/tour';
import { activate, activeLang, SOURCE_LOCALE } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/langs';
import { setNamesLang } from '../../src/i18n/names';
import { exportFileName } from '../../src/map/exportPng';
import { wrapText } from '../../src/map/wrapText';
import { deckFromSelection, deckFromTour, type DeckContent, type MapSlide, type TitleSlide } from '../../src/slides/deck';
import { fileSlug, slidesFileName } from '../../src/slides/fileName';

const read = (f: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/geo/${f}`, import.meta.url)), 'utf8'));
const routes: RouteMeta[] = read('routes.json');
const links = buildLinks(declaration, programmes, geoInputFrom(read('countries.geojson'), routes), themes);
const content: DeckContent = { declaration, links, routes, programmes };
const meta = { attribution: 'Границы: Natural Earth · Места: GeoNames (CC BY 4.0) · MapLibre' };
const CYRILLIC = /[\u0400-\u04ff]/;

describe('file names', () => {
  it('transliterate a Russian name into ASCII, and keep English and accented names as before', () => {
    expect(fileSlug('Казахстан', 'x')).toBe('kazakhstan');
    expect(fileSlug('Средний коридор — Достык', 'x')).toBe('srednii-koridor-dostyk');
    expect(fileSlug('Щучинск, Объезд', 'x')).toBe('shchuchinsk-obezd');
    expect(fileSlug('Türkmenbaşy ferry', 'x')).toBe('turkmenbasy-ferry');
    expect(fileSlug('«»—', 'overview')).toBe('overview');
    const day = new Date('2026-11-28T12:00:00Z');
    expect(exportFileName('Казахстан', day, 1)).toBe('corridor-atlas-kazakhstan-2026-11-28.png');
    expect(exportFileName('Ёлка', day, 2)).toBe('corridor-atlas-elka-2026-11-28-4k.png');
    expect(exportFileName(null, day, 1)).toBe('corridor-atlas-overview-2026-11-28.png');
    expect(slidesFileName('Туркменистан', day)).toBe('corridor-atlas-turkmenistan-2026-11-28.pptx');
    // At most 60 characters of slug, and never ending on a dash.
    const long = fileSlug('Транскаспийский международный транспортный маршрут через Каспийское море', 'x');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9-]+[a-z0-9]$/);
  });
});

describe('wrapText', () => {
  // One unit per character: easy to reason about.
  const m = (s: string) => s.length;
  it('keeps a line that fits, and breaks at spaces where it does not', () => {
    expect(wrapText('Вид транспорта', 20, m)).toEqual(['Вид транспорта']);
    expect(wrapText('Путь по последним сведениям (май 2026 г.)', 20, m)).toEqual(['Путь по последним', 'сведениям (май', '2026\u00a0г.)']);
  });
  it('keeps a year with its «г.»', () => {
    expect(wrapText('поиск проведен 7 декабря 2026 г.', 30, m)).toEqual(['поиск проведен 7 декабря', '2026\u00a0г.']);
  });
  it('cuts a word wider than the box, so no line overflows', () => {
    const lines = wrapText('Железнодорожно-паромный маршрут', 10, m);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.join('')).toBe('Железнодорожно-паромныймаршрут');
  });
  it('gives one empty line for an empty text', () => {
    expect(wrapText('', 10, m)).toEqual(['']);
  });
});

describe('the slides in English', () => {
  it('name the declaration by its printed title and subtitle', () => {
    const deck = deckFromTour([], content, meta);
    const first = deck.slides[0] as TitleSlide;
    expect(first.title).toBe(declaration.title);
    expect(first.subtitle).toBe(declaration.subtitle);
    expect(deck.title).toBe(declaration.fullTitle);
    expect(first.notes.split('\n')[0]).toBe(`${declaration.fullTitle}.`);
    expect(first.notes).not.toContain('quoted in English');
  });
});

describe('the slides in Russian', () => {
  beforeAll(async () => {
    await loadLanguage('ru');
  });
  afterAll(() => {
    activate(SOURCE_LOCALE);
    setNamesLang('en');
  });

  it('write the title slide, the dates and the notes in Russian, the quotes in English', () => {
    expect(activeLang()).toBe('ru');
    const steps = buildTour(declaration, links, routes);
    const deck = deckFromTour(steps, content, meta);
    const [first, ...rest] = deck.slides as [TitleSlide, ...(MapSlide | TitleSlide)[]];
    expect(first.title).toBe('Нью-Йоркская декларация');
    expect(first.date).toBe('21 сентября 2023 г.');
    // The official English title stays, said to be English; the quotes' language is said once.
    expect(first.notes).toContain(`Официальное название (на английском): ${declaration.fullTitle}.`);
    expect(first.notes).toContain('Опубликовано 21 сентября 2023 г.');
    expect(first.notes).toContain('Цитаты из декларации приводятся на английском языке');
    expect(deck.slides.filter((s) => s.notes.includes('Цитаты из декларации приводятся на английском'))).toHaveLength(1);
    const maps = rest.filter((s): s is MapSlide => s.kind === 'map');
    expect(maps.length).toBe(steps.length);
    for (const m of maps) {
      expect(m.title, m.id).toMatch(CYRILLIC);
      expect(m.caption, m.id).toMatch(CYRILLIC);
      if (m.quote) expect(m.quote, m.id).not.toMatch(CYRILLIC);
    }
    const sources = deck.slides.find((s) => s.kind === 'sources')!;
    expect(sources.title).toBe('Источники');
    expect(sources.notes).toMatch(/На слайдах — маршруты на 19 сентября 2023 г\..*Статусы основаны на сведениях по .+ г\.; поиск источников проведен .+ г\./);
  });

  it('give a state its Russian name in the one-slide deck, and say the quote is the English text', () => {
    const view = { selection: { kind: 'state' as const, id: 'KAZ' }, name: 'Казахстан', states: ['KAZ'], routes: [], places: [] };
    const deck = deckFromSelection(view, content, meta);
    const slide = deck.slides[0] as MapSlide;
    expect(slide.title).toBe('Казахстан');
    expect(slide.caption).toContain('Нью-Йоркская декларация, 21 сентября 2023 г.');
    expect(slide.quote).not.toMatch(CYRILLIC);
    expect(slide.notes).toContain('Цитаты из декларации приводятся на английском языке');
    expect(slide.notes).toContain('Казахстан');
  });
});
