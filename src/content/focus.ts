// What a panel quotes and lists, narrowed to what applies: the sentences that carry a link rather
// than their whole paragraph, a state's passages without the opening's list of signatories, and the
// commitments and status-now records that concern a state or a route. Pure, so it is tested in node.
import type { CountryId, Prose } from '../../data/types';
import { commitmentsForProgramme, commitmentsForRoute, commitmentsNamingState, type Commitment } from './commitments';
import { PREAMBLE_ID } from './parse';
import { ROUTE_STATUS_NOW, ROUTES_WITHOUT_NEWER_RECORD, STATUS_NOW_CHECKED, type RouteRecordNow } from './status-now';
import type { Declaration, Paragraph, PassageId, PassageLink, SentenceId } from './types';

/** The opening paragraph: it names the six states only to list who signed. */
export function openingParagraphId(declaration: Declaration): PassageId | null {
  return declaration.sections.find((s) => s.id === PREAMBLE_ID)?.paragraphs[0]?.id ?? null;
}

/**
 * A state's "in particular" passages: the opening is left out, since it names every state only as a
 * signatory (the panel's "Signed by" line says that once); what remains names the state, or a route or
 * programme there.
 */
export function specificForState(specific: PassageLink[], declaration: Declaration): PassageLink[] {
  const opening = openingParagraphId(declaration);
  return specific.filter((l) => l.passageId !== opening);
}

/** One piece of a quoted paragraph: a sentence that applies, or a gap where sentences are left out. */
export type QuotePart = { kind: 'sentence'; id: SentenceId; text: string } | { kind: 'gap'; count: number };

/**
 * The sentences of a paragraph that apply, in order, with a gap for each run left out. With nothing
 * to highlight (or every sentence highlighted) the whole paragraph is returned.
 */
export function quoteParts(paragraph: Paragraph, highlight: readonly SentenceId[]): QuotePart[] {
  const marked = new Set(highlight);
  const any = paragraph.sentences.some((s) => marked.has(s.id));
  const parts: QuotePart[] = [];
  for (const s of paragraph.sentences) {
    if (!any || marked.has(s.id)) parts.push({ kind: 'sentence', id: s.id, text: s.text });
    else {
      const last = parts[parts.length - 1];
      if (last?.kind === 'gap') last.count += 1;
      else parts.push({ kind: 'gap', count: 1 });
    }
  }
  return parts;
}

/** True when a quote of these sentences leaves part of the paragraph out. */
export function isPartial(paragraph: Paragraph, highlight: readonly SentenceId[]): boolean {
  return quoteParts(paragraph, highlight).some((p) => p.kind === 'gap');
}

/**
 * A state's "Since 2023" list: commitments that name it (as acting or concerned), or concern a route
 * through it or a programme its passages name. Commitments of all six that name no one are left to
 * the full list, or every state would list them all.
 */
export function commitmentsForState(
  commitments: Commitment[],
  state: CountryId,
  routeIds: readonly string[],
  programmeIds: readonly string[],
): Commitment[] {
  const ids = new Set([
    ...commitmentsNamingState(commitments, state).map((c) => c.id),
    ...routeIds.flatMap((r) => commitmentsForRoute(commitments, r).map((c) => c.id)),
    ...programmeIds.flatMap((p) => commitmentsForProgramme(commitments, p).map((c) => c.id)),
  ]);
  return commitments.filter((c) => ids.has(c.id));
}

/** A route's status now: the dated record, or the note that nothing newer was found; null if neither. */
export type RouteNow = { kind: 'record'; record: RouteRecordNow & { checked: string } } | { kind: 'no-newer-record'; note: Prose; checked: string };

export function routeNow(id: string): RouteNow | null {
  const record = ROUTE_STATUS_NOW[id];
  if (record) return { kind: 'record', record: { ...record, checked: STATUS_NOW_CHECKED } };
  const note = ROUTES_WITHOUT_NEWER_RECORD[id];
  return note ? { kind: 'no-newer-record', note, checked: STATUS_NOW_CHECKED } : null;
}
