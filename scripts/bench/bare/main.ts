// The benchmark's floor: maplibre-gl alone drawing the app's first-view files (public/geo:
// countries-low, routes, places and physical, the files the app loads before its first idle), with
// no React and no interface. At the map's first idle it marks `map-idle` and raises `atlas:map-idle`, like the app.
// `?w=…&h=…&lon=…&lat=…&zoom=…` sizes the map like the app's map area and opens it at the app's first
// camera, so both draw the same pixels of the same view. Without them it fills the window.
// `?labels=1` adds the app's label layers: place, country and water and landform names from the same
// prebuilt glyph ranges (public/glyphs, the style's `glyphs` URL), with the app's layout and paint
// (copied from src/map/style.ts and src/map/physical.ts, not imported, so the page still shares no
// code with the app). Without it the page draws no text at all.
import { Map as MapLibre, setWorkerUrl, type GeoJSONSource, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

const q = new URLSearchParams(location.search);
const LABELS = q.get('labels') === '1';
const el = document.getElementById('map')!;
const w = Number(q.get('w'));
const h = Number(q.get('h'));
if (w > 0 && h > 0) {
  el.style.inset = '0 auto auto 0';
  el.style.width = `${w}px`;
  el.style.height = `${h}px`;
}
const lon = Number(q.get('lon'));
const lat = Number(q.get('lat'));
const zoom = Number(q.get('zoom'));
const camera =
  q.has('zoom') && Number.isFinite(lon) && Number.isFinite(lat) && Number.isFinite(zoom)
    ? { center: [lon, lat] as [number, number], zoom }
    : {
        bounds: [
          [39.5, 28.5],
          [86, 52.5],
        ] as [[number, number], [number, number]],
        fitBoundsOptions: { padding: 20 },
      };
const geo = (file: string) => new URL(`geo/${file}`, document.baseURI).href;

// ----- labels (only with ?labels=1)

interface Country {
  properties: { name: string; c5: boolean; label: [number, number] };
}

/** The country name points: the `label` point the geo build wrote into each country, as the app draws them. */
function labelPoints(countries: { features: Country[] }) {
  return {
    type: 'FeatureCollection' as const,
    features: countries.features.map((f) => ({
      type: 'Feature' as const,
      properties: { name: f.properties.name, c5: f.properties.c5 },
      geometry: { type: 'Point' as const, coordinates: f.properties.label },
    })),
  };
}

// Started before the map, alongside MapLibre's own requests, as the app fetches its data: the
// worker still loads the polygons from the URL; this copy is only read for the label points.
const countriesForLabels = LABELS ? fetch(geo('countries-low.geojson')).then((r) => r.json() as Promise<{ features: Country[] }>) : null;

const FONT = 'Noto Sans Regular';
const ITALIC = 'Noto Sans Italic';
const kindIs = (...kinds: string[]) => ['in', ['get', 'kind'], ['literal', kinds]];
const fromItsZoom = ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]];
const waterText = { 'text-color': '#3d7099', 'text-halo-color': 'rgba(255,255,255,0.8)', 'text-halo-width': 1.2 };

// The app's label layers (src/map/style.ts `mapLayers`, src/map/physical.ts), country names last.
const labelLayers = [
  {
    id: 'region-label',
    type: 'symbol',
    source: 'physical',
    filter: ['all', kindIs('range', 'desert', 'plain', 'lowland', 'plateau', 'valley', 'basin'), fromItsZoom, ['<', ['zoom'], ['coalesce', ['get', 'maxzoom'], 24]]],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [ITALIC],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['case', ['<=', ['get', 'rank'], 2], 11, 9.5], 7, ['case', ['<=', ['get', 'rank'], 2], 14, 12]],
      'text-transform': ['case', ['==', ['get', 'kind'], 'range'], 'uppercase', 'none'],
      'text-letter-spacing': ['case', ['==', ['get', 'kind'], 'range'], 0.18, 0.06],
      'text-max-width': 7,
      'text-optional': true,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': ['case', ['==', ['get', 'kind'], 'desert'], '#9a7b45', '#7d7263'], 'text-halo-color': 'rgba(255,255,255,0.8)', 'text-halo-width': 1 },
  },
  {
    id: 'lake-label',
    type: 'symbol',
    source: 'physical',
    filter: ['all', kindIs('lake'), ['has', 'name'], fromItsZoom],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [ITALIC],
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 12],
      'text-max-width': 7,
      'text-optional': true,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: waterText,
  },
  {
    id: 'river-label',
    type: 'symbol',
    source: 'physical',
    filter: ['all', kindIs('river'), fromItsZoom],
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 250,
      'text-field': ['get', 'name'],
      'text-font': [ITALIC],
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 12],
      'text-letter-spacing': 0.05,
      'text-max-angle': 90,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: waterText,
  },
  {
    id: 'places-label',
    type: 'symbol',
    source: 'places',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': ['case', ['==', ['get', 'kind'], 'capital'], 13, 11],
      'text-anchor': 'top',
      'text-offset': [0, 0.5],
      'text-optional': true,
      'symbol-sort-key': ['case', ['==', ['get', 'kind'], 'capital'], 0, 1],
    },
    paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.3 },
  },
  {
    id: 'country-label',
    type: 'symbol',
    source: 'country-labels',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': ['case', ['get', 'c5'], 14, 11],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
      'text-max-width': 8,
    },
    paint: {
      'text-color': ['case', ['get', 'c5'], '#6d5a36', '#7a766d'],
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.2,
    },
  },
] as LayerSpecification[];

