// The app's own signal that its first map is drawn. Work that must not compete with the first map
// (the service worker's registration) waits for it; so may a host page's script or a benchmark.
//
// `atlas:map-idle`: a plain Event dispatched on `window`, once per page, at the first `idle` of the
// map with its data drawn (raised by src/map/MapView.tsx). The `map-idle` User Timing mark is set
// at the same moment, for performance traces; nothing in the app waits on the mark.
export const MAP_IDLE_EVENT = 'atlas:map-idle';

let raised = false;

/** Marks and announces the first map idle; later calls (a map mounted again) do nothing. */
export function raiseMapIdle(): void {
  if (raised) return;
  raised = true;
  performance.mark('map-idle');
  window.dispatchEvent(new Event(MAP_IDLE_EVENT));
}

/** Whether the first map idle has been announced on this page. */
export function mapHasIdled(): boolean {
  return raised;
}
