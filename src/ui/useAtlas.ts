// Everything the layout needs, in one hook: the reducer's state, the data and content as they
// arrive, the hooks that carry out its requests, and what the map is asked to show.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import type { Content } from '../content/build';
import { paragraphOf } from '../content/passages';
import { waterOfPassage, waterOfProgramme } from '../content/water';
import type { TourStep } from '../content/tour';
import { FIRST_VIEW, loadFullCountries, loadGeo, loadPhysicalDetail, loadRest, type GeoLoad } from '../data/geo';
import { DETAIL_MINZOOM } from '../map/physical';
import { parseEmbed, type EmbedOptions } from '../embed/params';
import { boundsOf, type Bounds } from '../map/camera';
import type { RouteStatusOverride } from '../map/style';
import { NO_RELATED, type CameraRequest, type FeatureRef, type MapDetail, type Related } from '../map/types';
import { initialState, reducer, type AppAction, type AppState, type SelectOrigin } from '../state/app';
import type { Selection } from '../state/selection';
import { parseHash, type AsOf, type MapView as View } from '../state/url';
import { useUrlSync } from '../state/useUrlSync';
import type { SidePanel as SidePanelType } from './SidePanel';
import { useContent } from './useContent';
import { useHostBridge } from '../embed/useHostBridge';
import { useTourSteps } from './useTour';

/** Which map features a selection points at, for the highlight and the camera. */
function featuresOf(sel: Selection | null, content: Content | null): Related {
  if (!sel) return NO_RELATED;
  if (sel.kind === 'state') return { ...NO_RELATED, states: [sel.id] };
  if (sel.kind === 'route') return { ...NO_RELATED, routes: [sel.id] };
  if (sel.kind === 'place') return { ...NO_RELATED, places: [sel.id] };
  if (sel.kind === 'water') return { ...NO_RELATED, water: [sel.id] };
  if (sel.kind === 'commitment') return commitmentFeatures(sel.id, content);
  if (!content?.links) return NO_RELATED;
  const refs =
    sel.kind === 'programme'
      ? content.links.featuresForProgramme(sel.id)
      : sel.kind === 'passage'
        ? content.links.featuresForPassage(paragraphOf(sel.id)).map((x) => x.feature)
        : [];
  return {
    states: refs.filter((r) => r.type === 'state').map((r) => r.id),
    routes: refs.filter((r) => r.type === 'route').map((r) => r.id),
    places: [],
    water:
      sel.kind === 'programme' ? waterOfProgramme(sel.id) : sel.kind === 'passage' ? waterOfPassage(sel.id, content.declaration) : [],
  };
}

/** A commitment's features: the states and routes it concerns, and its programmes' features. */
export function commitmentFeatures(id: string, content: Content | null): Related {
  const c = content?.commitmentById.get(id);
  if (!c) return NO_RELATED;
  const refs = (c.concerns.programmes ?? []).flatMap((p) => content?.links?.featuresForProgramme(p) ?? []);
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    ...NO_RELATED,
    states: uniq([...(c.concerns.states ?? []), ...refs.filter((r) => r.type === 'state').map((r) => r.id)]).filter((s) => content?.known.states.has(s)),
    routes: uniq([...(c.concerns.routes ?? []), ...refs.filter((r) => r.type === 'route').map((r) => r.id)]).filter((r) => content?.known.routes.has(r)),
    places: uniq(c.concerns.features ?? []).filter((p) => content?.known.places.has(p)),
  };
}

/** From this zoom the full-detail boundaries load at once (the first view's are cut for zoom ≤ 4.5). */
const COUNTRIES_DETAIL_ZOOM = 4.8;

/** How long after the first idle the full-detail boundaries are fetched. */
const DETAIL_DELAY_MS = 4000;

