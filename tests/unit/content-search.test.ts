// Search as you type over passages and programmes: verbatim sentences, prefixes, light typos, speed.
import { describe, expect, it } from 'vitest';
import { declaration, programmes } from '../../src/content';
import { createSearch } from '../../src/content/search';

const search = createSearch(declaration, programmes);
const sentenceTexts = new Set(declaration.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));

describe('createSearch', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(search.query('')).toEqual([]);
    expect(search.query('   \t ')).toEqual([]);
  });

  it('finds the passage that names the Middle Corridor, with the matching sentence verbatim', () => {
    const results = search.query('Middle Corridor');
    const passage = results.find((r) => r.kind === 'passage')!;
    expect(passage.id).toBe('economic-energy-corridor-2');
    expect(passage.sentence).toContain('Middle Corridor');
    expect(passage.title).toBe('C5+1 Economic and Energy Corridor, paragraph 2');
  });

  it('matches prefixes as the user types', () => {
    const results = search.query('hydro');
    expect(results[0]).toMatchObject({ kind: 'passage', id: 'energy-climate-1' });
    expect(results[0].sentence).toContain('hydropower');
  });

  it('forgives a light typo in a longer word', () => {
    const results = search.query('glacer');
    expect(results.some((r) => r.id === 'energy-climate-2' && r.sentence.includes('glacier preservation'))).toBe(true);
  });

  it('finds programmes by acronym, other names and facts, and quotes the sentence that names them', () => {
    const pgi = search.query('PGI').find((r) => r.kind === 'programme')!;
    expect(pgi.id).toBe('pgi');
    expect(pgi.sentence).toContain('(PGI)');

    const samarkand = search.query('Samarkand');
    expect(samarkand[0]).toMatchObject({ kind: 'programme', id: 'usaid-c5plus1-connectivity-ministerial' });
    expect(samarkand[0].sentence).toContain('USAID C5+1 Connectivity Ministerial');

    expect(search.query('EBRD').some((r) => r.kind === 'programme' && r.id === 'ebrd-capital-increase')).toBe(true);
  });

  it('handles “C5+1” and its prefix', () => {
    expect(search.query('C5+1 Secretariat')[0].sentence).toContain('C5+1 Secretariat');
    expect(search.query('c5').length).toBeGreaterThan(5);
  });

  it('returns only verbatim sentences, one result per passage, best first', () => {
    for (const q of ['security', 'water', 'trade', 'Afghanistan', 'critical min', 'USAID']) {
      const results = search.query(q);
      expect(results.length, q).toBeGreaterThan(0);
      for (const r of results) expect(sentenceTexts.has(r.sentence), `${q}: ${r.sentence}`).toBe(true);
      const passageIds = results.filter((r) => r.kind === 'passage').map((r) => r.id);
      expect(new Set(passageIds).size).toBe(passageIds.length);
      const scores = results.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('falls back to any word when no passage has them all', () => {
    expect(search.query('glacier zebra').some((r) => r.id === 'energy-climate-2')).toBe(true);
  });
});
