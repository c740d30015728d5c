// Each slide's map picture, drawn by the PNG export's renderer: the same map, title card, legend
// and attribution as "Export PNG", framed on what the slide lights up.
import type { Bounds } from '../map/camera';
import { boundsOf } from '../map/camera';
import type { ExportRequest, PictureEncoding } from '../map/exportPng';
import type { PictureSpec } from './deck';
import type { RenderPicture } from './pptx';
import { t } from '../i18n/later';

/** What stays the same for every picture of a deck: the app's data, layers, date, legend, fonts, title and attribution. */
export interface PictureBase extends Pick<ExportRequest, 'data' | 'visibility' | 'fonts' | 'glyphs' | 'day' | 'legend' | 'title' | 'attribution' | 'labels' | 'lang'> {
  /** Where the camera goes when a slide lights up nothing the data knows (the overview). */
  fallbackBounds: Bounds;
}

/**
 * JPEG at 0.9: measured on the first tour step, 215 KB against 481 KB as PNG, with no loss to be
 * seen at slide size; so the whole tour stays a few megabytes, easy to e-mail or import.
 */
export const SLIDE_PICTURE: PictureEncoding = { type: 'image/jpeg', quality: 0.9 };

/** The export request for one slide's picture. Pure. */
export function pictureRequest(base: PictureBase, spec: PictureSpec): ExportRequest {
  const related = { states: spec.states, routes: spec.routes, places: spec.places, water: spec.water ?? [] };
  const { fallbackBounds, ...shared } = base;
  return {
    ...shared,
    bounds: boundsOf(related, base.data) ?? fallbackBounds,
    scale: 1,
    subtitle: spec.subtitle,
    selectionName: spec.name,
    selected: spec.selected,
    related,
  };
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error(t('slides.pictureUnread')));
    reader.readAsDataURL(blob);
  });
}

/** The renderer the slides writer calls in the browser; the map code loads with the first picture. */
export function exportPictureRenderer(base: PictureBase, encoding: PictureEncoding = SLIDE_PICTURE): RenderPicture {
  return async (spec, signal) => {
    const { renderPng } = await import('../map/exportPng');
    signal?.throwIfAborted();
    return blobToDataUrl(await renderPng(pictureRequest(base, spec), encoding));
  };
}
