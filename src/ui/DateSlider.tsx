// The map's date: a slider from the summit to the newest evidence, a typed date, the dated events
// along a strip (a click moves there; the previous/next buttons reach them by keyboard), and Play,
// which steps a month at a time and stops at any key. The app owns the day; this only asks to move it.
import { memo, useEffect, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { formatDate, t } from '../i18n';
import { addMonths, clampDay, DAY_COUNT, dayAt, dayIndex, nextMark, playStep, previousMark, type TimelineMark } from '../state/dates';
import { FIRST_DAY, isCalendarDay, LAST_DAY } from '../state/url';

interface Props {
  day: string;
  onDay: (day: string) => void;
  /** Null until the data that dates them has loaded: the strip and the event buttons then appear. */
  marks: readonly TimelineMark[] | null;
  /** Under reduced motion play still steps, but nothing slides between steps. */
  reducedMotion: boolean;
}

/** What a mark says: its day and what happened on it. */
const markLabel = (m: TimelineMark) => t('date.mark', { date: formatDate(m.day), what: m.labels.join('; ') });

/** How long play rests on each month: long enough to read the legend and see the map redrawn. */
const PLAY_MS = 1200;

/**
 * Memoised: the legend re-renders on every selection, and the strip holds a mark per dated event, so the
 * slider redraws only when its day, its marks or its motion setting change.
 */
export const DateSlider = memo(function DateSlider({ day, onDay, marks, reducedMotion }: Props) {
  const [playing, setPlaying] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);

  // Play: a month on after each rest, until the last day.
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = playStep(day);
      onDay(next);
      if (next >= LAST_DAY) setPlaying(false);
    }, PLAY_MS);
    return () => window.clearTimeout(timer);
  }, [playing, day, onDay]);

  useEffect(() => {
    if (!playing) return;
    // Any key stops play (the key still does what it does); so does a press anywhere but on Pause,
    // which stops it by its own click.
    const stop = (e: Event) => {
      const onPause = e.target instanceof Element && e.target.closest('.date-play');
      const presses = e instanceof KeyboardEvent ? e.key === 'Enter' || e.key === ' ' : true;
      if (!(onPause && presses)) setPlaying(false);
    };
    window.addEventListener('keydown', stop, true);
    window.addEventListener('pointerdown', stop, true);
    return () => {
      window.removeEventListener('keydown', stop, true);
      window.removeEventListener('pointerdown', stop, true);
    };
  }, [playing]);

  const onKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    // The range's own keys move a day (arrows) or to an end (Home, End); a month is PageUp/PageDown.
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      onDay(addMonths(day, e.key === 'PageUp' ? 1 : -1));
    }
  };
  const previous = marks && previousMark(marks, day);
  const next = marks && nextMark(marks, day);
  // The marks' titles and places change with the marks alone, not with the day.
  const strip = useMemo(() => (marks ?? []).map((m) => ({ m, title: markLabel(m), left: `${(dayIndex(m.day) / (DAY_COUNT - 1)) * 100}%` })), [marks]);
  const typedValue = typed ?? day;

  return (
    <div className={`date-slider${reducedMotion ? ' reduced-motion' : ''}`}>
      <input
        type="range"
        className="date-range"
        min={0}
        max={DAY_COUNT - 1}
        step={1}
        value={dayIndex(day)}
        aria-label={t('date.slider')}
        aria-valuetext={formatDate(day)}
        onChange={(e) => onDay(clampDay(dayAt(Number(e.target.value))))}
        onKeyDown={onKey}
      />
      {marks && (
        // For the mouse: keyboard and screen-reader users reach the same days by the buttons below.
        <div className="date-strip" aria-hidden="true">
          {strip.map(({ m, title, left }) => (
            <button key={m.day} type="button" tabIndex={-1} className={`date-mark${m.day === day ? ' date-mark-on' : ''}`} style={{ left }} title={title} onClick={() => onDay(m.day)} />
          ))}
        </div>
      )}
      <div className="date-ends" aria-hidden="true">
        <span>{formatDate(FIRST_DAY)}</span>
        <span>{formatDate(LAST_DAY)}</span>
      </div>
      <div className="date-controls">
        <input
          type="date"
          className="date-input"
          min={FIRST_DAY}
          max={LAST_DAY}
          value={typedValue}
          aria-label={t('date.input')}
          aria-invalid={typed !== null || undefined}
          onChange={(e) => {
            const v = e.target.value;
            if (isCalendarDay(v) && v >= FIRST_DAY && v <= LAST_DAY) {
              setTyped(null);
              onDay(v);
            } else setTyped(v);
          }}
          onBlur={() => setTyped(null)}
        />
        {marks && (
          <>
            <button type="button" className="date-step" disabled={!previous} aria-label={previous ? t('date.previous', { what: markLabel(previous) }) : t('date.noPrevious')} title={previous ? markLabel(previous) : undefined} onClick={() => previous && onDay(previous.day)}>
              ‹
            </button>
            <button type="button" className="date-step" disabled={!next} aria-label={next ? t('date.next', { what: markLabel(next) }) : t('date.noNext')} title={next ? markLabel(next) : undefined} onClick={() => next && onDay(next.day)}>
              ›
            </button>
          </>
        )}
        <button type="button" className="date-play" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? t('date.pause') : t('date.play')}
        </button>
      </div>
      {typed !== null && (
        <p className="date-error" role="status">
          {t('date.outOfRange', { first: formatDate(FIRST_DAY), last: formatDate(LAST_DAY) })}
        </p>
      )}
    </div>
  );
});
