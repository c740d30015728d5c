// "Export PNG": draws the current view into an off-screen map of slide size (1920×1080, or
// 3840×2160 at twice the pixel ratio), then writes the title, the selection, the legend and the
// attribution onto it. Everything comes from the app's own build: nothing is fetched from outside.
import type { MapDetail } from './types';
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import type { GeoData } from '../data/geo';
import type { Bounds } from './camera';
import { t } from '../i18n/later';
import type { LegendSection } from './legend';
import { mapFileUrl } from './glyphs';
import { basemap } from './palette';
import { FEATURE_SOURCE, SRC, baseStyle, layersFor, mapSources, type FontUrls, type LayerVisibility } from './style';
import type { Related } from './types';
import type { MarkedKind } from '../state/selection';
import type { Lang } from '../../data/lang';
import { ENGLISH_LABELS, type LabelLanguage } from './labelText';
import { fileSlug } from '../slides/fileName';
import { wrapText } from './wrapText';

export interface ExportRequest {
  data: Partial<GeoData>;
  /** The detail the map has loaded (full boundaries, physical detail), drawn in the picture too. */
  detail?: MapDetail;
  visibility: LayerVisibility;
  /** The canvas text (title, legend) is drawn with the bundled font file. */
  fonts: FontUrls;
  /** The map's labels, from the prebuilt glyph ranges (see glyphs.ts). */
  glyphs: string;
  /** With `asof=latest`, the routes' status now; the picture shows what the map shows. */
  /** The day ('YYYY-MM-DD') the routes are drawn at, as on screen. */
  day: string;
  bounds: Bounds;
  /** 1 for 1920×1080, 2 for 3840×2160. */
  scale: 1 | 2;
  title: string;
  subtitle: string;
  selectionName: string | null;
  selected: { kind: MarkedKind; id: string } | null;
  related: Related;
  /** The legend's rows (src/map/legend.ts): the date and the statuses the picture draws. */
  legend: LegendSection[];
  attribution: string;
  /** The map's labels in the reader's language (src/i18n/names.ts `labelLanguage()`); English when absent. */
  labels?: LabelLanguage;
  /** The language the texts above are in: any but English also loads the Cyrillic font file. English when absent. */
  lang?: Lang;
}

export const SLIDE = { width: 1920, height: 1080 } as const;
/** The map is laid out at 1280×720 CSS px and drawn at 1.5× (or 3×): labels stay legible on a slide. */
const LAYOUT = { width: 1280, height: 720, ratio: 1.5 } as const;

/** File name for the picture: the selection's name (transliterated) and the date, safe on every file system. */
export function exportFileName(selectionName: string | null, date: Date, scale: 1 | 2): string {
  const slug = fileSlug(selectionName ?? 'overview', 'overview');
  const day = date.toISOString().slice(0, 10);
  return `corridor-atlas-${slug}-${day}${scale === 2 ? '-4k' : ''}.png`;
}

function fullStyle(req: ExportRequest): StyleSpecification {
  const base = baseStyle(req.glyphs);
  // The world beyond the box, whether or not the page has loaded it yet: a slide may zoom out.
  const sources = { ...base.sources, ...mapSources(req.data, { ...req.detail, world: req.detail?.world ?? mapFileUrl('geo/world.geojson') }) };
  return { ...base, sources, layers: [...base.layers, ...layersFor(sources, req.visibility, { highlight: req.related.water, detailLoaded: false }, req.day, req.labels ?? ENGLISH_LABELS)] };
}

/** The Cyrillic file's letters (as @fontsource declares them): Russian, «№» and the combining stress mark. */
export const CYRILLIC_RANGE = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const FAMILY = 'Atlas Export Sans';
/** Each file added to the document's fonts once, however many pictures are drawn. */
const loadedFaces = new Map<string, Promise<void>>();

function loadFace(url: string, unicodeRange?: string): Promise<void> {
  let loading = loadedFaces.get(url);
  if (!loading) {
    const face = new FontFace(FAMILY, `url(${url})`, unicodeRange ? { unicodeRange } : {});
    loading = face.load().then((f) => void document.fonts.add(f));
    loading.catch(() => loadedFaces.delete(url));
    loadedFaces.set(url, loading);
  }
  return loading;
}

/**
 * The canvas text's font: the bundled Noto Sans, its Latin file always and, in any language but
 * English, its Cyrillic file for the letters the Latin one lacks (English never loads it).
 */
async function loadCanvasFont(req: ExportRequest): Promise<string> {
  try {
    await Promise.all([loadFace(req.fonts.latin), ...((req.lang ?? 'en') !== 'en' && req.fonts.cyrillic ? [loadFace(req.fonts.cyrillic, CYRILLIC_RANGE)] : [])]);
    return `"${FAMILY}", sans-serif`;
  } catch {
    return 'sans-serif';
  }
}

