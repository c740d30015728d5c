// @vitest-environment jsdom
// What a re-render of the app must not disturb: the focus inside an open dialog, and the tour's
// autoplay timer. The app re-renders on a resize, late data, a host message or a hover, and each
// time hands its children new callback functions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import EmbedDialog from '../../src/ui/EmbedDialog';
import { Tour } from '../../src/ui/Tour';
import type { TourStep } from '../../src/content/tour';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('an open dialog', () => {
  it('keeps the focus where the user put it when its parent re-renders with a new onClose', () => {
    const state = { sel: 'KAZ' };
    const { rerender } = render(<EmbedDialog appUrl="https://example.org/" state={state} onClose={() => {}} />);
    const preset = screen.getByLabelText(/4:3/);
    preset.focus();
    expect(document.activeElement).toBe(preset);
    for (let i = 0; i < 3; i++) rerender(<EmbedDialog appUrl="https://example.org/" state={state} onClose={() => {}} />);
    expect(document.activeElement).toBe(preset);
  });
});

const step = (n: number): TourStep => ({ id: `s${n}`, title: { en: `Step ${n}` }, caption: { en: '' }, passageId: 'security-1', sentenceId: 'security-1.s1', quote: 'q', states: [], routes: [] });

describe('the tour in autoplay', () => {
  it('advances on time while the app re-renders it with new callbacks', () => {
    vi.useFakeTimers();
    const onAutoStep = vi.fn();
    const tour = () => (
      <Tour
        steps={[step(1), step(2), step(3)]}
        step={1}
        onStep={() => {}}
        onAutoStep={(n) => onAutoStep(n)}
        onExit={() => {}}
        onOpenPassage={() => {}}
        autoplay={2}
        onStopAutoplay={() => {}}
      />
    );
    const { rerender } = render(tour());
    // A re-render every half second, as hovering over the map causes.
    for (let t = 0; t < 4; t++) {
      act(() => vi.advanceTimersByTime(500));
      rerender(tour());
    }
    expect(onAutoStep).toHaveBeenCalledWith(2);
  });
});
