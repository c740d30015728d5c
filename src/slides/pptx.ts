// Writes a deck as a PowerPoint file in the browser (or in node, for the tests). Only what
// pptxgenjs documents as portable is used — pictures, text boxes and speaker notes on a 16:9
// layout — so the file opens in PowerPoint, Keynote, Google Slides and LibreOffice Impress.
// The library is loaded on first use, so it never weighs on the atlas's first load.
import type { Deck, MapSlide, PictureSpec, SourcesSlide, TitleSlide } from './deck';
import { quoteFontSize, SLIDE_LAYOUT as L } from './layout';
import { t } from '../i18n/later';

/** Draws one slide's map picture and returns it as a data URL (`data:image/png;base64,…`). */
export type RenderPicture = (picture: PictureSpec, signal?: AbortSignal) => Promise<string>;

export interface SlidesProgress {
  /** 1-based: the slide being drawn; equals `total` while the file is packed. */
  slide: number;
  total: number;
  stage: 'drawing' | 'packing';
}

export interface WriteOptions {
  onProgress?: (p: SlidesProgress) => void;
  signal?: AbortSignal;
}

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Fonts every one of the four applications has or maps to a metric twin (Liberation Sans in Impress). */
const FONT = 'Arial';
const INK = '1F1F1F';
const MUTED = '4D4A43';
const ACCENT = '5A3D00';

function abortError(): Error {
  return new DOMException(t('slides.aborted'), 'AbortError');
}

function checkAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw abortError();
}

/** Settles with the promise, or rejects as soon as the signal aborts (the work itself may run on). */
function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  checkAborted(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type Slide = ReturnType<Pptx['addSlide']>;

const text = (size: number, extra: Record<string, unknown> = {}) => ({
  fontFace: FONT,
  fontSize: size,
  color: INK,
  valign: 'top' as const,
  margin: 0,
  ...extra,
});

function addTitle(pptx: Pptx, s: TitleSlide) {
  const slide = pptx.addSlide();
  slide.addText(s.title, { ...L.title.heading, ...text(36, { bold: true }) });
  slide.addText(s.subtitle, { ...L.title.subtitle, ...text(20, { color: MUTED }) });
  slide.addText(s.date, { ...L.title.date, ...text(18, { color: ACCENT, bold: true }) });
  slide.addText(
    [
      { text: t('deck.source', { source: s.source.title }), options: { breakLine: true } },
      { text: s.source.url, options: { hyperlink: { url: s.source.url } } },
    ],
    { ...L.title.source, ...text(11, { color: MUTED }) },
  );
  slide.addNotes(s.notes);
}

function addMap(pptx: Pptx, s: MapSlide, picture: string): Slide {
  const slide = pptx.addSlide();
  slide.addText(s.title, { ...L.map.heading, ...text(22, { bold: true }) });
  slide.addImage({ data: picture, ...L.map.picture, altText: t('deck.mapAlt', { name: s.picture.name }) });
  slide.addText(s.caption, { ...L.map.caption, ...text(13) });
  if (s.quote) {
    slide.addText(
      [
        { text: t('tour.quote', { quote: s.quote }), options: { italic: true, breakLine: true } },
        { text: s.reference ? t('deck.quotedFrom', { reference: s.reference }) : t('deck.quoted'), options: { fontSize: 10, color: MUTED } },
      ],
      { ...L.map.quote, ...text(quoteFontSize(s.quote), { paraSpaceAfter: 6 }) },
    );
  }
  slide.addText(s.attribution, { ...L.map.attribution, ...text(8, { color: MUTED }) });
  slide.addNotes(s.notes);
  return slide;
}

function addSources(pptx: Pptx, s: SourcesSlide) {
  const slide = pptx.addSlide();
  slide.addText(s.title, { ...L.sources.heading, ...text(26, { bold: true }) });
  // The deck puts at most SOURCES_PER_SLIDE on a slide, so one size fits: 11 pt, two lines each at most.
  const size = 11;
  slide.addText(
    s.sources.map((src, i) => ({
      text: `${src.title} — ${src.url}`,
      options: { hyperlink: { url: src.url }, bullet: true, breakLine: i < s.sources.length - 1 },
    })),
    { ...L.sources.list, ...text(size, { paraSpaceAfter: 3 }) },
  );
  slide.addText(t('deck.mapAlt', { name: s.attribution }), { ...L.sources.attribution, ...text(10, { color: MUTED }) });
  slide.addNotes(s.notes);
}

/**
 * Draws every slide in order — a picture per map slide, from `renderPicture` — and packs the file.
 * Cancelling stops before the next slide and rejects with an AbortError.
 */
export async function writePptx(deck: Deck, renderPicture: RenderPicture, opts: WriteOptions = {}): Promise<Blob> {
  const { onProgress, signal } = opts;
  checkAborted(signal);
  const { default: PptxGenJS } = await untilAborted(import('pptxgenjs'), signal);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.author = 'Corridor Atlas';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const total = deck.slides.length;
  for (const [i, s] of deck.slides.entries()) {
    checkAborted(signal);
    onProgress?.({ slide: i + 1, total, stage: 'drawing' });
    if (s.kind === 'title') addTitle(pptx, s);
    else if (s.kind === 'sources') addSources(pptx, s);
    else addMap(pptx, s, await untilAborted(renderPicture(s.picture, signal), signal));
  }
  checkAborted(signal);
  onProgress?.({ slide: total, total, stage: 'packing' });
  // An ArrayBuffer in node and in the browser alike; the pictures are PNG already, so no recompression.
  const out = (await untilAborted(pptx.write({ outputType: 'arraybuffer' }), signal)) as ArrayBuffer;
  return new Blob([out], { type: PPTX_MIME });
}
