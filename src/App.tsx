// Layout and app state: loads the data, holds the selection and the URL, and hands both to the map
// and the panels. No map internals here: MapView is the one place that touches MapLibre.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { C5Id } from '../data/types';
import { C5 } from '../data/types';
import { loadGeo, type GeoLoad } from './data/geo';
import { boundsOf } from './map/camera';
import { MapView, NO_RELATED, type CameraRequest, type FeatureRef, type Related } from './map/MapView';
import { ALL_VISIBLE, type LayerVisibility } from './map/style';
import { writeHash } from './state/history';
import { DECLARATION, resolveSelection, sameSelection, selectionToId, type KnownIds, type Selection } from './state/selection';
import { parseHash, quote, type MapView as View } from './state/url';
import { Legend } from './ui/Legend';
import { Notices } from './ui/Notices';
import { SidePanel } from './ui/SidePanel';
import { useContent, type Content } from './ui/useContent';
import { useMediaQuery } from './ui/useMediaQuery';
import { hasWebGL2 } from './webgl';

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
  const [geo, setGeo] = useState<GeoLoad | null>(null);
  const content = useContent(geo);
  const [webgl] = useState(() => hasWebGL2());
  const [visibility, setVisibility] = useState<LayerVisibility>(ALL_VISIBLE);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const [announcement, setAnnouncement] = useState('');
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const phone = useMediaQuery('(max-width: 700px)');
  const cameraKey = useRef(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const ready = geo !== null && content !== null;

  useEffect(() => {
    let live = true;
    loadGeo().then((g) => live && setGeo(g));
    return () => {
      live = false;
    };
  }, []);

  const known = useMemo(() => knownIds(geo, content), [geo, content]);
  const related = useMemo(() => featuresOf(selection, content), [selection, content]);

  const nameOf = useCallback(
    (sel: Selection): string => {
      if (sel.kind === 'declaration') return 'the whole declaration';
      if (sel.kind === 'state') return geo?.data.countries?.features.find((f) => f.properties.id === sel.id)?.properties.name ?? sel.id;
      if (sel.kind === 'route') return geo?.data.routeMeta?.find((r) => r.id === sel.id)?.name ?? sel.id;
      if (sel.kind === 'place') return geo?.data.places?.features.find((f) => f.properties.id === sel.id)?.properties.name ?? sel.id;
      if (sel.kind === 'programme') return content?.programmes.find((p) => p.id === sel.id)?.name ?? sel.id;
      return `passage ${sel.id}`;
    },
    [geo, content],
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
      if (push) writeHash({ sel: sel ? selectionToId(sel) : undefined }, 'push');
      if (move) frame(sel);
      setAnnouncement(sel ? `Selected ${nameOf(sel)}.` : 'Selection cleared.');
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

  const onMapSelect = useCallback(
    (f: FeatureRef | null) => {
      if (!f) return;
      select({ kind: f.kind, id: f.id });
    },
    [select],
  );

  const onMoveEnd = useCallback((v: View) => writeHash({ map: v }, 'replace'), []);

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

  return (
    <div className="app">
      <header className="app-header">
        <h1>Corridor Atlas</h1>
        <p className="subtitle">The C5+1 New York Declaration, 21 September 2023, on a map</p>
        <div className="header-actions">
          <button type="button" onClick={() => select(DECLARATION, { move: false })} disabled={!content}>
            Read the declaration
          </button>
        </div>
      </header>
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
          geo && (
            <div className="map-region" role="region" aria-label="Map of the corridor" aria-describedby="map-summary">
              <p id="map-summary" className="sr-only">
                {summary}
              </p>
              <MapView
                data={geo.data}
                visibility={visibility}
                selected={mapSelected}
                related={related}
                camera={camera}
                initialView={initial.state.map}
                padding={{
                  // The legend covers the map's left edge on wide screens; the panel its right or bottom.
                  left: phone ? 0 : 260,
                  right: selection && !phone ? 420 : 0,
                  bottom: selection && phone ? Math.round(window.innerHeight * 0.5) : 0,
                }}
                reducedMotion={reducedMotion}
                onSelect={onMapSelect}
                onMoveEnd={onMoveEnd}
                onError={(m) => setNotices((n) => (n.includes(m) ? n : [...n, m]))}
              />
            </div>
          )
        )}
        <Legend
          visibility={visibility}
          onToggle={(k) => setVisibility((v) => ({ ...v, [k]: !v[k] }))}
          states={states}
          routes={geo?.data.routeMeta ?? []}
          selectedId={selection ? selectionToId(selection) : null}
          onSelect={selectId}
        />
        {selection && content && geo && (
          <SidePanel selection={selection} geo={geo.data} content={content} onSelect={selectId} onClose={close} />
        )}
        <div className="sr-only" aria-live="polite" role="status">
          {announcement}
        </div>
      </main>
    </div>
  );
}
