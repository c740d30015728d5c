// @vitest-environment jsdom
// The memoized map is handed the same callbacks before and after a click opens a panel: were one
// of them new, the map would re-render in the click's first frame (see usePanelFocus's openRef).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';

type Callbacks = { onSelect?: (f: { kind: string; id: string; name: string } | null) => void; onMoveEnd?: unknown; onFirstIdle?: () => void; onError?: unknown };
const seen: Callbacks[] = [];

vi.mock('../../src/map/MapView', async () => {
  const { useEffect } = await import('react');
  return {
    MapView: (props: Callbacks & { geo?: unknown }) => {
      seen.push({ onSelect: props.onSelect, onMoveEnd: props.onMoveEnd, onFirstIdle: props.onFirstIdle, onError: props.onError });
      const { geo, onFirstIdle } = props;
      useEffect(() => {
        if (geo) onFirstIdle?.();
      }, [geo, onFirstIdle]);
      return <div data-testid="map" />;
    },
  };
});
vi.mock('../../src/webgl', () => ({ hasWebGL2: () => true }));
vi.setConfig({ testTimeout: 20_000 });

const { App } = await import('../../src/App');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the map’s callbacks', () => {
  it('stay the same functions while the data arrives and when a click opens a panel', async () => {
    window.history.replaceState(null, '', '/');
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
    vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(`public/geo/${String(url).split('/').pop()}`, 'utf8')));
    render(<App />);
    await waitFor(() => expect(document.querySelector('.app[data-ready]')).not.toBeNull(), { timeout: 8000 });
    const before = seen.length;
    act(() => seen.at(-1)!.onSelect!({ kind: 'state', id: 'KAZ', name: 'Kazakhstan' }));
    await screen.findByRole('complementary', {}, { timeout: 8000 });
    expect(seen.length).toBeGreaterThan(before);
    for (const key of ['onSelect', 'onMoveEnd', 'onFirstIdle', 'onError'] as const) {
      expect(new Set(seen.map((p) => p[key])).size, key).toBe(1);
    }
  });
});
