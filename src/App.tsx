// The layout: header, map, legend, panel, tour and dialogs. State lives in the reducer behind
// useAtlas; the map is drawn by MapView, the one place that touches MapLibre.
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { fullMapUrl } from './embed/params';
import { fontUrls } from './map/fonts';
import { MapView } from './map/MapView';
import { ALL_VISIBLE, type LayerVisibility } from './map/style';
import { DECLARATION, idOf, selectionToId } from './state/selection';
import { parseHash } from './state/url';
import { slidesFileName } from './slides/fileName';
import type { SlidesProgress } from './slides/pptx';
import { UpdateNotice } from './pwa/UpdateNotice';
import { legendFolds, openingLegendRoom } from './ui/layout';
import { Legend } from './ui/Legend';
import { marksFor } from './ui/timeline';
import { mapSummary, stateList } from './ui/mapSummary';
import { Notices } from './ui/Notices';
import { useAtlas } from './ui/useAtlas';
import { useFurniture } from './ui/useFurniture';
import { WaterTable } from './ui/waterTable';
import { useMediaQuery } from './ui/useMediaQuery';
import { useWindowSize } from './ui/useWindowSize';
import { hasWebGL2 } from './webgl';
import { t } from './i18n';
import type { Lang } from '../data/lang';
import { LanguageSwitch } from './ui/LanguageSwitch';
import { chooseLanguage, useLang } from './ui/language';

// Loaded only when used: the first view needs none of them.
const Tour = lazy(() => import('./ui/Tour').then((m) => ({ default: m.Tour })));
const EmbedDialog = lazy(() => import('./ui/EmbedDialog'));
const ExportDialog = lazy(() => import('./ui/ExportDialog'));
const SlidesDialog = lazy(() => import('./ui/SlidesDialog'));
const DataDialog = lazy(() => import('./ui/DataDialog'));
const CiteDialog = lazy(() => import('./ui/CiteDialog'));

