// The follow-through as content: every commitment found and recorded, every status and date valid,
// every source an article, ids stable; and the pure helpers the panels and the script use.
import { describe, expect, it } from 'vitest';
import { routes } from '../../data/routes';
import { dayOf, HISTORY_DATE } from '../../data/history';
import { C5, DECLARATION_DATE } from '../../data/types';
import { declaration, PROGRAMME_DEFS, sentenceById, THEMES } from '../../src/content';
import {
  COMMITMENT_DEFS,
  COMMITMENT_STATUSES,
  commitmentOn,
  commitmentsOn,
  commitmentsForRoute,
  commitmentsNamingState,
  earliestDay,
  filterCommitments,
  findCommittingSentences,
  lastChecked,
  latestDay,
  NOT_COMMITMENTS,
  resolveCommitments,
  staleCommitments,
  tally,
  tallyText,
  unrecordedCommitments,
  type EventSource,
} from '../../src/content/commitments';
import { createSearch } from '../../src/content/search';
import { resolveProgrammes } from '../../src/content/programmes';
import {
  PROGRAMME_STATUS,
  PROGRAMME_STATUSES,
  ROUTE_STATUS_NOW,
  ROUTES_WITHOUT_NEWER_RECORD,
  STATUS_NOW_CHECKED,
} from '../../src/content/status-now';

const commitments = resolveCommitments(declaration);
const SUMMIT = '2023-09-21';
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** An article: http(s), a host, and a path that is more than "/" (or a query naming the page is not enough). */
function expectArticle(s: EventSource, where: string) {
  expect(s.title.trim(), where).not.toBe('');
  const url = new URL(s.url);
  expect(url.protocol, where).toMatch(/^https?:$/);
  expect(url.pathname.replace(/\/+$/, ''), `${where}: ${s.url} has no path`).not.toBe('');
  if (s.published) expect(s.published, where).toMatch(DATE);
}