/** At most this wide (slide px at scale 1): the title card leaves the map its middle, the legend its left. */
const TITLE_MAX = 1200;
const LEGEND_MAX = 470;

/** What the picture's overlays drew: every line of text, and any wider than its box (none, unless a bug). */
export interface DrawnTexts {
  lines: string[];
  overflow: string[];
  font: string;
  /** The Intl locale the map's labels were written in (its names follow the same language). */
  labels: string;
}

function drawOverlays(ctx: CanvasRenderingContext2D, req: ExportRequest, font: string): DrawnTexts {
  const s = req.scale;
  const W = SLIDE.width * s;
  const H = SLIDE.height * s;
  const drawn: DrawnTexts = { lines: [], overflow: [], font, labels: (req.labels ?? ENGLISH_LABELS).locale };
  const card = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.93)';
    ctx.strokeStyle = '#cfc8b8';
    ctx.lineWidth = 1 * s;
    ctx.fillRect(x, y, w, h);
    ctx.strokeRect(x, y, w, h);
  };
  const measure = (text: string) => ctx.measureText(text).width;
  /** Writes one line and records it; `right` is where its box ends. */
  const write = (text: string, x: number, y: number, right: number) => {
    ctx.fillText(text, x, y);
    drawn.lines.push(text);
    if (x + measure(text) > right + 0.5) drawn.overflow.push(text);
  };
  /** A text's lines at the font set now, no wider than `max`. */
  const lines = (text: string, max: number) => wrapText(text, max, measure);
  ctx.textBaseline = 'top';

  // Title block, top left: as wide as its widest line (wrapped beyond TITLE_MAX), as tall as its lines.
  const titleFont = `600 ${34 * s}px ${font}`;
  const subtitleFont = `${20 * s}px ${font}`;
  const nameFont = `600 ${22 * s}px ${font}`;
  const textMax = TITLE_MAX * s - 48 * s;
  const blocks = [
    { font: titleFont, colour: '#1f1f1f', lh: 44 * s, text: req.title },
    { font: subtitleFont, colour: '#4d4a43', lh: 30 * s, text: req.subtitle },
    ...(req.selectionName ? [{ font: nameFont, colour: '#5a3d00', lh: 30 * s, text: req.selectionName }] : []),
  ].map((b) => {
    ctx.font = b.font;
    const ls = lines(b.text, textMax);
    return { ...b, lines: ls, width: Math.max(...ls.map(measure)) };
  });
  const titleW = Math.max(400 * s, ...blocks.map((b) => b.width));
  const titleBottom = 40 * s + blocks.reduce((n, b) => n + b.lines.length * b.lh, 0);
  card(24 * s, 24 * s, titleW + 48 * s, titleBottom + 4 * s - 24 * s);
  let ty = 40 * s;
  for (const b of blocks) {
    ctx.font = b.font;
    ctx.fillStyle = b.colour;
    for (const line of b.lines) {
      write(line, 48 * s, ty, 48 * s + titleW);
      ty += b.lh;
    }
  }

  // Legend, bottom left: the legend model's rows, as the on-screen legend draws them; a heading, note
  // or label too long for LEGEND_MAX wraps onto more lines.
  const lh = 28 * s;
  const noteLh = 22 * s;
  const lx = 24 * s;
  const headFont = `600 ${18 * s}px ${font}`;
  const labelFont = `${18 * s}px ${font}`;
  const noteFont = `${15 * s}px ${font}`;
  const widthAt = (f: string, text: string) => ((ctx.font = f), measure(text));
  const need = Math.max(
    0,
    ...req.legend.flatMap((sec) => [
      ...(sec.title ? [widthAt(headFont, sec.title) + 40 * s] : []),
      ...(sec.note ? [widthAt(noteFont, sec.note) + 40 * s] : []),
      ...sec.rows.map((r) => widthAt(labelFont, r.label) + 108 * s),
    ]),
  );
  const lw = Math.min(LEGEND_MAX * s, Math.max(300 * s, need));
  const laid = req.legend.map((sec) => ({
    title: sec.title ? ((ctx.font = headFont), lines(sec.title, lw - 40 * s)) : [],
    note: sec.note ? ((ctx.font = noteFont), lines(sec.note, lw - 40 * s)) : [],
    rows: sec.rows.map((r) => ({ row: r, lines: ((ctx.font = labelFont), lines(r.label, lw - 108 * s)) })),
  }));
  const contentH = laid.reduce(
    (n, sec) => n + sec.title.length * lh + (sec.note.length ? sec.note.length * noteLh + (lh - noteLh) : 0) + sec.rows.reduce((m, r) => m + r.lines.length * lh, 0),
    0,
  );
  const lhgt = contentH + 40 * s;
  const ly = H - lhgt - 24 * s;
  if (contentH > 0) card(lx, ly, lw, lhgt);
  const right = lx + lw - 12 * s;
  let y = ly + 20 * s;
  for (const section of laid) {
    ctx.font = headFont;
    ctx.fillStyle = '#1f1f1f';
    for (const line of section.title) {
      write(line, lx + 20 * s, y, right);
      y += lh;
    }
    if (section.note.length) {
      // The statuses' two dates, apart (evidence, search), smaller under the heading.
      ctx.font = noteFont;
      ctx.fillStyle = '#4d4a43';
      for (const line of section.note) {
        write(line, lx + 20 * s, y, right);
        y += noteLh;
      }
      y += lh - noteLh;
    }
    ctx.font = labelFont;
    for (const { row, lines: rowLines } of section.rows) {
      const sw = row.swatch;
      if (sw.type === 'line') {
        if (sw.halo) {
          // The service halo, drawn as the map draws it: wide, faint, under the line.
          ctx.globalAlpha = sw.halo.opacity;
          ctx.strokeStyle = sw.halo.colour;
          ctx.lineWidth = 16 * s;
          ctx.setLineDash(sw.halo.dash.map((d) => d * 16 * s));
          ctx.beginPath();
          ctx.moveTo(lx + 20 * s, y + 10 * s);
          ctx.lineTo(lx + 70 * s, y + 10 * s);
          ctx.stroke();
          ctx.globalAlpha = 1;
        }
        ctx.strokeStyle = sw.colour;
        ctx.lineWidth = 5 * s;
        ctx.setLineDash(sw.dash.map((d) => d * 5 * s));
        ctx.beginPath();
        ctx.moveTo(lx + 20 * s, y + 10 * s);
        ctx.lineTo(lx + 70 * s, y + 10 * s);
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = sw.fill;
        ctx.strokeStyle = sw.stroke;
        ctx.lineWidth = 1.5 * s;
        ctx.fillRect(lx + 20 * s, y + 2 * s, 50 * s, 16 * s);
        ctx.strokeRect(lx + 20 * s, y + 2 * s, 50 * s, 16 * s);
      }
      ctx.fillStyle = '#1f1f1f';
      for (const line of rowLines) {
        write(line, lx + 84 * s, y, right);
        y += lh;
      }
    }
  }
  // Attribution, bottom right: one line, its card measured to it.
  ctx.font = `${15 * s}px ${font}`;
  const aw = measure(req.attribution);
  card(W - aw - 40 * s, H - 40 * s, aw + 24 * s, 30 * s);
  ctx.fillStyle = '#333333';
  write(req.attribution, W - aw - 28 * s, H - 33 * s, W - 16 * s);
  return drawn;
}

