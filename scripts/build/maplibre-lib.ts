// The build hands @vis.gl/react-maplibre src/map/maplibreLib.ts where it imports 'maplibre-gl': the
// wrapper's `import('maplibre-gl')` takes the whole namespace, so without this every class MapLibre
// exports would stay in the first load. The app's own imports of 'maplibre-gl' are left alone.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module the wrapper gets in place of MapLibre's namespace. */
export const MAPLIBRE_LIB = fileURLToPath(new URL('../../src/map/maplibreLib.ts', import.meta.url));

/** Whether `importer` is the React wrapper's code (a path inside its package). */
export const isWrapper = (importer: string | undefined): boolean => Boolean(importer && /[\\/]node_modules[\\/]@vis\.gl[\\/]react-maplibre[\\/]/.test(importer));

export function maplibreForWrapperPlugin(): Plugin {
  return {
    name: 'corridor-atlas-maplibre-lib',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source, importer) => (source === 'maplibre-gl' && isWrapper(importer) ? MAPLIBRE_LIB : null),
  };
}
