// The one call the app makes for "Slides (.pptx)" and "This view as a slide": the deck from the
// content, each picture from the PNG export's renderer, the file from pptxgenjs. The app imports
// this module on click, so none of it is in the first load.
import { buildTour } from '../content/tour';
import { deckFromSelection, deckFromTour, slidesFileName, type Deck, type DeckContent, type DeckMeta, type SelectionView } from './deck';
import { exportPictureRenderer, type PictureBase } from './picture';
import { writePptx, type RenderPicture, type SlidesProgress } from './pptx';

export interface SlidesRequest {
  /** The whole tour, or one slide for what is selected now. */
  what: { kind: 'tour'; /** Only the first so many steps (a preview, or a quick check). */ limit?: number } | { kind: 'view'; view: SelectionView };
  content: DeckContent;
  meta: DeckMeta;
  picture: PictureBase;
}

/** The deck a request asks for. Pure. */
export function deckFor(req: Pick<SlidesRequest, 'what' | 'content' | 'meta'>): Deck {
  if (req.what.kind === 'view') return deckFromSelection(req.what.view, req.content, req.meta);
  const steps = buildTour(req.content.declaration, req.content.links, req.content.routes).slice(0, req.what.limit);
  return deckFromTour(steps, req.content, req.meta);
}

/** The file name the dialog saves under: "corridor-atlas-tour-…" or the selection's name. */
export function fileNameFor(what: SlidesRequest['what'], date: Date): string {
  return slidesFileName(what.kind === 'tour' ? 'tour' : what.view.name, date);
}

/** Makes the .pptx. `renderPicture` is for tests and tools; the app leaves it to the PNG export. */
export function buildSlides(
  req: SlidesRequest,
  onProgress: (p: SlidesProgress) => void,
  signal: AbortSignal,
  renderPicture: RenderPicture = exportPictureRenderer(req.picture),
): Promise<Blob> {
  return writePptx(deckFor(req), renderPicture, { onProgress, signal });
}
