// Layout and app state: loads the data, holds the selection and the URL, and hands both to the map
// and the panels. No map internals here: MapView is the one place that touches MapLibre.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { C5Id } from '../data/types';
import { C5 } from '../data/types';
import { loadGeo, type GeoLoad } from './data/geo';
import { fullMapUrl, parseEmbed } from './embed/params';
import type { InMessage } from './embed/messages';
import { boundsOf, type Bounds } from './map/camera';
import { fontUrls } from './map/fonts';
import { INITIAL_BOUNDS, MapView, NO_RELATED, type CameraRequest, type FeatureRef, type Related } from './map/MapView';
import { ALL_VISIBLE, type LayerVisibility } from './map/style';
import { writeHash } from './state/history';
import { DECLARATION, resolveSelection, sameSelection, selectionToId, type KnownIds, type Selection } from './state/selection';
import { parseHash, quote, type MapView as View } from './state/url';
import { Legend } from './ui/Legend';
import { Notices } from './ui/Notices';
import type { SidePanel as SidePanelType } from './ui/SidePanel';
import { useHostApi } from './ui/useHostApi';
import { useTourSteps } from './ui/useTour';
import { useContent, type Content } from './ui/useContent';
import { overlayPadding } from './ui/layout';
import { useMediaQuery } from './ui/useMediaQuery';
import { useWindowSize } from './ui/useWindowSize';
import { hasWebGL2 } from './webgl';

// Loaded only when used: the first view needs none of them.
const Tour = lazy(() => import('./ui/Tour').then((m) => ({ default: m.Tour })));
const EmbedDialog = lazy(() => import('./ui/EmbedDialog'));
const ExportDialog = lazy(() => import('./ui/ExportDialog'));

const NO_DATA = {};
const ATTRIBUTION = 'Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0) · MapLibre';

function knownIds(geo: GeoLoad | null, content: Content | null): KnownIds {
  return {
    states: new Set<string>(C5),
    routes: new Set(geo?.data.routeMeta?.map((r) => r.id) ?? []),
    places: new Set(geo?.data.places?.features.map((f) => f.properties.id) ?? []),
    programmes: new Set(content?.programmes.map((p) => p.id) ?? []),
    passages: new Set(content?.declaration.paragraphs.map((p) => p.id) ?? []),
  };
}

/** Which map features a selection points at, for the highlight and the camera. */
function featuresOf(sel: Selection | null, content: Content | null): Related {
  if (!sel) return NO_RELATED;
  if (sel.kind === 'state') return { ...NO_RELATED, states: [sel.id] };
  if (sel.kind === 'route') return { ...NO_RELATED, routes: [sel.id] };
  if (sel.kind === 'place') return { ...NO_RELATED, places: [sel.id] };
  if (!content?.links) return NO_RELATED;
  const refs =
    sel.kind === 'programme'
      ? content.links.featuresForProgramme(sel.id)
      : sel.kind === 'passage'
        ? content.links.featuresForPassage(sel.id).map((x) => x.feature)
        : [];
  return {
    states: refs.filter((r) => r.type === 'state').map((r) => r.id),
    routes: refs.filter((r) => r.type === 'route').map((r) => r.id),
    places: [],
  };
}

