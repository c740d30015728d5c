// The one place that touches MapLibre: draws the style, turns pointer events into feature ids,
// and mirrors hover, selection and related features into feature-state. Each concern is a hook
// beside it: what is drawn (useMapLayers), the highlight (useHighlight), the camera (useCamera),
// hover and click (usePointer), printing (usePrintShot); the test build's hook is testHook.ts.
import { proseOrNull, type Lang } from '../../data/lang';
import { memo, useRef, useState } from 'react';
import { Layer, Map as MapGL, NavigationControl, Source, type MapLib, type MapRef } from '@vis.gl/react-maplibre';
import type { MapGeoJSONFeature, MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { VIEW_BOUNDS } from '../../data/bbox';
import { indexGeo, type GeoIndex, type GeoLoad } from '../data/geo';
import { pickedFeature } from '../state/selection';
import type { MapView as View } from '../state/url';
import { openingBounds, type Bounds } from './camera';
import type { Rect } from './framing';
import { nearest } from './hit';
import * as maplibreLib from './maplibreLib';
import { raiseMapIdle } from './mapIdle';
import { INTERACTIVE_LAYERS, type LayerVisibility } from './style';
import { exposeMapForTests } from './testHook';
import { type CameraRequest, type FeatureRef, type MapDetail, type Related } from './types';
import { useCamera } from './useCamera';
import { useHighlight } from './useHighlight';
import { useMapLayers } from './useMapLayers';
import { usePointer } from './usePointer';
import { usePrintShot } from './usePrintShot';
import { t } from '../i18n';

interface Props {
  /** The reader's language: the labels' names and numbers follow it. */
  lang: Lang;
  /** Null until the data has arrived (or failed): until then an idle map is not yet the first map. */
  geo: GeoLoad | null;
  /** Full detail once it has arrived (see useDetail); the first view draws without it. */
  detail: MapDetail;
  visibility: LayerVisibility;
  /** Routes drawn at their status now (asof=latest); absent: at September 2023. */
  /** The day ('YYYY-MM-DD') whose track and service statuses the routes are drawn at. */
  day: string;
  selected: FeatureRef | null;
  related: Related;
  camera: CameraRequest | null;
  initialView?: View;
  /** What lies over the map (legend, tour card, side panel), from its top-left corner: the camera frames features in what it leaves open. */
  obstacles: readonly Rect[];
  /** Px kept free on the left for an open legend in the opening view, framed before the legend is measured. */
  openingLegendRoom: number;
  reducedMotion: boolean;
  /** In an embed, one-finger and wheel gestures scroll the host page; the map needs two fingers or Ctrl. */
  cooperativeGestures?: boolean;
  onSelect: (f: FeatureRef | null) => void;
  onMoveEnd?: (v: View, bounds: Bounds) => void;
  /** The first map with its data drawn: the moment to fetch what the first view did not need. */
  onFirstIdle?: () => void;
  onError?: (message: string) => void;
}

/**
 * MapLibre for the wrapper, handed in rather than left to its own `import('maplibre-gl')`: the map is
 * made at once from the app's chunk. Only the classes the atlas uses (see maplibreLib.ts, whose test
 * checks that every one the wrapper's components read is there), hence the cast.
 */
const MAP_LIB = maplibreLib as unknown as MapLib;

const NO_DATA = {};
const NO_INDEX = indexGeo(NO_DATA);

/** The feature under the pointer as its kind's registry entry reads it; routes are named from their index. */
const toRef = (f: MapGeoJSONFeature, routes: GeoIndex['routes']): FeatureRef | null =>
  pickedFeature(f.layer.id, f.properties as Record<string, unknown>, (_, id) => proseOrNull(routes.get(id)?.name) ?? undefined);

function lineCoords(f: MapGeoJSONFeature): number[][][] {
  const g = f.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

/** The feature an event points at: a place first, then the nearest route line, then the rest. */
function pick(e: MapLayerMouseEvent, index: GeoIndex): FeatureRef | null {
  const features = e.features ?? [];
  const place = features.find((f) => f.layer.id === 'places-dot');
  if (place) return toRef(place, index.routes);
  const routes = features.filter((f) => f.layer.id === 'routes-hit');
  if (routes.length > 0) {
    const rank = (f: MapGeoJSONFeature) => index.routeRank.get(String(f.properties.route)) ?? 0;
    const byOrder = [...routes].sort((a, b) => rank(a) - rank(b));
    const best = nearest(
      e.point,
      byOrder.map((f) => ({ item: f, lines: lineCoords(f).map((line) => line.map((c) => e.target.project(c as [number, number]))) })),
    );
    if (best) return toRef(best, index.routes);
  }
  for (const f of features) {
    const ref = toRef(f, index.routes);
    if (ref) return ref;
  }
  return null;
}

/** Memoized: a render of the page that changes nothing on the map (the panel opening) skips it. */
export const MapView = memo(function MapView({ lang, geo, detail, visibility, day, selected, related, camera, initialView, obstacles, openingLegendRoom, reducedMotion, cooperativeGestures = false, onSelect, onMoveEnd, onFirstIdle, onError }: Props) {
  const mapRef = useRef<MapRef>(null);
  const firstIdle = useRef(false);
  // Feature-state and camera requests wait for the style and sources; a deep link can arrive first.
  const [loaded, setLoaded] = useState(false);

  const data = geo?.data ?? NO_DATA;
  const index = geo?.index ?? NO_INDEX;
  const { style, sources, layers } = useMapLayers(data, detail, visibility, related.water, day, lang);
  const setFlag = useHighlight(mapRef, selected, related, data, loaded);
  const reportView = useCamera(mapRef, { camera, obstacles, reducedMotion }, loaded, onMoveEnd);
  const pointer = usePointer((e) => pick(e, index), setFlag, onSelect);
  const printShot = usePrintShot(mapRef);
  const { hover } = pointer;

  return (
    <div className="map-wrap">
      <MapGL
        ref={mapRef}
        mapLib={MAP_LIB}
        mapStyle={style}
        initialViewState={
          initialView
            ? { longitude: initialView.lon, latitude: initialView.lat, zoom: initialView.zoom }
            : { bounds: openingBounds({ width: innerWidth, height: innerHeight }), fitBoundsOptions: { padding: { top: 20, bottom: 20, right: 20, left: 20 + openingLegendRoom } } }
        }
        minZoom={1.5}
        maxZoom={9}
        // Much looser than the data's box (see data/bbox.ts): framing features in the part of the map the
        // furniture leaves open moves the view's edges far past them (a phone's bottom sheet, an embed's
        // panel beside its opened legend), and a tighter box would hold the camera back, under the
        // furniture. Beyond the box the map draws the world at low detail.
        maxBounds={[...VIEW_BOUNDS]}
        renderWorldCopies={false}
        cooperativeGestures={cooperativeGestures}
        // Kiosks run the tour for hours: keep one zoom level, and three tiles out of view, per source
        // (MapLibre's default here is twelve). GeoJSON tiles are cut again in the worker when the view
        // returns, which is quick. Measured over 60 selections: 1.9 MB less heap than twelve.
        maxTileCacheZoomLevels={1}
        maxTileCacheSize={3}
        // Labels appear at once: fading them in costs many software-rendered frames before the first idle.
        fadeDuration={0}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        interactiveLayerIds={[...INTERACTIVE_LAYERS]}
        cursor={hover ? 'pointer' : 'grab'}
        onMouseMove={pointer.onMouseMove}
        onMouseLeave={pointer.onMouseLeave}
        onClick={pointer.onClick}
        onMoveEnd={(e) => reportView(e.target)}
        onIdle={() => {
          if (firstIdle.current || !geo) return;
          setLoaded(true);
          firstIdle.current = true;
          // The app's own signal, `atlas:map-idle` on window (and the `map-idle` mark for traces):
          // the service worker registers after it; see src/map/mapIdle.ts.
          raiseMapIdle();
          const map = mapRef.current?.getMap();
          if (map) {
            exposeMapForTests(map);
            reportView(map);
          }
          onFirstIdle?.();
        }}
        onError={(e) => onError?.(e.error?.message ?? t('map.error'))}
        attributionControl={{ compact: false, customAttribution: t('map.attribution') }}
        style={{ width: '100%', height: '100%' }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        {Object.entries(sources).map(([id, src]) => (
          <Source key={id} id={id} {...src} />
        ))}
        {layers.map((l) => (
          <Layer key={l.id} {...l} />
        ))}
      </MapGL>
      {printShot && <img className="print-map" src={printShot} alt={t('map.printAlt')} />}
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} role="presentation">
          {hover.name}
        </div>
      )}
    </div>
  );
});
