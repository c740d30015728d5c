// The declaration's commitments: found in the text by its own committing verbs, joined to their
// hand-reviewed follow-through (./commitments/*), and the pure helpers the panels, the search and
// the stale-check script share. Takes the declaration as an argument so node scripts can use it too.
import type { CountryId } from '../../data/types';
import { COMMITMENT_DEFS } from './commitments/index';
import type { Commitment, CommitmentDef, CommitmentStatus, StatusStep } from './commitments/types';
import { dayOf } from '../../data/history';
import { shiftMonths } from '../state/dates';
import { COMMITMENT_STATUSES } from './commitments/types';
import { formatDate, labelTable } from '../i18n';
import { t } from '../i18n/later';
import type { Declaration, SentenceId, ThemeId } from './types';

export type { Commitment, CommitmentDef, CommitmentStatus, Concerns, EventSource, FollowEvent, StatusStep } from './commitments/types';
export { COMMITMENT_STATUSES } from './commitments/types';
export { COMMITMENT_DEFS } from './commitments/index';

/**
 * The ways this text commits, read off the text itself. Broad on purpose (a bare "will" included):
 * every sentence they catch must either have a record or be listed in NOT_COMMITMENTS with a reason,
 * so a commitment cannot slip through unrecorded.
 */
export const COMMIT_PATTERNS: RegExp[] = [
  /\bcommit\b/i,
  /\bcommitment to\b/i,
  /\b(?:remain|are) committed\b/i,
  /\bwill\b/i,
  /\bwe (?:also )?intend\b/i,
  /\bwe (?:also )?plan to\b/i,
  /\bwe are determined\b/i,
  /\bstand ready to\b/i,
  /\baffirm our (?:desire|support)\b/i,
  /\bwe are invested in\b/i,
  /\bwe challenge our governments\b/i,
  /\bwe seek to\b/i,
  /\bshould continue\b/i,
  /\bwe look forward to\b/i,
  /\bwe pledge\b/i,
  /\bwe resolve\b/i,
];

/** Sentences the patterns catch that bind no one to a follow-up of their own, each with the reason. */
export const NOT_COMMITMENTS: Record<SentenceId, string> = {
  'preamble-1.s1': 'Commits to “the following principles”: the sentences that follow are the commitments, each recorded.',
  'resilience-1.s1': 'States the principle the partnership rests on; nothing to follow up on its own.',
  'resilience-2.s3': 'Sums up the aims the sections below turn into commitments; those are recorded one by one.',
  'security-1.s6': 'A call on all countries and the international community about Afghanistan, not a step the signatories take.',
  'economic-energy-corridor-1.s2': 'A prediction (“will set the stage”), not a promise.',
  'energy-climate-1.s6': 'A forecast of demand (“will expand”), not a promise.',
  'energy-climate-1.s8': 'Says what the Critical Minerals Dialogue will do; its launch is the commitment, recorded under energy-climate-1.s7.',
  'new-atmosphere-1.s3': 'Describes how the commitments will be carried out (“we seek to model”); no act of its own.',
  'new-atmosphere-2.s1': 'A statement of vision (“will guide us”), not a promise of an act.',
};

/** Each status's label from the message catalog, read at each lookup so it follows the language. */
export const STATUS_LABELS: Readonly<Record<CommitmentStatus, string>> = labelTable('commitmentStatus', COMMITMENT_STATUSES);

/** The sentences the committing verbs catch, with the words matched, in document order. */
export function findCommittingSentences(declaration: Declaration): { sentenceId: SentenceId; matched: string[] }[] {
  const found: { sentenceId: SentenceId; matched: string[] }[] = [];
  for (const paragraph of declaration.paragraphs) {
    for (const s of paragraph.sentences) {
      const matched = COMMIT_PATTERNS.map((re) => re.exec(s.text)?.[0]).filter((m): m is string => !!m);
      if (matched.length > 0) found.push({ sentenceId: s.id, matched });
    }
  }
  return found;
}

/**
 * Sentences that commit by the verb list yet have neither a record nor a reason in NOT_COMMITMENTS:
 * the test suite requires this to be empty, so a new or missed commitment fails loudly.
 */
export function unrecordedCommitments(
  declaration: Declaration,
  defs: Pick<CommitmentDef, 'sentenceId'>[] = COMMITMENT_DEFS,
  notCommitments: Record<SentenceId, string> = NOT_COMMITMENTS,
): { sentenceId: SentenceId; matched: string[] }[] {
  const recorded = new Set(defs.map((d) => d.sentenceId));
  return findCommittingSentences(declaration).filter((f) => !recorded.has(f.sentenceId) && !(f.sentenceId in notCommitments));
}

/** The newest of some dates as written (a shorter date sorts before the days it begins), or null for none. */
export function newestDate(dates: readonly (string | null | undefined)[]): string | null {
  let out: string | null = null;
  for (const d of dates) if (d && (out === null || d > out)) out = d;
  return out;
}