export function App() {
  const initial = useMemo(() => parseHash(window.location.hash), []);
  const embed = useMemo(
    () => parseEmbed(window.location.search, initial.rest.find(([k]) => k === 'autoplay')?.[1] ?? null),
    [initial],
  );
  const { embed: embedded, legend: showLegend, origin } = embed.options;
  const [step, setStep] = useState<number | null>(initial.state.step ?? (embed.options.tour ? 1 : null));
  const [autoplay, setAutoplay] = useState<number | null>(embed.options.autoplay);
  const [dialog, setDialog] = useState<'embed' | 'export' | null>(null);
  const view = useRef<{ view: View; bounds: Bounds } | null>(null);
  const [geo, setGeo] = useState<GeoLoad | null>(null);
  const [SidePanel, setPanel] = useState<typeof SidePanelType | null>(null);
  const [webgl] = useState(() => hasWebGL2());
  const content = useContent(geo);
  const [visibility, setVisibility] = useState<LayerVisibility>(ALL_VISIBLE);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [notices, setNotices] = useState<string[]>([...initial.notices, ...embed.notices]);
  const [announcement, setAnnouncement] = useState('');
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const size = useWindowSize();
  const cameraKey = useRef(0);
  const stepRef = useRef(step);
  stepRef.current = step;
  const post = useHostApi(origin, (m) => onHostMessage.current(m));
  const onHostMessage = useRef<(m: InMessage) => void>(() => {});
  const returnFocus = useRef<HTMLElement | null>(null);
  const ready = geo !== null && content !== null;

  useEffect(() => {
    let live = true;
    loadGeo().then((g) => live && setGeo(g));
    // The panel's code arrives beside the data, so the first click does not wait for it. Not
    // React.lazy: a Suspense boundary that resolves is revealed only after React's reveal throttle.
    import('./ui/SidePanel').then((m) => live && setPanel(() => m.SidePanel));
    return () => {
      live = false;
    };
  }, []);

  const known = useMemo(() => knownIds(geo, content), [geo, content]);
  const tourSteps = useTourSteps(step !== null, content, geo);
  const tourStep = step !== null && tourSteps ? tourSteps[Math.min(step, tourSteps.length) - 1] : null;
  const related = useMemo(
    () => (tourStep ? { states: tourStep.states, routes: tourStep.routes, places: [] } : featuresOf(selection, content)),
    [tourStep, selection, content],
  );

  const nameOf = useCallback(
    (sel: Selection): string => (sel.kind === 'declaration' ? 'the whole declaration' : (content?.titleOf(sel) ?? sel.id)),
    [content],
  );

  const frame = useCallback(
    (sel: Selection | null) => {
      if (!sel || !geo) return;
      const f = featuresOf(sel, content);
      const bounds = boundsOf(f, geo.data);
      if (bounds) setCamera({ key: ++cameraKey.current, bounds });
    },
    [geo, content],
  );

  /** Selects something: a history entry, the camera brought to it, an announcement. */
  const select = useCallback(
    (sel: Selection | null, opts: { push?: boolean; move?: boolean } = {}) => {
      const { push = true, move = true } = opts;
      setSelection((prev) => {
        if (!prev && sel && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
          returnFocus.current = document.activeElement;
        }
        return sel;
      });
      if (sel) setStep(null);
      if (push) writeHash({ sel: sel ? selectionToId(sel) : undefined, step: sel ? undefined : stepRef.current ?? undefined }, 'push');
      if (move) frame(sel);
      setAnnouncement(sel ? `Selected ${nameOf(sel)}.` : 'Selection cleared.');
      post({ type: 'atlas:selected', id: sel ? selectionToId(sel) : null });
    },
    [frame, nameOf],
  );

  const selectId = useCallback(
    (id: string) => {
      const sel = resolveSelection(id, known);
      if (sel) select(sel);
    },
    [known, select],
  );

  const close = useCallback(() => {
    select(null, { move: false });
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && document.contains(back)) back.focus();
  }, [select]);

  // A link with parts the atlas could not use is rewritten without them, so it can be shared cleanly.
  useEffect(() => {
    if (initial.notices.length > 0) writeHash({}, 'replace');
  }, [initial]);

  // The link's selection is resolved once the data it names has arrived.
  const restored = useRef(false);
  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    if (!initial.state.sel) return;
    const sel = resolveSelection(initial.state.sel, known);
    if (!sel) {
      setNotices((n) => [...n, `The link asks for ${quote(initial.state.sel!)}, which is not on this map; showing the whole map instead.`]);
      writeHash({ sel: undefined }, 'replace');
      return;
    }
    setSelection(sel);
    setAnnouncement(`Selected ${nameOf(sel)}.`);
    if (!initial.state.map) frame(sel);
  }, [ready, initial, known, frame, nameOf]);

  // Back and Forward: the URL is the source of truth for what is selected and where the map is.
  useEffect(() => {
    const onPop = () => {
      const p = parseHash(window.location.hash);
      const sel = p.state.sel ? resolveSelection(p.state.sel, known) : null;
      const said = [...p.notices];
      if (p.state.sel && !sel) said.push(`The link asks for ${quote(p.state.sel)}, which is not on this map.`);
      // The newest few only: a flood of bad links must not bury the map under notices.
      if (said.length) setNotices((n) => [...n, ...said].filter((x, i, all) => all.indexOf(x) === i).slice(-3));
      setSelection((prev) => (sameSelection(prev, sel) ? prev : sel));
      if (p.state.map) setCamera({ key: ++cameraKey.current, view: p.state.map });
      else frame(sel);
      setAnnouncement(sel ? `Selected ${nameOf(sel)}.` : 'Selection cleared.');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [known, frame, nameOf]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && selection) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, close]);

  // The tour: the hash holds the step; the camera frames what the step lights up.
  const goStep = useCallback(
    (n: number | null) => {
      setStep(n);
      if (n !== null) setSelection(null);
      writeHash({ step: n ?? undefined, sel: n !== null ? undefined : parseHash(window.location.hash).state.sel }, 'replace');
    },
    [],
  );
  useEffect(() => {
    if (!tourStep || !geo || !tourSteps || step === null) return;
    const bounds = boundsOf({ states: tourStep.states, routes: tourStep.routes }, geo.data);
    if (bounds) setCamera({ key: ++cameraKey.current, bounds });
    setAnnouncement(`Tour step ${step} of ${tourSteps.length}: ${tourStep.title}.`);
    post({ type: 'atlas:step', index: step, total: tourSteps.length });
  }, [tourStep, tourSteps, step, geo, post]);
  useEffect(() => {
    if (tourSteps && step !== null && step > tourSteps.length) goStep(tourSteps.length);
  }, [tourSteps, step, goStep]);

  onHostMessage.current = (m: InMessage) => {
    const total = tourSteps?.length ?? null;
    switch (m.type) {
      case 'atlas:select': {
        const sel = resolveSelection(m.id, known);
        if (sel) select(sel);
        else post({ type: 'atlas:selected', id: null });
        break;
      }
      case 'atlas:clear':
        if (step !== null) goStep(null);
        select(null, { move: false });
        break;
      case 'atlas:step':
        goStep(total ? Math.min(m.index, total) : m.index);
        break;
      case 'atlas:next':
        goStep(step === null ? 1 : total ? Math.min(total, step + 1) : step + 1);
        break;
      case 'atlas:prev':
        goStep(step === null ? 1 : Math.max(1, step - 1));
        break;
    }
  };

  const readyPosted = useRef(false);
  useEffect(() => {
    if (ready && !readyPosted.current) {
      readyPosted.current = true;
      post({ type: 'atlas:ready' });
    }
  }, [ready, post]);

  const onMapSelect = useCallback(
    (f: FeatureRef | null) => {
      if (!f) return;
      performance.mark('select');
      select({ kind: f.kind, id: f.id });
    },
    [select],
  );

  const onMoveEnd = useCallback((v: View, bounds: Bounds) => {
    view.current = { view: v, bounds };
    writeHash({ map: v }, 'replace');
  }, []);

  const exportRequest = useCallback(() => {
    const sel = selection;
    return {
      data: geo?.data ?? {},
      visibility,
      fonts: fontUrls(),
      // The selection (or the tour step) framed for the slide; otherwise what is on screen.
      bounds: (geo && boundsOf(related, geo.data)) ?? view.current?.bounds ?? INITIAL_BOUNDS,
      title: 'The C5+1 New York Declaration, 21 September 2023',
      subtitle: tourStep ? `Tour: ${tourStep.title}` : 'Corridor Atlas: the five states, the Middle Corridor and the routes toward South Asia',
      selectionName: sel && content ? content.titleOf(sel) : (tourStep?.title ?? null),
      selected: sel && (sel.kind === 'state' || sel.kind === 'route' || sel.kind === 'place') ? { kind: sel.kind, id: sel.id } : null,
      related,
      attribution: ATTRIBUTION,
    };
  }, [selection, geo, visibility, content, related, tourStep]);

  const mapSelected: FeatureRef | null =
    selection && (selection.kind === 'state' || selection.kind === 'route' || selection.kind === 'place')
      ? { kind: selection.kind, id: selection.id, name: '' }
      : null;

  const states = useMemo(
    () =>
      C5.map((id: C5Id) => ({
        id,
        name: geo?.data.countries?.features.find((f) => f.properties.id === id)?.properties.name ?? id,
      })),
    [geo],
  );

  const errors = geo?.errors ?? [];
  const summary = useMemo(() => {
    const routes = geo?.data.routeMeta ?? [];
    const mc = routes.filter((r) => r.group === 'middle-corridor').map((r) => r.name);
    const sa = routes.filter((r) => r.group === 'south-asia').map((r) => r.name);
    return `Map of Central Asia showing the five signatory states (${states.map((s) => s.name).join(', ')}); ${mc.length} Middle Corridor routes (${mc.join('; ')}); ${sa.length} routes toward South Asia (${sa.join('; ')}); and ${geo?.data.places?.features.length ?? 0} places. Every state and route can also be chosen from the lists in the legend.`;
  }, [geo, states]);

  const hashState = () => parseHash(window.location.hash).state;
  const appUrl = () => `${window.location.origin}${window.location.pathname}`;

  return (
    <div
      className={`app${embedded ? ' app-embed' : ''}${step !== null ? ' app-tour' : ''}${selection ? ' app-panel' : ''}`}
      data-ready={ready || undefined}
    >
      {!embedded && (
        <header className="app-header">
          <h1>Corridor Atlas</h1>
          <p className="subtitle">The C5+1 New York Declaration, 21 September 2023, on a map</p>
          <div className="header-actions">
            <button type="button" onClick={() => select(DECLARATION, { move: false })} disabled={!content}>
              Read<span className="wide-only"> the declaration</span>
            </button>
            <button type="button" onClick={() => goStep(step === null ? 1 : null)} disabled={!content} aria-pressed={step !== null}>
              {step === null ? 'Tour' : 'Leave tour'}
            </button>
            <button type="button" onClick={() => setDialog('embed')}>
              Embed
            </button>
            <button type="button" onClick={() => setDialog('export')} disabled={!webgl || !geo}>
              <span className="wide-only">Export </span>PNG
            </button>
          </div>
        </header>
      )}
      <main className="app-main">
        <Notices
          notices={notices}
          errors={errors.map((e) => `Map data ${e.file} ${e.message}; what depends on it is not shown, and the rest of the atlas still works.`)}
          onDismiss={(i) => setNotices((n) => n.filter((_, j) => j !== i))}
        />
        {!webgl ? (
          <div className="notice no-webgl" role="status">
            This browser cannot draw the map: WebGL 2 is not available. Everything else works — choose a state or a
            route from the lists, read the declaration, or search it.
          </div>
        ) : (
          // The map starts while the data is still on its way; sources are added when it arrives.
          (
            <div className="map-region" role="region" aria-label="Map of the corridor" aria-describedby="map-summary">
              <p id="map-summary" className="sr-only">
                {summary}
              </p>
              <MapView
                data={geo?.data ?? NO_DATA}
                dataReady={geo !== null}
                visibility={visibility}
                selected={mapSelected}
                related={related}
                camera={camera}
                initialView={initial.state.map}
                padding={overlayPadding({ ...size, embedded, legend: showLegend, card: Boolean(selection || tourStep) })}
                reducedMotion={reducedMotion}
                cooperativeGestures={embedded}
                onSelect={onMapSelect}
                onMoveEnd={onMoveEnd}
                onError={(m) => setNotices((n) => (n.includes(m) ? n : [...n, m]))}
              />
            </div>
          )
        )}
        {showLegend && (
          <Legend
            visibility={visibility}
            onToggle={(k) => setVisibility((v) => ({ ...v, [k]: !v[k] }))}
            states={states}
            routes={geo?.data.routeMeta ?? []}
            selectedId={selection ? selectionToId(selection) : null}
            onSelect={selectId}
            compact={embedded || step !== null}
          />
        )}
        {embedded && (
          <a className="full-map-link" href={fullMapUrl(window.location.href)} target="_blank" rel="noopener">
            Open the full map ↗
          </a>
        )}
        {selection && content && geo && SidePanel && (
          <SidePanel selection={selection} geo={geo.data} content={content} onSelect={selectId} onClose={close} />
        )}
        {step !== null && tourSteps && (
          <Suspense fallback={null}>
            <Tour
              steps={tourSteps}
              step={Math.min(step, tourSteps.length)}
              onStep={goStep}
              onExit={() => goStep(null)}
              onOpenPassage={(id) => selectId(`passage:${id}`)}
              autoplay={autoplay}
              onStopAutoplay={() => setAutoplay(null)}
            />
          </Suspense>
        )}
        <div className="sr-only" aria-live="polite" role="status">
          {announcement}
        </div>
      </main>
      <Suspense fallback={null}>
        {dialog === 'embed' && <EmbedDialog appUrl={appUrl()} state={hashState()} onClose={() => setDialog(null)} />}
        {dialog === 'export' && <ExportDialog request={exportRequest} onClose={() => setDialog(null)} />}
      </Suspense>
    </div>
  );
}
