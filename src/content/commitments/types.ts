// The shapes of the follow-through: what each commitment binds, what happened since, and where that is written.
import type { CountryId, Prose, Source } from '../../../data/types';
import type { SentenceId, ThemeId } from '../types';

export const COMMITMENT_STATUSES = ['done', 'in-progress', 'stalled', 'no-public-record'] as const;
/**
 * done: the act the sentence promises took place (a meeting held, a body launched);
 * in-progress: dated public steps toward it, not finished or open-ended by nature;
 * stalled: begun, then stopped or reversed on the public record;
 * no-public-record: the search of stored public sources found nothing dated since the summit.
 */
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A source that names the article: a URL with a path, never a home page. */
export interface EventSource extends Source {
  /** 'YYYY-MM-DD' or 'YYYY-MM' where the page gives it. */
  published?: string;
}

export interface FollowEvent {
  /** 'YYYY-MM-DD', or 'YYYY-MM' where the source gives only the month. */
  date: string;
  /** One line, in our own words. */
  summary: Prose;
  sources: EventSource[];
  /**
   * True when the event is a word, not a deed: announced, proposed, a letter of interest, a bill
   * introduced. The panels tag it so, to keep what was announced apart from what was done.
   */
  announced?: boolean;
}

export interface Concerns {
  programmes?: string[];
  states?: CountryId[];
  routes?: string[];
  /** Places or other map features by id. */
  features?: string[];
}

/** What is typed by hand; the sentence itself is read from the parsed declaration, never retyped. */
export interface CommitmentDef {
  /** The sentence id, or the sentence id + `-b`, `-c` where one sentence holds more than one commitment. */
  id: string;
  sentenceId: SentenceId;
  /** A few words naming what is promised, for lists (not a quote). */
  title: Prose;
  /** 'all' for the six signatories; otherwise the ISO3 ids of those the sentence names as acting. */
  by: 'all' | CountryId[];
  theme: ThemeId;
  concerns: Concerns;
  /**
   * How its status moved, oldest first: each step dated by the event that moved it (so its evidence is
   * that event's sources). Before the first step nothing is on the record. A record the search found
   * nothing for has one 'no-public-record' step at the summit, saying what was searched.
   */
  statuses: StatusStep[];
  events: FollowEvent[];
  /** 'YYYY-MM-DD': when the follow-through was last searched. */
  checked: string;
}

/** One dated status change of a commitment, and what the evidence is, in our own words. */
export interface StatusStep {
  /** 'YYYY-MM-DD' or 'YYYY-MM': the date of the event that moved it (the summit for 'no-public-record'). */
  date: string;
  status: CommitmentStatus;
  note: Prose;
}

/** A status step, written the way the data files list them: (date, status, note). */
export function step(date: string, status: CommitmentStatus, note: Prose): StatusStep {
  return { date, status, note };
}

/**
 * A record resolved against the text and read at one day: its sentence, the status in force that day
 * with its note (null before the record's first step: nothing on the record yet), and only the events
 * dated on or before it.
 */
export interface Commitment extends CommitmentDef {
  passageId: string;
  /** The sentence, verbatim from the parsed declaration. */
  text: string;
  status: CommitmentStatus;
  /** Null when nothing was on the record yet at the day read. */
  statusNote: Prose | null;
  /** The date of the step in force, or null before the first. */
  statusSince: string | null;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY': the newest source date among the events shown (null: none). */
  evidence: string | null;
}