// ----- the map

// Colours as the app's palette (src/map/palette.ts), written out so this page shares no code with it.
const style: StyleSpecification = {
  version: 8,
  ...(LABELS ? { glyphs: new URL('glyphs/{fontstack}/{range}.pbf', document.baseURI).href.replace(/%7B/g, '{').replace(/%7D/g, '}') } : {}),
  sources: {
    countries: { type: 'geojson', data: geo('countries-low.geojson') },
    physical: { type: 'geojson', data: geo('physical.geojson') },
    routes: { type: 'geojson', data: geo('routes.geojson') },
    places: { type: 'geojson', data: geo('places.geojson') },
    ...(LABELS ? { 'country-labels': { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } } : {}),
  },
  layers: [
    { id: 'water', type: 'background', paint: { 'background-color': '#c9dde8' } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': ['case', ['==', ['get', 'c5'], true], '#f3dfb4', '#f1efe9'] },
    },
    // The physical layer's ice, lakes and rivers (src/map/physical.ts), in its colours.
    { id: 'glacier', type: 'fill', source: 'physical', filter: kindIs('glacier'), paint: { 'fill-color': '#f4f9fc', 'fill-outline-color': '#d3e4ee' } },
    { id: 'lake', type: 'fill', source: 'physical', filter: ['all', kindIs('lake'), fromItsZoom], paint: { 'fill-color': '#c9dde8', 'fill-outline-color': '#7eaecb' } },
    {
      id: 'river',
      type: 'line',
      source: 'physical',
      filter: ['all', kindIs('river'), fromItsZoom],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#7eaecb', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 6, 1.8, 9, 3] },
    },
    { id: 'countries-border', type: 'line', source: 'countries', paint: { 'line-color': '#a9a49a', 'line-width': 0.7 } },
    {
      id: 'routes',
      type: 'line',
      source: 'routes',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#b3261e', 'line-width': 2.5 },
    },
    {
      id: 'places',
      type: 'circle',
      source: 'places',
      paint: { 'circle-radius': 3.2, 'circle-color': '#ffffff', 'circle-stroke-color': '#333333', 'circle-stroke-width': 1 },
    },
    ...(LABELS ? labelLayers : []),
  ],
} as StyleSpecification;

const map = new MapLibre({
  container: el,
  ...camera,
  minZoom: 2,
  maxZoom: 9,
  maxBounds: [10, 5, 110, 65],
  renderWorldCopies: false,
  // As the app (src/map/MapView.tsx): labels appear at once rather than fading in over many frames.
  fadeDuration: 0,
  style,
});

const markIdle = () =>
  map.once('idle', () => {
    performance.mark('map-idle');
    // The same event the app raises at its first idle (src/map/mapIdle.ts), which the benchmark reads.
    window.dispatchEvent(new Event('atlas:map-idle'));
    (window as unknown as { __atlasMap?: unknown }).__atlasMap = map;
  });

if (countriesForLabels) {
  // The first idle that counts is the one after the country names are in: set the points once both
  // they and the style are ready, then wait for the map to settle with them.
  const styleReady = new Promise<void>((ok) => (map.getSource('country-labels') ? ok() : map.once('style.load', () => ok())));
  Promise.all([countriesForLabels, styleReady]).then(([countries]) => {
    (map.getSource('country-labels') as GeoJSONSource).setData(labelPoints(countries));
    markIdle();
  });
} else {
  markIdle();
}
