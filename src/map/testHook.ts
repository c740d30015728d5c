// The browser tests' window into the map: `window.__atlasMap`, read by their driver
// (tests/e2e/atlas.ts) and the benchmark's scaling run. Only in the test build (`vite build --mode
// e2e`): elsewhere the condition is false when the app is built, so the body, name included, is
// left out of the bundle (.ci/run checks that dist/ holds no `__atlasMap`).
import type { Map as MapLibreMap } from 'maplibre-gl';

export function exposeMapForTests(map: MapLibreMap): void {
  if (import.meta.env.MODE === 'e2e') (window as unknown as { __atlasMap?: unknown }).__atlasMap = map;
}
