// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SlidesDialog from '../../src/ui/SlidesDialog';
import type { SlidesProgress } from '../../src/slides/pptx';

type Build = (onProgress: (p: SlidesProgress) => void, signal: AbortSignal) => Promise<Blob>;

/** A build the test steps through by hand: each `next()` reports one more slide. */
function steppedBuild(total: number) {
  let report: (p: SlidesProgress) => void = () => {};
  let finish: (b: Blob) => void = () => {};
  let fail: (e: unknown) => void = () => {};
  let signal: AbortSignal | null = null;
  const build = vi.fn<Build>((onProgress, s) => {
    report = onProgress;
    signal = s;
    return new Promise<Blob>((resolve, reject) => {
      finish = resolve;
      fail = reject;
      s.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
    });
  });
  return {
    build,
    slide: (n: number) => act(() => report({ slide: n, total, stage: 'drawing' })),
    pack: () => act(() => report({ slide: total, total, stage: 'packing' })),
    finish: (b: Blob) => act(async () => finish(b)),
    fail: (e: unknown) => act(async () => fail(e)),
    signal: () => signal!,
  };
}

const clicks: string[] = [];
beforeEach(() => {
  clicks.length = 0;
  vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL: vi.fn(() => 'blob:slides'), revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(`${this.download} ${this.getAttribute('href')}`);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Slides dialog', () => {
  it('counts the slides as they are drawn, then downloads the file', async () => {
    const b = steppedBuild(16);
    render(<SlidesDialog build={b.build} fileName="corridor-atlas-tour-2026-11-28.pptx" onClose={() => {}} />);
    expect(b.build).toHaveBeenCalledTimes(1);
    await b.slide(1);
    expect(screen.getByText('Drawing slide 1 of 16')).toBeTruthy();
    await b.slide(3);
    expect(screen.getByText('Drawing slide 3 of 16')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Slides drawn' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2, 16]);
    await b.pack();
    expect(screen.getByText('Packing 16 slides into the file…')).toBeTruthy();
    await b.finish(new Blob([new Uint8Array(2.5 * 1024 * 1024)]));
    expect(clicks).toEqual(['corridor-atlas-tour-2026-11-28.pptx blob:slides']);
    expect(screen.getByText('Saved corridor-atlas-tour-2026-11-28.pptx (2.5 MB).')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download again' }).getAttribute('href')).toBe('blob:slides');
    cleanup();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:slides');
  });

  it('cancels: the build is aborted, nothing is downloaded, and it can start again', async () => {
    const user = userEvent.setup();
    const b = steppedBuild(16);
    render(<SlidesDialog build={b.build} fileName="deck.pptx" onClose={() => {}} />);
    await b.slide(2);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(b.signal().aborted).toBe(true);
    expect(await screen.findByText('Cancelled: no file was made.')).toBeTruthy();
    expect(clicks).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(b.build).toHaveBeenCalledTimes(2);
    expect(b.signal().aborted).toBe(false);
    expect(screen.getByText('Getting ready…')).toBeTruthy();
  });

  it('says in words why the slides could not be made', async () => {
    const b = steppedBuild(3);
    render(<SlidesDialog build={b.build} fileName="deck.pptx" onClose={() => {}} />);
    await b.fail(new Error('This browser cannot draw the map: WebGL 2 is not available.'));
    expect(screen.getByRole('alert').textContent).toBe('The slides could not be made: This browser cannot draw the map: WebGL 2 is not available.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('closing the dialog (Esc) stops the drawing', async () => {
    const user = userEvent.setup();
    const b = steppedBuild(16);
    const onClose = vi.fn();
    const { unmount } = render(<SlidesDialog build={b.build} fileName="deck.pptx" onClose={onClose} />);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
    unmount();
    expect(b.signal().aborted).toBe(true);
  });
});
