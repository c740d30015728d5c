// Everything the layout needs, in one hook: the reducer's state, the data and content as the loader
// brings them, the hooks at the reducer's edges that carry out its requests, and what the map is asked to show.
import { prose } from '../../data/lang';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore, type Dispatch } from 'react';
import type { WaterFile } from '../../data/types';
import type { Content } from '../content/build';
import type { TourStep } from '../content/tour';
import type { GeoLoad } from '../data/geo';
import { createLoader } from '../data/loader';
import { parseEmbed, type EmbedOptions } from '../embed/params';
import { boundsOf, type Bounds } from '../map/camera';
import { asOfDay, asOfFor } from '../state/url';
import { NO_RELATED, type CameraRequest, type FeatureRef, type MapDetail, type Related } from '../map/types';
import { initialState, reducer, type AppAction, type AppState, type SelectOrigin } from '../state/app';
import { lightsOf, mapFeatureOf, type Selection } from '../state/selection';
import { parseHash, type MapView as View } from '../state/url';
import { useUrlSync } from '../state/useUrlSync';
import type { SidePanel as SidePanelType } from './SidePanel';
import { useHostBridge } from '../embed/useHostBridge';
import { usePanelFocus } from './usePanelFocus';
import { useTourSteps } from './useTour';
import { t } from '../i18n';
import { useLang } from './language';


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
  /** The day ('YYYY-MM-DD') the map draws the routes' track and service at. */
  day: string;
  /** Moves the map, the legend and the commitments to a day ('YYYY-MM-DD'). */
  setDay: (day: string) => void;
  /** The selection as the map highlights it: states, routes and places only. */
  mapSelected: FeatureRef | null;
  select: (origin: Exclude<SelectOrigin, 'link' | 'history'>, target: Selection | string) => void;
  close: () => void;
  onMapSelect: (f: FeatureRef | null) => void;
  onMoveEnd: (v: View, bounds: Bounds) => void;
  onFirstIdle: () => void;
  detail: MapDetail;
  /** The rivers-and-lakes table, for a water panel (see WaterTable). */
  water: () => Promise<WaterFile>;
  /** What the map showed last, for an export with nothing selected. */
  lastBounds: () => Bounds | null;
}

/** An address or a choice that needs the content: it loads at once, not after the first idle. */
function needsContentNow(state: AppState): boolean {
  return state.selection !== null || state.queued !== null || Boolean(state.pendingLink?.sel) || state.step !== null || state.asOf !== '2023';
}

export function useAtlas({ map = true, notices = [] }: { map?: boolean; notices?: readonly string[] } = {}): Atlas {
  const [boot] = useState(() => {
    const hash = parseHash(window.location.hash);
    const embed = parseEmbed(window.location.search, hash.rest.find(([k]) => k === 'autoplay')?.[1] ?? null);
    // An upright screen shows beyond the box at once; a link may open on any view.
    return { view: hash.state.map, embed, worldFirst: innerHeight > innerWidth || location.hash.length > 1 };
  });
  const options = boot.embed.options;
  const [state, dispatch] = useReducer(reducer, null, () =>
    initialState(window.location.hash, { tour: options.tour, autoplay: options.autoplay, notices: [...notices, ...boot.embed.notices] }),
  );
  // What loads when is the loader's (src/data/loader.ts): one per app, its timers held while unmounted.
  const [loader] = useState(() =>
    createLoader<typeof SidePanelType>({
      wantContent: !map || needsContentNow(state),
      worldFirst: boot.worldFirst,
      contentBuilder: () => import('../content/build').then((m) => m.buildContent),
      panel: () => import('./SidePanel').then((m) => m.SidePanel),
      onDetailError: (file, e) =>
        dispatch({ type: 'notice', text: t('notice.detailError', { file, problem: e.message }) }),
    }),
  );
  useEffect(() => {
    loader.start();
    return () => loader.stop();
  }, [loader]);
  const { geo, content, panel: SidePanel, detail } = useSyncExternalStore(loader.subscribe, loader.getSnapshot);
  // A new language: the content's generated sentences (reasons, names) are written again in it.
  const lang = useLang();
  const builtIn = useRef(lang);
  useEffect(() => {
    if (builtIn.current === lang) return;
    builtIn.current = lang;
    loader.rebuildContent();
  }, [loader, lang]);
  const contentNeeded = needsContentNow(state);
  useEffect(() => {
    if (contentNeeded) loader.wantContent();
  }, [loader, contentNeeded]);

  useEffect(() => {
    if (content) dispatch({ type: 'link resolved', catalog: { known: content.known, titleOf: content.titleOf } });
  }, [content]);

  const tourSteps = useTourSteps(state.step !== null, content, geo);
  useEffect(() => {
    if (tourSteps) dispatch({ type: 'tour loaded', titles: tourSteps.map((s) => prose(s.title)) });
  }, [tourSteps]);

  const writeView = useUrlSync(state.address, dispatch);
  useHostBridge(options.origin, state.outbox, dispatch);

  const tourStep = state.step !== null && tourSteps ? (tourSteps[Math.min(state.step, tourSteps.length) - 1] ?? null) : null;
  const related = useMemo(
    () => (tourStep ? { ...NO_RELATED, states: tourStep.states, routes: tourStep.routes } : lightsOf(state.selection, content)),
    [tourStep, state.selection, content],
  );
  const camera = useMemo((): CameraRequest | null => {
    const order = state.camera;
    if (!order) return null;
    if (order.target.kind === 'view') return { key: order.key, view: order.target.view };
    const bounds = geo && boundsOf(related, geo.data);
    return bounds ? { key: order.key, bounds } : null;
  }, [state.camera, geo, related]);

  const { select, close } = usePanelFocus(state.selection !== null, dispatch);

  const onMapSelect = useCallback(
    (f: FeatureRef | null) => {
      if (!f) return;
      performance.mark('select');
      select('click', { kind: f.kind, id: f.id });
    },
    [select],
  );

  // What the map showed last; and what the loader must fetch for the zoom it settled at.
  const shown = useRef<Bounds | null>(null);
  const onMoveEnd = useCallback(
    (v: View, bounds: Bounds) => {
      shown.current = bounds;
      writeView(v);
      loader.viewAt(v.zoom);
    },
    [writeView, loader],
  );
  const lastBounds = useCallback(() => shown.current, []);

  const day = asOfDay(state.asOf);
  const setDay = useCallback((d: string) => dispatch({ type: 'as of', value: asOfFor(d) }), []);

  const sel = state.selection;
  const mapSelected = useMemo(() => mapFeatureOf(sel), [sel]);

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
    day,
    setDay,
    select,
    close,
    onMapSelect,
    onMoveEnd,
    onFirstIdle: loader.firstIdle,
    detail,
    water: loader.water,
    lastBounds,
  };
}
