// Work that must not compete with the first map: run it once the app has announced its first map
// idle (`atlas:map-idle`, src/map/mapIdle.ts), or after a while on a page whose map never draws
// (no WebGL). Not requestIdleCallback alone: the browser is often idle while the map waits for its
// worker, long before the map is drawn.
import { MAP_IDLE_EVENT, mapHasIdled } from '../map/mapIdle';

export function afterMapIdle(run: () => void, fallbackMs = 10_000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    window.removeEventListener(MAP_IDLE_EVENT, once);
    window.clearTimeout(timer);
    (window.requestIdleCallback ?? setTimeout)(() => run());
  };
  const timer = window.setTimeout(once, fallbackMs);
  if (mapHasIdled()) return once();
  window.addEventListener(MAP_IDLE_EVENT, once);
}