export interface Atlas {
  state: AppState;
  dispatch: Dispatch<AppAction>;
  options: EmbedOptions;
  /** The view the address held when the page opened, if any. */
  initialView: View | undefined;
  geo: GeoLoad | null;
  content: Content | null;
  SidePanel: typeof SidePanelType | null;
  tourSteps: TourStep[] | null;
  tourStep: TourStep | null;
  related: Related;
  camera: CameraRequest | null;
  /** Routes drawn at their status now when the address says asof=latest; undefined for September 2023. */
  statusNow: RouteStatusOverride | undefined;
  setAsOf: (value: AsOf) => void;
  /** The selection as the map highlights it: states, routes and places only. */
  mapSelected: FeatureRef | null;
  select: (origin: Exclude<SelectOrigin, 'link' | 'history'>, target: Selection | string) => void;
  close: () => void;
  onMapSelect: (f: FeatureRef | null) => void;
  onMoveEnd: (v: View, bounds: Bounds) => void;
  onFirstIdle: () => void;
  detail: MapDetail;
  /** What the map showed last, for an export with nothing selected. */
  lastBounds: () => Bounds | null;
}

/**
 * The content (the declaration's text, the links, the commitments) and the side panel's code are
 * not needed to draw the first map: they load right after its first idle, so the first view's
 * bytes and main-thread time go to the map. A link or a choice that needs them loads them at once;
 * so does a page with no map, and a map that never idles gets them after a while anyway.
 */
const CONTENT_FALLBACK_MS = 10_000;

function needsContentNow(state: AppState): boolean {
  return state.selection !== null || state.queued !== null || Boolean(state.pendingLink?.sel) || state.step !== null || state.asOf === 'latest';
}

