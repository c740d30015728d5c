// Work that must not compete with the first map: run it once the map has marked its first idle
// (`map-idle`, src/map/MapView.tsx), or after a while on a page whose map never draws (no WebGL).
// Not requestIdleCallback alone: the browser is often idle while the map waits for its worker,
// long before the map is drawn.
export function afterMapIdle(run: () => void, fallbackMs = 10_000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    window.clearTimeout(timer);
    (window.requestIdleCallback ?? setTimeout)(() => run());
  };
  const timer = window.setTimeout(once, fallbackMs);
  let observer: PerformanceObserver | null = null;
  if (performance.getEntriesByName('map-idle').length > 0) return once();
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map-idle').length > 0) once();
    });
    observer.observe({ type: 'mark' });
  } catch {
    // No PerformanceObserver for marks: the fallback timer still runs it.
  }
}