/**
 * A record read at `day` ('YYYY-MM-DD'): the status step in force then, and only the events dated on or
 * before it (a month-precise date counts from the month's first day, as the map's histories do), with
 * the newest source date among them as the evidence date. Pure, so the list, the counts, the panels,
 * the search and the slides all read one rule.
 */
export function commitmentOn<C extends Omit<Commitment, 'status' | 'statusNote' | 'statusSince' | 'evidence'>>(c: C, day: string): C & Pick<Commitment, 'status' | 'statusNote' | 'statusSince' | 'evidence'> {
  let current: StatusStep | null = null;
  // Since when: the first step of the run the status is in (a later step may only renew its note).
  let since: string | null = null;
  for (const s of c.statuses) {
    if (dayOf(s.date) > day) continue;
    if (s.status !== current?.status) since = s.date;
    current = s;
  }
  const events = c.events.filter((e) => dayOf(e.date) <= day);
  const evidence = newestDate(events.flatMap((e) => e.sources.map((src) => src.published ?? e.date)));
  return { ...c, events, status: current?.status ?? 'no-public-record', statusNote: current?.note ?? null, statusSince: since, evidence };
}

export function commitmentsOn<C extends Commitment>(list: readonly C[], day: string): C[] {
  return list.map((c) => commitmentOn(c, day));
}

/** Joins each record to its sentence, verbatim, read as of now; throws on a sentence id the text does not have. */
export function resolveCommitments(declaration: Declaration, defs: CommitmentDef[] = COMMITMENT_DEFS): Commitment[] {
  const sentences = new Map(declaration.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s] as const)));
  const order = new Map([...sentences.keys()].map((id, i) => [id, i]));
  return defs
    .map((def) => {
      const s = sentences.get(def.sentenceId);
      if (!s) throw new Error(`commitment ${def.id}: no sentence ${def.sentenceId} in the declaration`);
      return commitmentOn({ ...def, passageId: s.paragraphId, text: s.text }, LATEST);
    })
    .sort((a, b) => order.get(a.sentenceId)! - order.get(b.sentenceId)! || a.id.localeCompare(b.id));
}

/** Every recorded step and event, however recent: the day `resolveCommitments` reads at. */
const LATEST = '9999-12-31';

export function tally(commitments: Pick<Commitment, 'status'>[]): Record<CommitmentStatus, number> {
  const counts = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<CommitmentStatus, number>;
  for (const c of commitments) counts[c.status] += 1;
  return counts;
}

/** "5 done, 17 in progress, 0 stalled, 15 no public record". */
export function tallyText(commitments: Pick<Commitment, 'status'>[]): string {
  const counts = tally(commitments);
  return t('commitments.tally', { done: counts.done, inProgress: counts['in-progress'], stalled: counts.stalled, none: counts['no-public-record'] });
}

/** True when the state made the commitment (all six did, unless named) or the commitment names it. */
export function concernsState(c: Pick<Commitment, 'by' | 'concerns'>, state: CountryId): boolean {
  return c.by === 'all' || c.by.includes(state) || (c.concerns.states ?? []).includes(state);
}

export interface CommitmentFilter {
  status?: CommitmentStatus | null;
  state?: CountryId | null;
  theme?: ThemeId | null;
}

export function filterCommitments<C extends Commitment>(list: C[], f: CommitmentFilter): C[] {
  return list.filter(
    (c) => (!f.status || c.status === f.status) && (!f.theme || c.theme === f.theme) && (!f.state || concernsState(c, f.state)),
  );
}

/** Commitments that name a state in particular (by or concerns), for a state's "Since 2023" section. */
export function commitmentsNamingState<C extends Commitment>(list: C[], state: CountryId): C[] {
  return list.filter((c) => (c.by !== 'all' && c.by.includes(state)) || (c.concerns.states ?? []).includes(state));
}

export function commitmentsForRoute<C extends Commitment>(list: C[], routeId: string): C[] {
  return list.filter((c) => (c.concerns.routes ?? []).includes(routeId));
}

export function commitmentsForProgramme<C extends Commitment>(list: C[], programmeId: string): C[] {
  return list.filter((c) => (c.concerns.programmes ?? []).includes(programmeId));
}

/** The first day a date of the form YYYY, YYYY-MM or YYYY-MM-DD can mean. */
export function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day it can mean (days past a month's end compare correctly as strings). */
export function latestDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** "8 February 2024", "September 2024" or "2025", as precise as the date is (Intl, in the active locale). */
export const displayDate = formatDate;

/** Commitments whose check date is more than `months` months before `today` (YYYY-MM-DD). */
export function staleCommitments<C extends Pick<Commitment, 'checked'>>(list: C[], today: string, months = 6): C[] {
  return list.filter((c) => shiftMonths(c.checked, months) < today);
}

/** The most recent check date among the records: what the README states as "last checked". */
export function lastChecked(list: Pick<Commitment, 'checked'>[]): string {
  return list.reduce((max, c) => (c.checked > max ? c.checked : max), '');
}

