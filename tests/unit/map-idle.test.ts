// @vitest-environment jsdom
// The app's first-map-idle signal and what waits on it: the service worker's registration runs
// after the app's own event (or a fallback), never because a `map-idle` mark appeared.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

/** Fresh modules: the signal is once per page. */
async function modules() {
  const idle = await import('../../src/map/mapIdle');
  const { afterMapIdle } = await import('../../src/pwa/afterMapIdle');
  return { ...idle, afterMapIdle };
}

describe('the first map idle', () => {
  it('is announced once, as an event on window and a mark for traces', async () => {
    const { raiseMapIdle, mapHasIdled, MAP_IDLE_EVENT } = await modules();
    const heard = vi.fn();
    window.addEventListener(MAP_IDLE_EVENT, heard);
    performance.clearMarks('map-idle');
    expect(mapHasIdled()).toBe(false);
    raiseMapIdle();
    raiseMapIdle();
    window.removeEventListener(MAP_IDLE_EVENT, heard);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(MAP_IDLE_EVENT).toBe('atlas:map-idle');
    expect(performance.getEntriesByName('map-idle')).toHaveLength(1);
    expect(mapHasIdled()).toBe(true);
  });

  it('lets deferred work run after the event, not after a mark of the same name', async () => {
    vi.useFakeTimers();
    const { raiseMapIdle, afterMapIdle } = await modules();
    const run = vi.fn();
    afterMapIdle(run, 10_000);
    performance.mark('map-idle');
    await vi.advanceTimersByTimeAsync(100);
    expect(run).not.toHaveBeenCalled();
    raiseMapIdle();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    // The fallback does not run it a second time.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs deferred work at once when the map has already idled, and after the fallback when it never does', async () => {
    vi.useFakeTimers();
    const { raiseMapIdle, afterMapIdle } = await modules();
    const never = vi.fn();
    afterMapIdle(never, 10_000);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(never).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(never).toHaveBeenCalledTimes(1);

    raiseMapIdle();
    const late = vi.fn();
    afterMapIdle(late, 10_000);
    await vi.advanceTimersByTimeAsync(100);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
