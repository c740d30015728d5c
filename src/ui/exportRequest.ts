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
import { activeLang } from '../i18n';
import { labelLanguage, nameOf } from '../i18n/names';


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

/**
 * The selection's name as the picture's title card writes it: a state's or a place's in the reader's
 * language, as the map labels it (the content's titles are the data's English names).
 */
function selectionName(sel: Selection | null, content: Content | null): string | null {
  if (!sel || !content) return null;
  const name = content.titleOf(sel);
  if (sel.kind === 'state') return nameOf('countries', sel.id, name);
  if (sel.kind === 'place') return nameOf('places', sel.id, name);
  return name;
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
    selectionName: selectionName(sel, i.content) ?? proseOrNull(i.tourStep?.title),
    selected: markedFeatureOf(sel),
    related: i.related,
    legend,
    attribution: t('export.attribution', { sources: t('map.attribution') }),
    // The map's labels, and the canvas font's letters, in the reader's language.
    labels: labelLanguage(),
    lang: activeLang(),
  };
}

/** What "Slides (.pptx)" and "This view as a slide" make: the tour's deck, or one slide of the view. */
export function slidesRequestFor(what: 'tour' | 'view', i: Input): SlidesRequest {
  if (!i.geo || !i.content) throw new Error(t('export.notReady'));
  const { data, visibility, fonts, glyphs, day, legend, title, attribution, bounds, related, selectionName, labels, lang } = exportRequestFor(i);
  return {
    what: what === 'tour' ? { kind: 'tour' } : { kind: 'view', view: { selection: i.selection, name: selectionName ?? t('export.overview'), ...related } },
    content: { declaration: i.content.declaration, links: i.content.links, routes: i.geo.data.routeMeta ?? [], programmes: i.content.programmes, day: i.day },
    meta: { attribution },
    // The slides' pictures draw the map's date too, with the same legend as "Export PNG".
    picture: { data, visibility, fonts, glyphs, day, legend, title, attribution, labels, lang, fallbackBounds: bounds },
  };
}
