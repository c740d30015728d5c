// What "Export PNG" (and a slide) draws: the selection or tour step framed, or else what is on
// screen, with the title, the selection's name and the attribution. Pure, beside the app's state.
import type { Content } from '../content/build';
import type { TourStep } from '../content/tour';
import type { GeoLoad } from '../data/geo';
import { boundsOf, type Bounds } from '../map/camera';
import type { ExportRequest } from '../map/exportPng';
import type { FontUrls, LayerVisibility } from '../map/style';
import { INITIAL_BOUNDS, type Related } from '../map/types';
import type { Selection } from '../state/selection';

export const ATTRIBUTION = 'Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0) · MapLibre';
export const EXPORT_TITLE = 'The C5+1 New York Declaration, 21 September 2023';

interface Input {
  geo: GeoLoad | null;
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
    data: i.geo?.data ?? {},
    visibility: i.visibility,
    fonts: i.fonts,
    // The selection (or the tour step) framed for the slide; otherwise what is on screen.
    bounds: (i.geo && boundsOf(i.related, i.geo.data)) ?? i.shown ?? INITIAL_BOUNDS,
    title: EXPORT_TITLE,
    subtitle: i.tourStep ? `Tour: ${i.tourStep.title}` : 'Corridor Atlas: the five states, the Middle Corridor and the routes toward South Asia',
    selectionName: sel && i.content ? i.content.titleOf(sel) : (i.tourStep?.title ?? null),
    selected: sel && (sel.kind === 'state' || sel.kind === 'route' || sel.kind === 'place') ? { kind: sel.kind, id: sel.id } : null,
    related: i.related,
    attribution: ATTRIBUTION,
  };
}
