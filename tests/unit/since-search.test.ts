// The search covers the commitments and their events: a result opens `commitment:ID`.
import { describe, expect, it } from 'vitest';
import { declaration, programmes } from '../../src/content';
import { resolveCommitments } from '../../src/content/commitments';
import { createSearch } from '../../src/content/search';

const commitments = resolveCommitments(declaration);
const search = createSearch(declaration, programmes, commitments);

describe('searching the follow-through', () => {
  it('finds a commitment by a word only its events use', () => {
    const withEvent = commitments.find((c) => c.events.some((e) => /Samarkand/.test(e.summary.en)));
    expect(withEvent, 'an event in Samarkand').toBeDefined();
    const hits = search.query('Samarkand').filter((r) => r.kind === 'commitment');
    expect(hits.map((h) => h.id)).toContain(withEvent!.id);
  });

  it('finds commitments by their status label, with the sentence verbatim', () => {
    const hits = search.query('stalled', { limit: 50 }).filter((r) => r.kind === 'commitment');
    for (const h of hits) expect(commitments.find((c) => c.id === h.id)?.text).toBe(h.sentence);
  });
});