describe('the commitments', () => {
  it('cover every sentence that commits by the verb list', () => {
    expect(unrecordedCommitments(declaration)).toEqual([]);
  });

  it('would fail on a committing sentence left without a record', () => {
    const missing = unrecordedCommitments(declaration, COMMITMENT_DEFS.filter((d) => d.sentenceId !== 'energy-climate-1.s7'));
    expect(missing.map((m) => m.sentenceId)).toEqual(['energy-climate-1.s7']);
    expect(missing[0].matched).toContain('will');
  });

  it('list as not-commitments only sentences the verbs catch and no record holds', () => {
    const caught = new Set(findCommittingSentences(declaration).map((f) => f.sentenceId));
    const recorded = new Set(commitments.map((c) => c.sentenceId));
    for (const [id, reason] of Object.entries(NOT_COMMITMENTS)) {
      expect(caught.has(id), id).toBe(true);
      expect(recorded.has(id), id).toBe(false);
      expect(reason.length, id).toBeGreaterThan(20);
    }
  });

  it('quote their sentence verbatim from the parsed text', () => {
    for (const c of commitments) {
      const found = sentenceById(c.sentenceId, declaration);
      expect(found, c.id).toBeTruthy();
      expect(c.text).toBe(found!.text);
      expect(c.passageId).toBe(found!.paragraphId);
    }
  });

  it('have unique ids derived from their sentence id', () => {
    const ids = commitments.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of commitments) expect(c.id === c.sentenceId || new RegExp(`^${c.sentenceId.replace('.', '\\.')}-[b-z]$`).test(c.id), c.id).toBe(true);
  });

  it('keep their ids stable (update this list on purpose only: ids are in URLs)', () => {
    expect(commitments.map((c) => c.id)).toEqual([
      'resilience-1.s4',
      'security-1.s1',
      'security-1.s2',
      'security-1.s3',
      'security-1.s3-b',
      'security-1.s4',
      'security-1.s7',
      'economic-energy-corridor-1.s3',
      'economic-energy-corridor-1.s3-b',
      'economic-energy-corridor-1.s4',
      'economic-energy-corridor-1.s4-b',
      'economic-energy-corridor-1.s4-c',
      'economic-energy-corridor-1.s5',
      'economic-energy-corridor-2.s2',
      'economic-energy-corridor-2.s3',
      'economic-energy-corridor-2.s4',
      'economic-energy-corridor-3.s1',
      'economic-energy-corridor-3.s2',
      'energy-climate-1.s1',
      'energy-climate-1.s2',
      'energy-climate-1.s3',
      'energy-climate-1.s4',
      'energy-climate-1.s7',
      'energy-climate-2.s1',
      'energy-climate-2.s3',
      'energy-climate-2.s4',
      'energy-climate-2.s5',
      'energy-climate-2.s5-b',
      'people-1.s2',
      'people-1.s3',
      'people-1.s4',
      'people-1.s5',
      'people-1.s6',
      'new-atmosphere-1.s1',
      'new-atmosphere-2.s2',
      'new-atmosphere-2.s2-b',
      'new-atmosphere-2.s3',
    ]);
  });

  it('each have one of the four statuses, a reason, a theme and a check date', () => {
    const themes = new Set(THEMES.map((t) => t.id));
    const today = new Date().toISOString().slice(0, 10);
    for (const c of commitments) {
      expect(COMMITMENT_STATUSES, c.id).toContain(c.status);
      expect(c.statusNote?.en.trim(), c.id).toBeTruthy();
      expect(themes.has(c.theme), c.id).toBe(true);
      expect(c.checked, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.checked <= today, c.id).toBe(true);
    }
  });

  it('say "no public record" exactly when they have no event', () => {
    for (const c of commitments) expect(c.status === 'no-public-record', c.id).toBe(c.events.length === 0);
  });

  it('date each status step by an event of the record, oldest first, after the summit', () => {
    const bad: string[] = [];
    for (const c of commitments) {
      if (c.statuses.length === 0) bad.push(`${c.id}: no status step`);
      const eventDates = new Set(c.events.map((e) => e.date));
      c.statuses.forEach((s, i) => {
        const at = `${c.id} step ${i + 1} (${s.date})`;
        if (!HISTORY_DATE.test(s.date)) bad.push(`${at}: bad date`);
        if (!COMMITMENT_STATUSES.includes(s.status)) bad.push(`${at}: unknown status`);
        if (s.status === 'no-public-record' ? s.date !== DECLARATION_DATE : !eventDates.has(s.date)) bad.push(`${at}: no event of the record carries this date`);
        if (i > 0 && dayOf(s.date) < dayOf(c.statuses[i - 1].date)) bad.push(`${at}: dated before the step above it`);
      });
    }
    expect(bad).toEqual([]);
  });


  it('date every event on or after the summit and no later than the check date, in order', () => {
    for (const c of commitments) {
      let previous = '';
      for (const e of c.events) {
        expect(e.date, c.id).toMatch(DATE);
        expect(latestDay(e.date) >= SUMMIT, `${c.id} ${e.date}`).toBe(true);
        expect(earliestDay(e.date) <= c.checked, `${c.id} ${e.date}`).toBe(true);
        expect(earliestDay(e.date) >= previous, `${c.id} ${e.date} out of order`).toBe(true);
        previous = earliestDay(e.date);
        expect(e.summary.en.trim(), c.id).not.toBe('');
      }
    }
  });

  it('cite an article with a path for every event', () => {
    for (const c of commitments) {
      for (const e of c.events) {
        expect(e.sources.length, `${c.id} ${e.date}`).toBeGreaterThan(0);
        for (const s of e.sources) expectArticle(s, `${c.id} ${e.date}`);
      }
    }
  });

  it('give each event source a publication date, never before the event it reports', () => {
    const bad: string[] = [];
    for (const c of commitments)
      for (const e of c.events)
        for (const src of e.sources) {
          if (!src.published) bad.push(`${c.id} ${e.date}: ${src.url} has no publication date`);
          else if (latestDay(src.published) < earliestDay(e.date)) bad.push(`${c.id} ${e.date}: ${src.url} published ${src.published}, before the event`);
        }
    expect(bad).toEqual([]);
  });

  it('name only programmes, routes and states that exist', () => {
    const programmeIds = new Set(PROGRAMME_DEFS.map((p) => p.id));
    const routeIds = new Set(routes.map((r) => r.id));
    const states = new Set<string>([...C5, 'USA']);
    for (const c of commitments) {
      for (const p of c.concerns.programmes ?? []) expect(programmeIds.has(p), `${c.id}: ${p}`).toBe(true);
      for (const r of c.concerns.routes ?? []) expect(routeIds.has(r), `${c.id}: ${r}`).toBe(true);
      for (const s of [...(c.concerns.states ?? []), ...(c.by === 'all' ? [] : c.by)]) expect(states.has(s), `${c.id}: ${s}`).toBe(true);
    }
  });
});

