// `<link rel="preload">` for the first view's data files, so their downloads start while the page's
// script is still being fetched and parsed rather than after it runs. The list is the app's own
// (src/data/geo.ts FIRST_VIEW), so the two cannot drift apart. Not for MapLibre's worker: browsers
// have no preload destination for a worker script (a module preload is fetched as a script, and the
// worker would fetch it again); src/map/worker.ts starts the worker early instead. Not in the
// single-file build, which has nothing to fetch.
import { FIRST_VIEW, GEO_FILES } from '../../src/data/geo-files.ts';

/** The preload tags, relative to the page (the app is deployed under any sub-path). */
export function preloadTags(): string {
  // `crossorigin` makes the preload's credentials mode that of the app's own `fetch()`, so the
  // browser reuses the response instead of downloading the file twice.
  return FIRST_VIEW.map((k) => `<link rel="preload" href="./geo/${GEO_FILES[k]}" as="fetch" crossorigin="anonymous" />`).join('\n    ');
}

export function preloadFirstView(): { name: string; transformIndexHtml: (html: string) => string } {
  return {
    name: 'corridor-atlas-preload',
    transformIndexHtml: (html) => html.replace('<title>', `${preloadTags()}\n    <title>`),
  };
}
