// The map's days as numbers and back, month steps and the dated events along the slider: pure, so the
// slider, play and the tests share one rule.
import { dayOf } from '../../data/history';
import { FIRST_DAY, LAST_DAY } from './url';

const MS_PER_DAY = 864e5;
const t0 = Date.parse(`${FIRST_DAY}T00:00:00Z`);

/** Days since the summit (0 on the summit's day). */
export const dayIndex = (day: string): number => Math.round((Date.parse(`${day}T00:00:00Z`) - t0) / MS_PER_DAY);
/** The day `i` days after the summit. */
export const dayAt = (i: number): string => new Date(t0 + i * MS_PER_DAY).toISOString().slice(0, 10);
/** How many days the slider spans, the last one included. */
export const DAY_COUNT = dayIndex(LAST_DAY) + 1;

export const clampDay = (day: string): string => (day < FIRST_DAY ? FIRST_DAY : day > LAST_DAY ? LAST_DAY : day);

/** The same day `n` months later (or earlier), the day clamped to the month's length; any day, not only the map's. */
export function shiftMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A month on or back within the map's range: the slider's PageUp/PageDown and play's step. */
export const addMonths = (day: string, n: number): string => clampDay(shiftMonths(day, n));

/** Play's next day: a month on, or the last day; from the last day it starts again at the summit. */
export function playStep(day: string): string {
  return day >= LAST_DAY ? FIRST_DAY : addMonths(day, 1);
}

/** One mark on the slider's strip: a day and what happened on it (several events on a day are one mark). */
export interface TimelineMark {
  day: string;
  labels: string[];
}

/**
 * The marks for dated events inside the map's range, in order, one per day. A date known only to the
 * month or year is marked on its first day, where the map's histories count it from.
 */
export function timelineMarks(events: readonly { date: string; label: string }[]): TimelineMark[] {
  const byDay = new Map<string, string[]>();
  for (const e of events) {
    const day = dayOf(e.date);
    if (day < FIRST_DAY || day > LAST_DAY) continue;
    const labels = byDay.get(day) ?? [];
    if (!labels.includes(e.label)) labels.push(e.label);
    byDay.set(day, labels);
  }
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, labels]) => ({ day, labels }));
}

/** The first mark after `day`, or the last before it: where "next event" and "previous event" go. */
export function nextMark(marks: readonly TimelineMark[], day: string): TimelineMark | null {
  return marks.find((m) => m.day > day) ?? null;
}
export function previousMark(marks: readonly TimelineMark[], day: string): TimelineMark | null {
  return [...marks].reverse().find((m) => m.day < day) ?? null;
}