describe('status now', () => {
  it('accounts for every route once: a dated status now, or a note that nothing newer was found', () => {
    for (const r of routes) {
      const now = r.id in ROUTE_STATUS_NOW;
      const none = r.id in ROUTES_WITHOUT_NEWER_RECORD;
      expect(now !== none, r.id).toBe(true);
    }
    const routeIds = new Set(routes.map((r) => r.id));
    for (const id of [...Object.keys(ROUTE_STATUS_NOW), ...Object.keys(ROUTES_WITHOUT_NEWER_RECORD)]) expect(routeIds.has(id), id).toBe(true);
  });

  it('dates and sources every status now, after the summit and by the check date', () => {
    const programmeIds = new Set(PROGRAMME_DEFS.map((p) => p.id));
    for (const [id, s] of Object.entries(ROUTE_STATUS_NOW)) {
      expect(s.asOf, id).toMatch(/^\d{4}-\d{2}$/);
      expect(latestDay(s.asOf) >= SUMMIT && earliestDay(s.asOf) <= STATUS_NOW_CHECKED, id).toBe(true);
      expect(s.sources.length, id).toBeGreaterThan(0);
      for (const src of s.sources) expectArticle(src, id);
    }
    for (const [id, r] of Object.entries(PROGRAMME_STATUS)) {
      expect(programmeIds.has(id), id).toBe(true);
      expect(r.steps.length, id).toBeGreaterThan(0);
      expect(r.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of r.steps) {
        expect(PROGRAMME_STATUSES, id).toContain(s.status);
        expect(s.date, id).toMatch(HISTORY_DATE);
        expect(latestDay(s.date) >= SUMMIT && earliestDay(s.date) <= r.checked, `${id} ${s.date}`).toBe(true);
        expect(s.sources.length, `${id} ${s.date}`).toBeGreaterThan(0);
        for (const src of s.sources) expectArticle(src, id);
      }
      expect([...r.steps].map((s) => dayOf(s.date)), id).toEqual(r.steps.map((s) => dayOf(s.date)).sort());
    }
  });
});

