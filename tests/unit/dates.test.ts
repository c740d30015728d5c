import { describe, expect, it } from 'vitest';
import { addMonths, clampDay, DAY_COUNT, dayAt, dayIndex, nextMark, playStep, previousMark, timelineMarks } from '../../src/state/dates';
import { FIRST_DAY, LAST_DAY } from '../../src/state/url';
import { timelineEvents } from '../../src/ui/timeline';
import { lastDayOfMonth } from '../../data/evidence';

describe('the map’s days', () => {
  it('counts days from the summit and back, the last day included', () => {
    expect(dayIndex(FIRST_DAY)).toBe(0);
    expect(dayAt(0)).toBe(FIRST_DAY);
    expect(dayAt(dayIndex('2024-02-29'))).toBe('2024-02-29');
    expect(dayAt(DAY_COUNT - 1)).toBe(LAST_DAY);
  });

  it('steps a month at a time, clamping the day to the month and the map’s range', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-10-19', -1)).toBe(FIRST_DAY);
    expect(addMonths('2023-10-19', -2)).toBe(FIRST_DAY);
    expect(addMonths(LAST_DAY, 1)).toBe(LAST_DAY);
    expect(clampDay('2000-01-01')).toBe(FIRST_DAY);
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
  });

  it('plays a month on, stops at the last day, and starts again from the summit', () => {
    expect(playStep(FIRST_DAY)).toBe('2023-10-19');
    expect(playStep(LAST_DAY)).toBe(FIRST_DAY);
    let day = FIRST_DAY;
    let steps = 0;
    while (day < LAST_DAY && steps < 100) {
      day = playStep(day);
      steps++;
    }
    expect(day).toBe(LAST_DAY);
    expect(steps).toBeGreaterThan(20);
  });
});

describe('the events strip', () => {
  const routes = [
    {
      name: { en: 'Route' },
      service: [{ date: '2014', status: 'regular' as const, event: 'opened' as const, source: { title: 't', url: 'https://e.org/a' } }, { date: '2024-06', status: 'regular' as const, event: 'opened' as const, source: { title: 't', url: 'https://e.org/a' } }],
      legs: [
        { line: 'l1', lineName: { en: 'Line one' }, track: [{ date: '2024-12-27', status: 'under-construction' as const, event: 'construction-began' as const, source: { title: 't', url: 'https://e.org/a' } }] },
        { line: 'l1', lineName: { en: 'Line one' }, track: [{ date: '2024-12-27', status: 'under-construction' as const, event: 'construction-began' as const, source: { title: 't', url: 'https://e.org/a' } }] },
      ],
    },
  ];
  const commitments = [{ title: { en: 'A promise' }, events: [{ date: '2024-12-27', summary: { en: 's' }, sources: [] }] }];

  it('marks each day once, inside the range, a month-precise date on its first day, a shared line once', () => {
    const marks = timelineMarks(timelineEvents(routes as never, commitments));
    expect(marks).toEqual([
      { day: '2024-06-01', labels: ['Route: Regular service'] },
      { day: '2024-12-27', labels: ['Line one: Under construction', 'A promise'] },
    ]);
    expect(nextMark(marks, FIRST_DAY)?.day).toBe('2024-06-01');
    expect(nextMark(marks, '2024-06-01')?.day).toBe('2024-12-27');
    expect(nextMark(marks, '2024-12-27')).toBeNull();
    expect(previousMark(marks, '2024-12-27')?.day).toBe('2024-06-01');
    expect(previousMark(marks, '2024-06-01')).toBeNull();
  });
});