/** How the picture is encoded: PNG for "Export PNG"; the slides may ask for JPEG to keep a deck small. */
export interface PictureEncoding {
  type: 'image/png' | 'image/jpeg';
  /** 0–1, JPEG only. */
  quality?: number;
}

/** Renders the picture and returns it as a blob (PNG unless asked otherwise). */
export async function renderPng(req: ExportRequest, encoding: PictureEncoding = { type: 'image/png' }): Promise<Blob> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = `position:fixed;left:-100000px;top:0;width:${LAYOUT.width}px;height:${LAYOUT.height}px;`;
  document.body.appendChild(container);
  const map = new MapLibreMap({
    container,
    style: fullStyle(req),
    bounds: req.bounds,
    // Room for the title card above and the legend on the left.
    fitBoundsOptions: { padding: { top: 110, bottom: 30, left: 230, right: 30 }, maxZoom: 7 },
    interactive: false,
    attributionControl: false,
    pixelRatio: LAYOUT.ratio * req.scale,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('idle', () => resolve());
      map.once('error', (e) => reject(e.error ?? new Error(t('export.mapFailed'))));
    });
    const setState = (source: string, ids: string[], key: string) => {
      if (map.getSource(source)) ids.forEach((id) => map.setFeatureState({ source, id }, { [key]: true }));
    };
    if (req.selected) setState(FEATURE_SOURCE[req.selected.kind], [req.selected.id], 'selected');
    setState(SRC.countries, req.related.states, 'related');
    setState(SRC.routes, req.related.routes, 'related');
    map.triggerRepaint();
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
    const font = await loadCanvasFont(req);
    const out = document.createElement('canvas');
    out.width = SLIDE.width * req.scale;
    out.height = SLIDE.height * req.scale;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error(t('export.noCanvas'));
    ctx.fillStyle = basemap.water;
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(map.getCanvas(), 0, 0, out.width, out.height);
    const drawn = drawOverlays(ctx, req, font);
    // The test build shows the browser tests what the picture says (the words are not in its pixels).
    if (import.meta.env.MODE === 'e2e') (window as unknown as { __atlasExportTexts?: DrawnTexts }).__atlasExportTexts = drawn;
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error(t('export.encodeFailed')))), encoding.type, encoding.quality),
    );
  } finally {
    map.remove();
    container.remove();
  }
}
