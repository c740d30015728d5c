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
}

export const SLIDE = { width: 1920, height: 1080 } as const;
/** The map is laid out at 1280×720 CSS px and drawn at 1.5× (or 3×): labels stay legible on a slide. */
const LAYOUT = { width: 1280, height: 720, ratio: 1.5 } as const;

/** File name for the picture: the selection's name and the date, safe on every file system. */
export function exportFileName(selectionName: string | null, date: Date, scale: 1 | 2): string {
  const slug = (selectionName ?? 'overview')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const day = date.toISOString().slice(0, 10);
  return `corridor-atlas-${slug || 'overview'}-${day}${scale === 2 ? '-4k' : ''}.png`;
}

function fullStyle(req: ExportRequest): StyleSpecification {
  const base = baseStyle(req.glyphs);
  // The world beyond the box, whether or not the page has loaded it yet: a slide may zoom out.
  const sources = { ...base.sources, ...mapSources(req.data, { ...req.detail, world: req.detail?.world ?? mapFileUrl('geo/world.geojson') }) };
  return { ...base, sources, layers: [...base.layers, ...layersFor(sources, req.visibility, { highlight: req.related.water, detailLoaded: false }, req.day)] };
}

async function loadCanvasFont(req: ExportRequest): Promise<string> {
  try {
    const face = new FontFace('Atlas Export Sans', `url(${req.fonts.latin})`);
    await face.load();
    document.fonts.add(face);
    return '"Atlas Export Sans", sans-serif';
  } catch {
    return 'sans-serif';
  }
}

function drawOverlays(ctx: CanvasRenderingContext2D, req: ExportRequest, font: string) {
  const s = req.scale;
  const W = SLIDE.width * s;
  const H = SLIDE.height * s;
  const card = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.93)';
    ctx.strokeStyle = '#cfc8b8';
    ctx.lineWidth = 1 * s;
    ctx.fillRect(x, y, w, h);
    ctx.strokeRect(x, y, w, h);
  };
  // Title block, top left.
  ctx.font = `600 ${34 * s}px ${font}`;
  const titleW = Math.max(ctx.measureText(req.title).width, 400 * s);
  card(24 * s, 24 * s, titleW + 48 * s, (req.selectionName ? 124 : 94) * s);
  ctx.fillStyle = '#1f1f1f';
  ctx.textBaseline = 'top';
  ctx.fillText(req.title, 48 * s, 40 * s);
  ctx.font = `${20 * s}px ${font}`;
  ctx.fillStyle = '#4d4a43';
  ctx.fillText(req.subtitle, 48 * s, 84 * s);
  if (req.selectionName) {
    ctx.font = `600 ${22 * s}px ${font}`;
    ctx.fillStyle = '#5a3d00';
    ctx.fillText(req.selectionName, 48 * s, 114 * s);
  }
  // Legend, bottom left: the legend model's rows, as the on-screen legend draws them.
  const lh = 28 * s;
  const lx = 24 * s;
  ctx.font = `${18 * s}px ${font}`;
  const rows = req.legend.reduce((n, sec) => n + sec.rows.length + (sec.title ? 1 : 0) + (sec.note ? 1 : 0), 0);
  const widest = Math.max(
    0,
    ...req.legend.flatMap((sec) => [
      ...(sec.title ? [ctx.measureText(sec.title).width - 64 * s] : []),
      ...(sec.note ? [ctx.measureText(sec.note).width * 0.85 - 64 * s] : []),
      ...sec.rows.map((r) => ctx.measureText(r.label).width),
    ]),
  );
  const lw = Math.max(300 * s, widest + 108 * s);
  const lhgt = rows * lh + 40 * s;
  const ly = H - lhgt - 24 * s;
  if (rows > 0) card(lx, ly, lw, lhgt);
  let y = ly + 20 * s;
  for (const section of req.legend) {
    if (section.title) {
      ctx.font = `600 ${18 * s}px ${font}`;
      ctx.fillStyle = '#1f1f1f';
      ctx.fillText(section.title, lx + 20 * s, y);
      ctx.font = `${18 * s}px ${font}`;
      y += lh;
    }
    if (section.note) {
      // The statuses' two dates, apart (evidence, search), smaller under the heading.
      ctx.font = `${15 * s}px ${font}`;
      ctx.fillStyle = '#4d4a43';
      ctx.fillText(section.note, lx + 20 * s, y);
      ctx.font = `${18 * s}px ${font}`;
      y += lh;
    }
    for (const row of section.rows) {
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
      ctx.fillText(row.label, lx + 84 * s, y);
      y += lh;
    }
  }
  // Attribution, bottom right.
  ctx.font = `${15 * s}px ${font}`;
  const aw = ctx.measureText(req.attribution).width;
  card(W - aw - 40 * s, H - 40 * s, aw + 24 * s, 30 * s);
  ctx.fillStyle = '#333333';
  ctx.fillText(req.attribution, W - aw - 28 * s, H - 33 * s);
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
    drawOverlays(ctx, req, font);
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error(t('export.encodeFailed')))), encoding.type, encoding.quality),
    );
  } finally {
    map.remove();
    container.remove();
  }
}
