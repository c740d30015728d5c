// Points MapLibre at its worker bundled with the app (never a CDN), before any map is made.
import { addProtocol, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { INLINE_PROTOCOL } from './glyphs';

setWorkerUrl(workerUrl);
// Start the worker now, while React draws the page: the map is made only after the first render,
// and the worker's script would otherwise be fetched and compiled only then (200–300 ms here).
prewarm();

// The single-file build: `inline://glyphs/…` is read through the page's fetch, which answers from
// the files inlined into the page (src/single/boot.ts), so nothing leaves the file.
if (import.meta.env.VITE_SINGLE) {
  addProtocol(INLINE_PROTOCOL, async (params) => {
    const path = params.url.slice(`${INLINE_PROTOCOL}://`.length);
    const res = await window.fetch(new URL(path, document.baseURI).href);
    if (!res.ok) throw new Error(`${path} is not in this file`);
    // Glyph ranges as bytes; the detail GeoJSON files as the parsed object MapLibre asks for.
    return { data: params.type === 'json' ? await res.json() : await res.arrayBuffer() };
  });
}
