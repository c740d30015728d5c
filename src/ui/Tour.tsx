// The presentation tour card: caption, quoted sentence, progress and next/back buttons. Clicker
// keys (→ ← Space PageDown PageUp Home End, Esc to leave) work anywhere on the page.
import { prose } from '../../data/lang';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { TourStep } from '../content/tour';
import { t } from '../i18n/later';
import './tour.css';

interface Props {
  steps: TourStep[];
  /** 1-based. */
  step: number;
  onStep: (n: number) => void;
  /** The kiosk timer's step: unlike the reader's, it keeps autoplay going. */
  onAutoStep: (n: number) => void;
  onExit: () => void;
  onOpenPassage: (passageId: string) => void;
  autoplay: number | null;
  onStopAutoplay: () => void;
  /** The whole tour as PowerPoint slides; absent where slides cannot be drawn (no WebGL, an embed). */
  onSlides?: () => void;
}

// A step's chart comes from the side panel's chunk, which holds the charts and d3-scale.
const RouteSeries = lazy(() => import('./SidePanel').then((m) => ({ default: m.RouteSeries })));

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** What a key does in the tour, or null when the tour leaves the key alone. Pure, for tests. */
export function tourKey(key: string, step: number, total: number): number | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return Math.min(total, step + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(1, step - 1);
    case 'Home':
      return 1;
    case 'End':
      return total;
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

export function Tour({ steps, step, onStep, onAutoStep, onExit, onOpenPassage, autoplay, onStopAutoplay, onSlides }: Props) {
  const total = steps.length;
  // On a phone the card is a bottom sheet over the map: its chart starts folded. (Read once, here,
  // rather than through useMediaQuery, which would add an export to the first load's chunk.)
  const [phone] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 700px)').matches);
  const current = steps[Math.min(Math.max(step, 1), total) - 1];
  // The key handler and the timer read the callbacks through a ref: they restart when the step or
  // the autoplay changes, never because the app re-rendered with new functions.
  const on = useRef({ onStep, onAutoStep, onExit, onStopAutoplay });
  useEffect(() => {
    on.current = { onStep, onAutoStep, onExit, onStopAutoplay };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      // Space on a focused button clicks it; let the button do its own job.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLElement && e.target.closest('button, a')) return;
      const next = tourKey(e.key, step, total);
      if (autoplay !== null) on.current.onStopAutoplay();
      if (next === null) return;
      e.preventDefault();
      if (next === 'exit') on.current.onExit();
      else if (next !== step) on.current.onStep(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, total, autoplay]);

  useEffect(() => {
    if (autoplay === null) return;
    const stop = () => on.current.onStopAutoplay();
    const timer = window.setTimeout(() => on.current.onAutoStep(step >= total ? 1 : step + 1), autoplay * 1000);
    window.addEventListener('pointerdown', stop, { once: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointerdown', stop);
    };
  }, [autoplay, step, total]);

  if (!current) return null;
  return (
    <section className="tour" data-furniture aria-label={t('tour.label')} aria-roledescription={t('tour.role')}>
      <div className="tour-progress" aria-live="polite">
        <span>
          {step} / {total}
        </span>
        <progress max={total} value={step} aria-label={t('tour.step', { step, total })} />
        {autoplay !== null && <span className="muted">{t('tour.autoplay', { seconds: autoplay })}</span>}
      </div>
      <h2 className="tour-title">{prose(current.title)}</h2>
      <p className="tour-caption">{prose(current.caption)}</p>
      <blockquote className="tour-quote">
        <span lang="en">{t('tour.quote', { quote: current.quote })}</span>{' '}
        <a
          href={`#sel=passage:${current.passageId}`}
          onClick={(e) => {
            e.preventDefault();
            onOpenPassage(current.passageId);
          }}
        >
          {t('tour.readPassage')}
        </a>
      </blockquote>
      {current.chart && (
        <details className="tour-chart" open={!phone}>
          <summary>{t('series.heading')}</summary>
          <Suspense fallback={null}>
            <RouteSeries routeId={current.chart} limit={1} compact />
          </Suspense>
        </details>
      )}
      <div className="tour-buttons">
        <button type="button" onClick={() => onStep(Math.max(1, step - 1))} disabled={step <= 1}>
          {t('tour.back')}
        </button>
        <button type="button" onClick={() => onStep(Math.min(total, step + 1))} disabled={step >= total}>
          {t('tour.next')}
        </button>
        {onSlides && (
          <button type="button" onClick={onSlides}>
            {t('tour.slides')}
          </button>
        )}
        <button type="button" className="tour-exit" onClick={onExit}>
          {t('tour.leave')}
        </button>
      </div>
    </section>
  );
}
