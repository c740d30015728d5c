// The benchmark's floor: maplibre-gl alone drawing the same public/geo files as the app, with no
// React and no interface. It marks `map-idle` at the map's first idle, like the app.
// `?w=…&h=…&lon=…&lat=…&zoom=…` sizes the map like the app's map area and opens it at the app's first
// camera, so both draw the same pixels of the same view. Without them it fills the window.
// `?labels=1` adds the app's two label layers: place names and country names in the same bundled
// Noto Sans through the style's `font-faces`, with the app's layout and paint (copied from
// src/map/style.ts, not imported, so the page still shares no code with the app). Without it the
// page draws no text at all.
import { Map as MapLibre, setWorkerUrl, type GeoJSONSource, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';

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
const abs = (u: string) => new URL(u, document.baseURI).href;

// ----- labels (only with ?labels=1)

type Ring = number[][];
interface Country {
  properties: { name: string; c5: boolean };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/**
 * Country label points, computed here in a few lines of plain code (no turf): the area centroid of
 * each country's largest outer ring. One point per country, as the app draws them, rather than
 * symbol placement on the polygons, which would repeat names at tile edges. The app
 * (src/map/labels.ts) takes turf's centroid (the mean of the vertices) of the largest polygon, with a
 * point on the surface when that falls outside, so some names sit a little apart from the app's; the
 * same 54 names in the same font and sizes are laid out and placed, and that is the cost compared.
 */
function labelPoints(countries: { features: Country[] }) {
  return {
    type: 'FeatureCollection' as const,
    features: countries.features.map((f) => {
      const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((p) => p[0]);
      let best = { area: 0, x: rings[0][0][0], y: rings[0][0][1] };
      for (const ring of rings) {
        let a = 0;
        let cx = 0;
        let cy = 0;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
          a += cross;
          cx += (ring[j][0] + ring[i][0]) * cross;
          cy += (ring[j][1] + ring[i][1]) * cross;
        }
        if (Math.abs(a) > Math.abs(best.area)) best = { area: a, x: cx / (3 * a), y: cy / (3 * a) };
      }
      return {
        type: 'Feature' as const,
        properties: { name: f.properties.name, c5: f.properties.c5 },
        geometry: { type: 'Point' as const, coordinates: [best.x, best.y] },
      };
    }),
  };
}

// Started before the map, alongside MapLibre's own requests: the worker still loads the polygons
// from the URL as on the plain page; this copy is only read for the label points.
const countriesForLabels = LABELS ? fetch(geo('countries.geojson')).then((r) => r.json() as Promise<{ features: Country[] }>) : null;

const FONT = 'Noto Sans Regular';
// The app's `font-faces` (src/map/style.ts `baseStyle`), the same files and unicode ranges.
const fontFaces = {
  [FONT]: [
    { url: abs(latin), 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'] },
    { url: abs(latinExt), 'unicode-range': ['U+0100-02AF', 'U+0304', 'U+0308', 'U+0329', 'U+1E00-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'] },
    { url: abs(cyrillic), 'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] },
  ],
};

// The app's 'places-label' and 'country-label' layers (src/map/style.ts `mapLayers`), country names last.
const labelLayers: LayerSpecification[] = [
  {
    id: 'places-label',
    type: 'symbol',
    source: 'places',
    layout: {
      visibility: 'visible',
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
];

// ----- the map

// Colours as the app's palette (src/map/palette.ts), written out so this page shares no code with it.
const style: StyleSpecification = {
  version: 8,
  ...(LABELS ? { 'font-faces': fontFaces } : {}),
  sources: {
    countries: { type: 'geojson', data: geo('countries.geojson') },
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
};

const map = new MapLibre({
  container: el,
  ...camera,
  minZoom: 2,
  maxZoom: 9,
  maxBounds: [10, 5, 110, 65],
  renderWorldCopies: false,
  style,
});

const markIdle = () =>
  map.once('idle', () => {
    performance.mark('map-idle');
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
