// What panels quote and list: the sentences that apply, a state's passages without the opening, its
// commitments, and a route's status now.
import { describe, expect, it } from 'vitest';
import { GEO_FIXTURE } from '../support/geo-fixture';
import { buildLinks, declaration, programmes, themes } from '../../src/content';
import { resolveCommitments } from '../../src/content/commitments';
import { commitmentsForState, isPartial, openingParagraphId, quoteParts, routeNow, specificForState } from '../../src/content/focus';
import { ROUTE_STATUS_NOW, ROUTES_WITHOUT_NEWER_RECORD } from '../../src/content/status-now';

const links = buildLinks(declaration, programmes, GEO_FIXTURE, themes);
const commitments = resolveCommitments(declaration);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('a state in particular', () => {
  it('leaves out the opening, which names every state only to list who signed', () => {
    const opening = openingParagraphId(declaration)!;
    expect(opening).toBe(declaration.paragraphs[0].id);
    const kgz = links.forState('KGZ')!;
    expect(kgz.specific.map((l) => l.passageId)).toContain(opening);
    const specific = specificForState(kgz.specific, declaration);
    expect(specific.map((l) => l.passageId)).not.toContain(opening);
    expect(specific.length).toBe(kgz.specific.length - 1);
  });

  it('quotes the sentences that apply: Kyrgyzstan’s section falls well under the ~600 words of whole paragraphs', () => {
    const byId = new Map(declaration.paragraphs.map((p) => [p.id, p]));
    const kgz = links.forState('KGZ')!;
    const whole = kgz.specific.reduce((n, l) => n + words(byId.get(l.passageId)!.sentences.map((s) => s.text).join(' ')), 0);
    const quoted = specificForState(kgz.specific, declaration).reduce(
      (n, l) => n + quoteParts(byId.get(l.passageId)!, l.sentenceIds).reduce((m, p) => m + (p.kind === 'sentence' ? words(p.text) : 0), 0),
      0,
    );
    expect(quoted).toBeLessThan(whole);
    console.info(`Kyrgyzstan "in particular": ${whole} words as whole paragraphs, ${quoted} as sentences`);
  });
});

describe('quoteParts', () => {
  const p = declaration.paragraphs.find((x) => x.sentences.length >= 4)!;
  it('keeps the marked sentences in order, with one gap per run left out', () => {
    const ids = [p.sentences[1].id, p.sentences[3].id];
    const parts = quoteParts(p, ids);
    expect(parts.filter((x) => x.kind === 'sentence').map((x) => (x.kind === 'sentence' ? x.id : ''))).toEqual(ids);
    expect(parts[0]).toEqual({ kind: 'gap', count: 1 });
    expect(isPartial(p, ids)).toBe(true);
  });

  it('returns the whole paragraph when nothing, or everything, is marked', () => {
    expect(quoteParts(p, [])).toHaveLength(p.sentences.length);
    expect(isPartial(p, p.sentences.map((s) => s.id))).toBe(false);
  });
});

describe('a state’s commitments since 2023', () => {
  it('lists those naming it or its routes and programmes, never all of them, in the text’s order', () => {
    const routes = ['casa-1000', 'tapi-pipeline'];
    const list = commitmentsForState(commitments, 'TKM', routes, []);
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThan(commitments.length);
    for (const c of list) {
      const named = (c.by !== 'all' && c.by.includes('TKM')) || (c.concerns.states ?? []).includes('TKM');
      expect(named || (c.concerns.routes ?? []).some((r) => routes.includes(r)), c.id).toBe(true);
    }
    const order = commitments.map((c) => c.id);
    expect(list.map((c) => order.indexOf(c.id))).toEqual([...list.map((c) => order.indexOf(c.id))].sort((a, b) => a - b));
  });
});

describe('routeNow', () => {
  it('gives CASA-1000 a dated, sourced record with article URLs', () => {
    const now = routeNow('casa-1000');
    expect(now?.kind).toBe('record');
    if (now?.kind !== 'record') return;
    expect(now.record.asOf).toMatch(/^\d{4}-\d{2}$/);
    for (const s of now.record.sources) expect(new URL(s.url).pathname.length).toBeGreaterThan(1);
  });

  it('says when nothing newer was found, and null for an unknown route', () => {
    const id = Object.keys(ROUTES_WITHOUT_NEWER_RECORD)[0];
    expect(routeNow(id)?.kind).toBe('no-newer-record');
    expect(routeNow('nowhere')).toBeNull();
    expect(Object.keys(ROUTE_STATUS_NOW).every((r) => routeNow(r)?.kind === 'record')).toBe(true);
  });
});