export function App({ notices }: { notices?: readonly string[] }) {
  const [webgl] = useState(() => hasWebGL2());
  const atlas = useAtlas({ map: webgl, notices });
  // The language: every word re-renders in it; the parts that keep words in memo or state are keyed by it.
  const lang = useLang();
  const [switching, setSwitching] = useState(false);
  const { dispatch: act } = atlas;
  const switchLang = useCallback(
    (next: Lang) => {
      setSwitching(true);
      chooseLanguage(next)
        .catch(() => act({ type: 'notice', text: t('notice.langFailed') }))
        .finally(() => setSwitching(false));
    },
    [act],
  );
  const { state, dispatch, options, geo, content, SidePanel, tourSteps, tourStep, related, select } = atlas;
  const { selection, step } = state;
  const { embed: embedded, legend: showLegend } = options;
  const [dialog, setDialog] = useState<'embed' | 'export' | 'slides' | 'slide' | 'data' | 'cite' | null>(null);
  const [visibility, setVisibility] = useState<LayerVisibility>(ALL_VISIBLE);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const size = useWindowSize();
  const ready = geo !== null && content !== null;
  // The map follows a selection in a render of its own, after the panel: the click's first frame
  // shows the text the reader asked for, the highlight and the camera come a moment later.
  const mapSelected = useDeferredValue(atlas.mapSelected);
  const mapRelated = useDeferredValue(related);
  const mapCamera = useDeferredValue(atlas.camera);
  // The legend, the tour card and the side panel as they lie over the map: the camera frames in what they leave open.
  const main = useRef<HTMLElement>(null);
  const furniture = useFurniture(main);
  // The slider's strip: the routes' and lines' dated changes as soon as they load, the commitments' events with the content.
  const routeMeta = geo && !geo.pending?.length ? geo.data.routeMeta : null;
  const marks = useMemo(() => marksFor(routeMeta, content?.commitments), [routeMeta, content]);
  const legendRoom = openingLegendRoom({ ...size, embedded, legend: showLegend });

  // Stable, so an open dialog's focus trap is not set up again on every render of the app.
  const closeDialog = useCallback(() => setDialog(null), []);
  const selectFromList = useCallback((id: string) => select('list', id), [select]);
  const selectFromTour = useCallback((id: string) => select('tour', idOf('passage', id)), [select]);
  const goStep = useCallback((n: number | null) => dispatch({ type: 'step', step: n, origin: 'user' }), [dispatch]);
  const autoStep = useCallback((n: number) => dispatch({ type: 'step', step: n, origin: 'autoplay' }), [dispatch]);
  const stopAutoplay = useCallback(() => dispatch({ type: 'stop autoplay' }), [dispatch]);
  const onMapError = useCallback((text: string) => dispatch({ type: 'notice', text }), [dispatch]);
  const input = () => ({ geo, detail: atlas.detail, day: atlas.day, content, selection, tourStep, related, visibility, fonts: fontUrls(), shown: atlas.lastBounds() });
  // What an export draws, and its words, load with the export: the first view needs neither.
  const exportRequest = async () => (await import('./ui/exportRequest')).exportRequestFor(input());
  // The slides' code and pptxgenjs load only when the reader asks for slides.
  const buildSlides = (what: 'tour' | 'view') => async (onProgress: (p: SlidesProgress) => void, signal: AbortSignal) => {
    const [{ buildSlides: build }, { slidesRequestFor }] = await Promise.all([import('./slides/build'), import('./ui/exportRequest')]);
    return build(slidesRequestFor(what, input()), onProgress, signal);
  };

  const errors = (geo?.errors ?? []).map((e) => t('app.dataError', { file: e.file, problem: e.message }));

  return (
    <div
      className={`app${embedded ? ' app-embed' : ''}${step !== null ? ' app-tour' : ''}${selection ? ' app-panel' : ''}`}
      data-ready={ready || undefined}
    >
      {!embedded && (
        <header className="app-header">
          <h1>{t('app.name')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
          <div className="header-actions">
            <button type="button" onClick={() => select('list', DECLARATION)} disabled={!content}>
              {t('app.read')}
              <span className="wide-only">{t('app.readMore')}</span>
            </button>
            <button type="button" onClick={() => goStep(step === null ? 1 : null)} disabled={!content} aria-pressed={step !== null}>
              {step === null ? t('app.tour') : t('app.leaveTour')}
            </button>
            <button type="button" onClick={() => setDialog('embed')}>
              {t('app.embed')}
            </button>
            <button type="button" onClick={() => setDialog('export')} disabled={!webgl || !geo}>
              <span className="wide-only">{t('app.exportWide')}</span>
              {t('app.png')}
            </button>
            <button type="button" onClick={() => setDialog('slides')} disabled={!webgl || !content}>
              {t('app.slides')}
              <span className="wide-only">{t('app.slidesMore')}</span>
            </button>
            <button type="button" onClick={() => setDialog('data')}>
              <span className="wide-only">{t('app.downloadData')}</span>
              <span className="narrow-only">{t('app.data')}</span>
            </button>
            {selection && (
              <button type="button" className="wide-only" onClick={() => setDialog('slide')} disabled={!webgl || !content}>
                {t('app.viewAsSlide')}
              </button>
            )}
            <button type="button" onClick={() => setDialog('cite')}>
              {t('app.cite')}
            </button>
            {/* Inside the actions: a header item of its own would wrap the header when a selection adds a
                button, shrinking and redrawing the map on every click. */}
            <LanguageSwitch lang={lang} onChange={switchLang} busy={switching} />
          </div>
        </header>
      )}
      <main className="app-main" ref={main}>
        <Notices notices={state.notices} errors={errors} onDismiss={(index) => dispatch({ type: 'dismiss notice', index })} />
        <UpdateNotice />
        {!webgl ? (
          <div className="notice no-webgl" role="status">
            {t('app.noWebgl')}
          </div>
        ) : (
          // The map starts while the data is still on its way; sources are added when it arrives.
          <div className="map-region" role="region" aria-label={t('app.mapRegion')} aria-describedby="map-summary">
            <p id="map-summary" className="sr-only">
              {mapSummary(geo)}
            </p>
            <MapView
              lang={lang}
              geo={geo}
              detail={atlas.detail}
              visibility={visibility}
              day={atlas.day}
              selected={mapSelected}
              related={mapRelated}
              camera={mapCamera}
              initialView={atlas.initialView}
              obstacles={furniture}
              openingLegendRoom={legendRoom}
              reducedMotion={reducedMotion}
              cooperativeGestures={embedded}
              onSelect={atlas.onMapSelect}
              onMoveEnd={atlas.onMoveEnd}
              onFirstIdle={atlas.onFirstIdle}
              onError={onMapError}
            />
          </div>
        )}
        {showLegend && (
          <Legend
            key={lang}
            visibility={visibility}
            onToggle={(k) => setVisibility((v) => ({ ...v, [k]: !v[k] }))}
            states={stateList(geo)}
            routes={geo && !geo.pending?.length ? (geo.data.routeMeta ?? []) : null}
            selectedId={selection ? selectionToId(selection) : null}
            onSelect={selectFromList}
            compact={embedded || step !== null}
            foldable={legendFolds({ ...size, embedded })}
            day={atlas.day}
            onDay={atlas.setDay}
            marks={marks}
            reducedMotion={reducedMotion}
          />
        )}
        {embedded && (
          <div className="embed-links" data-furniture>
            <button type="button" className="embed-data-link" onClick={() => setDialog('data')}>
              {t('app.downloadData')}
            </button>
            <a className="full-map-link" href={fullMapUrl(window.location.href)} target="_blank" rel="noopener">
              {t('app.openFullMap')}
            </a>
          </div>
        )}
        {selection && content && geo && SidePanel && (
          <WaterTable value={atlas.water}>
            <SidePanel key={lang} selection={selection} geo={geo} content={content} onSelect={selectFromList} onClose={atlas.close} day={atlas.day} />
          </WaterTable>
        )}
        {step !== null && tourSteps && (
          <Suspense fallback={null}>
            <Tour
              key={lang}
              steps={tourSteps}
              step={Math.min(step, tourSteps.length)}
              onStep={goStep}
              onAutoStep={autoStep}
              onExit={() => goStep(null)}
              onOpenPassage={selectFromTour}
              autoplay={state.autoplay}
              onStopAutoplay={stopAutoplay}
              onSlides={webgl && !embedded ? () => setDialog('slides') : undefined}
            />
          </Suspense>
        )}
        <div className="sr-only" aria-live="polite" role="status">
          {state.announcement}
        </div>
      </main>
      <Suspense fallback={null} key={lang}>
        {dialog === 'embed' && (
          <EmbedDialog appUrl={`${window.location.origin}${window.location.pathname}`} lang={lang} state={parseHash(window.location.hash).state} onClose={closeDialog} />
        )}
        {dialog === 'data' && <DataDialog loaded={() => ({ geo, content })} selection={selection} onClose={closeDialog} />}
        {dialog === 'export' && <ExportDialog request={exportRequest} onClose={closeDialog} />}
        {(dialog === 'slides' || dialog === 'slide') && (
          <SlidesDialog
            build={buildSlides(dialog === 'slides' ? 'tour' : 'view')}
            fileName={slidesFileName(dialog === 'slides' || !selection || !content ? 'tour' : content.titleOf(selection), new Date())}
            onClose={closeDialog}
          />
        )}
        {dialog === 'cite' && <CiteDialog lang={lang} viewTitle={selection && content ? content.titleOf(selection) : null} onClose={closeDialog} />}
      </Suspense>
    </div>
  );
}