describe('a record read at a day', () => {
  const src = { title: 't', url: 'https://example.org/a', published: '2024-07' };
  const base = resolveCommitments(declaration).find((c) => c.id === 'energy-climate-1.s3')!;
  const c = {
    ...base,
    statuses: [
      { date: '2024-01-10', status: 'in-progress' as const, note: { en: 'began' } },
      { date: '2025-07', status: 'stalled' as const, note: { en: 'cut' } },
    ],
    events: [
      { date: '2024-01-10', summary: { en: 'a' }, sources: [{ ...src, published: '2024-01-11' }] },
      { date: '2025-07', summary: { en: 'b' }, sources: [{ ...src, published: '2025-07-03' }] },
    ],
  };

  it('shows nothing on the record before its first step', () => {
    const r = commitmentOn(c, DECLARATION_DATE);
    expect([r.status, r.statusNote, r.statusSince, r.evidence, r.events.length]).toEqual(['no-public-record', null, null, null, 0]);
  });

  it('takes the step in force and only the events up to the day, with their newest source date', () => {
    const r = commitmentOn(c, '2024-06-01');
    expect([r.status, r.statusNote?.en, r.statusSince, r.evidence, r.events.length]).toEqual(['in-progress', 'began', '2024-01-10', '2024-01-11', 1]);
  });

  it('dates the status from the first step of its run, a later step only renewing its note', () => {
    const renewed = { ...c, statuses: [...c.statuses, { date: '2025-08-02', status: 'stalled' as const, note: { en: 'still cut' } }] };
    const r = commitmentOn(renewed, '2025-09-01');
    expect([r.status, r.statusNote?.en, r.statusSince]).toEqual(['stalled', 'still cut', '2025-07']);
  });

  it('counts a month-precise step from its first day', () => {
    expect(commitmentOn(c, '2025-06-30').status).toBe('in-progress');
    expect(commitmentOn(c, '2025-07-01').status).toBe('stalled');
    expect(tally(commitmentsOn([c, c], '2025-07-01')).stalled).toBe(2);
  });
});

describe('helpers', () => {
  const c = (status: (typeof COMMITMENT_STATUSES)[number], extra: object = {}) =>
    ({ ...commitments[0], status, ...extra }) as (typeof commitments)[number];

  it('count statuses and say them in words', () => {
    const list = [c('done'), c('done'), c('in-progress'), c('no-public-record')];
    expect(tally(list)).toEqual({ done: 2, 'in-progress': 1, stalled: 0, 'no-public-record': 1 });
    expect(tallyText(list)).toBe('2 done, 1 in progress, 0 stalled, 1 no public record');
  });

  it('filter by status, theme and state', () => {
    expect(filterCommitments(commitments, { status: 'done' }).every((x) => x.status === 'done')).toBe(true);
    expect(filterCommitments(commitments, { theme: 'security' }).map((x) => x.id)).toContain('security-1.s7');
    const usOnly = filterCommitments(commitments, { state: 'KAZ' });
    expect(usOnly.map((x) => x.id)).not.toContain('economic-energy-corridor-1.s5'); // the U.S. alone committed
    expect(filterCommitments(commitments, {}).length).toBe(commitments.length);
  });

  it('find the commitments that name a state or a route', () => {
    expect(commitmentsNamingState(commitments, 'KGZ').map((x) => x.id)).toContain('security-1.s3-b');
    expect(commitmentsForRoute(commitments, 'casa-1000').map((x) => x.id)).toEqual(['energy-climate-1.s1']);
  });

  it('read partial dates as the span they cover', () => {
    expect(earliestDay('2024')).toBe('2024-01-01');
    expect(latestDay('2023-09')).toBe('2023-09-31');
    expect(latestDay('2023-09') >= SUMMIT).toBe(true);
    expect(earliestDay('2024-02-08')).toBe('2024-02-08');
  });

  it('flag a check date more than six months old', () => {
    const list = [c('done', { checked: '2026-01-31' }), c('done', { checked: '2026-05-29' })];
    // Six months after 31 January is 31 July: stale from the day after.
    expect(staleCommitments(list, '2026-07-31')).toEqual([]);
    expect(staleCommitments(list, '2026-08-01').map((x) => x.checked)).toEqual(['2026-01-31']);
    expect(staleCommitments(list, '2026-11-30').length).toBe(2);
    expect(lastChecked(list)).toBe('2026-05-29');
  });

  it('put commitments and their events into the search', () => {
    const search = createSearch(declaration, resolveProgrammes(declaration), commitments);
    const hits = search.query('Samarkand ministerial');
    expect(hits.some((h) => h.kind === 'commitment' && h.id === 'economic-energy-corridor-2.s4')).toBe(true);
    const b5 = search.query('Bishkek forum').find((h) => h.kind === 'commitment');
    expect(b5?.sentence).toBe(commitments.find((x) => x.id === b5!.id)!.text);
  });
});
