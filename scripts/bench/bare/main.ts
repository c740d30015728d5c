// The benchmark's floor: maplibre-gl alone drawing the same public/geo files as the app, with no
// React, no interface and no labels. It marks `map-idle` at the map's first idle, like the app.
// `?w=…&h=…&lon=…&lat=…&zoom=…` sizes the map like the app's map area and opens it at the app's first
// camera, so both draw the same pixels of the same view. Without them it fills the window.
import { Map as MapLibre, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

const q = new URLSearchParams(location.search);
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

// Colours as the app's palette (src/map/palette.ts), written out so this page shares no code with it.
const map = new MapLibre({
  container: el,
  ...camera,
  minZoom: 2,
  maxZoom: 9,
  maxBounds: [10, 5, 110, 65],
  renderWorldCopies: false,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: geo('countries.geojson') },
      routes: { type: 'geojson', data: geo('routes.geojson') },
      places: { type: 'geojson', data: geo('places.geojson') },
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
    ],
  },
});

map.once('idle', () => {
  performance.mark('map-idle');
  (window as unknown as { __atlasMap?: unknown }).__atlasMap = map;
});
