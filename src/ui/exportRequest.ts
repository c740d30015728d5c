// What "Export PNG" (and a slide) draws: the selection or tour step framed, or else what is on
// screen, with the title, the selection's name, the legend and the attribution. Pure, beside the
// app's state.
import { prose, proseOrNull } from '../../data/lang';
import type { Content } from '../content/build';
import type { TourStep } from '../content/tour';
import type { GeoLoad } from '../data/geo';
import { glyphsUrl } from '../map/glyphs';
import { boundsOf, INITIAL_BOUNDS, type Bounds } from '../map/camera';
import type { ExportRequest } from '../map/exportPng';
import type { FontUrls, LayerVisibility } from '../map/style';
import type { MapDetail, Related } from '../map/types';
import type { SlidesRequest } from '../slides/build';
import { markedFeatureOf, type Selection } from '../state/selection';
import { t } from '../i18n/later';
import { drawnStatuses, legendModel } from '../map/legend';


interface Input {
  geo: GeoLoad | null;
  detail: MapDetail;
  /** 'YYYY-MM-DD': the day the map shows. */
  day: string;
  content: Content | null;
  selection: Selection | null;
  tourStep: TourStep | null;
  related: Related;
  visibility: LayerVisibility;
  fonts: FontUrls;
  shown: Bounds | null;
}

export function exportRequestFor(i: Input): Omit<ExportRequest, 'scale'> {
  const sel = i.selection;
  const routes = i.geo?.data.routeMeta;
  // The picture's legend says the date the picture draws, and the statuses its routes are drawn at.
  const legend = legendModel({
    visibility: i.visibility,
    day: i.day,
    statuses: routes?.length ? drawnStatuses(routes, i.visibility, i.day) : undefined,
  });
  return {
    // The picture is large: full-detail boundaries when they have arrived.
    data: i.geo?.data ?? {},
    detail: i.detail,
    glyphs: glyphsUrl(),
    day: i.day,
    visibility: i.visibility,
    fonts: i.fonts,
    // The selection (or the tour step) framed for the slide; otherwise what is on screen.
    bounds: (i.geo && boundsOf(i.related, i.geo.data)) ?? i.shown ?? INITIAL_BOUNDS,
    title: t('export.title'),
    subtitle: i.tourStep ? t('export.subtitleTour', { title: prose(i.tourStep.title) }) : t('export.subtitle'),
    selectionName: sel && i.content ? i.content.titleOf(sel) : proseOrNull(i.tourStep?.title),
    selected: markedFeatureOf(sel),
    related: i.related,
    legend,
    attribution: t('export.attribution', { sources: t('map.attribution') }),
  };
}

/** What "Slides (.pptx)" and "This view as a slide" make: the tour's deck, or one slide of the view. */
export function slidesRequestFor(what: 'tour' | 'view', i: Input): SlidesRequest {
  if (!i.geo || !i.content) throw new Error(t('export.notReady'));
  const { data, visibility, fonts, glyphs, day, legend, title, attribution, bounds, related, selectionName } = exportRequestFor(i);
  return {
    what: what === 'tour' ? { kind: 'tour' } : { kind: 'view', view: { selection: i.selection, name: selectionName ?? t('export.overview'), ...related } },
    content: { declaration: i.content.declaration, links: i.content.links, routes: i.geo.data.routeMeta ?? [], programmes: i.content.programmes, day: i.day },
    meta: { attribution },
    // The slides' pictures draw the map's date too, with the same legend as "Export PNG".
    picture: { data, visibility, fonts, glyphs, day, legend, title, attribution, fallbackBounds: bounds },
  };
}
