// What "Export PNG" (and a slide) draws: the selection or tour step framed, or else what is on
// screen, with the title, the selection's name and the attribution. Pure, beside the app's state.
import { prose, proseOrNull } from '../../data/lang';
import type { Content } from '../content/build';
import type { TourStep } from '../content/tour';
import type { GeoLoad } from '../data/geo';
import { glyphsUrl } from '../map/glyphs';
import { boundsOf, type Bounds } from '../map/camera';
import type { ExportRequest } from '../map/exportPng';
import type { FontUrls, LayerVisibility, RouteStatusOverride } from '../map/style';
import { INITIAL_BOUNDS, type MapDetail, type Related } from '../map/types';
import type { SlidesRequest } from '../slides/build';
import { markedFeatureOf, type Selection } from '../state/selection';

export const ATTRIBUTION = 'Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0) · MapLibre';
export const EXPORT_TITLE = 'The C5+1 New York Declaration, 21 September 2023';

interface Input {
  geo: GeoLoad | null;
  detail: MapDetail;
  statusNow?: RouteStatusOverride;
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
  return {
    // The picture is large: full-detail boundaries when they have arrived.
    data: i.geo?.data ?? {},
    detail: i.detail,
    glyphs: glyphsUrl(),
    statusNow: i.statusNow,
    visibility: i.visibility,
    fonts: i.fonts,
    // The selection (or the tour step) framed for the slide; otherwise what is on screen.
    bounds: (i.geo && boundsOf(i.related, i.geo.data)) ?? i.shown ?? INITIAL_BOUNDS,
    title: EXPORT_TITLE,
    subtitle: i.tourStep ? `Tour: ${prose(i.tourStep.title)}` : 'Corridor Atlas: the five states, the Middle Corridor and the routes toward South Asia',
    selectionName: sel && i.content ? i.content.titleOf(sel) : (proseOrNull(i.tourStep?.title)),
    selected: markedFeatureOf(sel),
    related: i.related,
    attribution: ATTRIBUTION,
  };
}

/** What "Slides (.pptx)" and "This view as a slide" make: the tour's deck, or one slide of the view. */
export function slidesRequestFor(what: 'tour' | 'view', i: Input): SlidesRequest {
  if (!i.geo || !i.content) throw new Error('The map data has not arrived yet.');
  const { data, visibility, fonts, glyphs, title, attribution, bounds, related, selectionName } = exportRequestFor(i);
  return {
    what: what === 'tour' ? { kind: 'tour' } : { kind: 'view', view: { selection: i.selection, name: selectionName ?? 'Overview', ...related } },
    content: { declaration: i.content.declaration, links: i.content.links, routes: i.geo.data.routeMeta ?? [], programmes: i.content.programmes },
    meta: { attribution },
    picture: { data, visibility, fonts, glyphs, title, attribution, fallbackBounds: bounds },
  };
}