export function useAtlas({ map = true }: { map?: boolean } = {}): Atlas {
  const [boot] = useState(() => {
    const hash = parseHash(window.location.hash);
    const embed = parseEmbed(window.location.search, hash.rest.find(([k]) => k === 'autoplay')?.[1] ?? null);
    return { view: hash.state.map, embed };
  });
  const options = boot.embed.options;
  const [state, dispatch] = useReducer(reducer, null, () =>
    initialState(window.location.hash, { tour: options.tour, autoplay: options.autoplay, notices: boot.embed.notices }),
  );
  const [geo, setGeo] = useState<GeoLoad | null>(null);
  const [SidePanel, setPanel] = useState<typeof SidePanelType | null>(null);
  // Latched: once wanted, the content stays wanted.
  const [wantContent, setWantContent] = useState(() => !map || needsContentNow(state));
  if (!wantContent && needsContentNow(state)) setWantContent(true);
  // The content is built once the routes' metadata, which the first view does not load, is in.
  const content = useContent(wantContent && geo && !geo.pending?.length ? geo : null);

  useEffect(() => {
    let live = true;
    loadGeo('geo/', fetch, FIRST_VIEW).then((g) => live && setGeo(g));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!wantContent || !geo?.pending?.length) return;
    let live = true;
    loadRest(geo).then((g) => live && setGeo(g));
    return () => {
      live = false;
    };
  }, [wantContent, geo]);
  useEffect(() => {
    if (!wantContent) {
      const timer = window.setTimeout(() => setWantContent(true), CONTENT_FALLBACK_MS);
      return () => window.clearTimeout(timer);
    }
    let live = true;
    // Not React.lazy: a Suspense boundary that resolves is revealed only after React's reveal throttle.
    import('./SidePanel').then((m) => live && setPanel(() => m.SidePanel));
    return () => {
      live = false;
    };
  }, [wantContent]);

  useEffect(() => {
    if (content) dispatch({ type: 'link resolved', catalog: { known: content.known, titleOf: content.titleOf } });
  }, [content]);

  const tourSteps = useTourSteps(state.step !== null, content, geo);
  useEffect(() => {
    if (tourSteps) dispatch({ type: 'tour loaded', titles: tourSteps.map((s) => s.title) });
  }, [tourSteps]);

  const writeView = useUrlSync(state.address, dispatch);
  useHostBridge(options.origin, state.outbox, dispatch);

  const tourStep = state.step !== null && tourSteps ? (tourSteps[Math.min(state.step, tourSteps.length) - 1] ?? null) : null;
  const related = useMemo(
    () => (tourStep ? { ...NO_RELATED, states: tourStep.states, routes: tourStep.routes } : featuresOf(state.selection, content)),
    [tourStep, state.selection, content],
  );
  const camera = useMemo((): CameraRequest | null => {
    const order = state.camera;
    if (!order) return null;
    if (order.target.kind === 'view') return { key: order.key, view: order.target.view };
    const bounds = geo && boundsOf(related, geo.data);
    return bounds ? { key: order.key, bounds } : null;
  }, [state.camera, geo, related]);

  // Esc returns the focus to where it was before the panel opened.
  const returnFocus = useRef<HTMLElement | null>(null);
  const open = state.selection !== null;
  // Read through a ref so `select` (and the map's click handler built on it) stays the same function
  // when a panel opens: the memoized map then skips the click's first render.
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  const select = useCallback((origin: Exclude<SelectOrigin, 'link' | 'history'>, target: Selection | string) => {
    const active = document.activeElement;
    if (!openRef.current && active instanceof HTMLElement && active !== document.body) returnFocus.current = active;
    dispatch({ type: 'select', origin, target });
  }, []);
  const close = useCallback(() => {
    dispatch({ type: 'clear' });
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && document.contains(back)) back.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  const onMapSelect = useCallback(
    (f: FeatureRef | null) => {
      if (!f) return;
      performance.mark('select');
      select('click', { kind: f.kind, id: f.id });
    },
    [select],
  );

  // Detail the first view does not need: full boundaries after the first idle, the physical
  // layers' small rivers, peaks and full glaciers once the reader zooms in.
  const [detail, setDetail] = useState<MapDetail>({});
  const physicalAsked = useRef(false);
  const missing = useCallback(
    (file: string) => (e: Error) => dispatch({ type: 'notice', text: `Map detail ${file} ${e.message}; the map shows less detail, and everything else works.` }),
    [],
  );
  const countriesAsked = useRef(false);
  const loadCountries = useCallback(() => {
    if (countriesAsked.current) return;
    countriesAsked.current = true;
    loadFullCountries().then((countries) => {
      // The last of what opening the app loads by itself; the benchmark's memory run starts after it.
      performance.mark('countries-detail');
      setDetail((d) => ({ ...d, countries }));
    }, missing('countries.geojson'));
  }, [missing]);
  const onFirstIdle = useCallback(() => {
    setWantContent(true);
    // Not at the first idle itself: parsing and re-tiling 370 kB of boundaries then would land on
    // the reader's first click (measured: click → panel 200–350 ms instead of 40–60 ms).
    // With a timeout: a page that never idles (a kiosk tour) must still get its detail.
    window.setTimeout(() => ('requestIdleCallback' in window ? window.requestIdleCallback(loadCountries, { timeout: 2000 }) : loadCountries()), DETAIL_DELAY_MS);
  }, [loadCountries]);
  const shown = useRef<Bounds | null>(null);
  const onMoveEnd = useCallback(
    (v: View, bounds: Bounds) => {
      shown.current = bounds;
      writeView(v);
      // Closer in, the first view's coarse borders would show: the full ones load at once.
      if (v.zoom >= COUNTRIES_DETAIL_ZOOM) loadCountries();
      if (v.zoom >= DETAIL_MINZOOM - 0.5 && !physicalAsked.current) {
        physicalAsked.current = true;
        loadPhysicalDetail().then((physical) => setDetail((d) => ({ ...d, physical })), missing('physical-detail.geojson'));
      }
    },
    [writeView, missing, loadCountries],
  );
  const lastBounds = useCallback(() => shown.current, []);

  const statusNow = state.asOf === 'latest' ? content?.routeStatusNow : undefined;
  const setAsOf = useCallback((value: AsOf) => dispatch({ type: 'as of', value }), []);

  const sel = state.selection;
  const mapSelected = useMemo(
    () => (sel && (sel.kind === 'state' || sel.kind === 'route' || sel.kind === 'place' || sel.kind === 'water') ? { kind: sel.kind, id: sel.id, name: '' } : null),
    [sel],
  );

  return {
    state,
    dispatch,
    options,
    initialView: boot.view,
    geo,
    content,
    SidePanel,
    tourSteps,
    tourStep,
    related,
    camera,
    mapSelected,
    statusNow,
    setAsOf,
    select,
    close,
    onMapSelect,
    onMoveEnd,
    onFirstIdle,
    detail,
    lastBounds,
  };
}
