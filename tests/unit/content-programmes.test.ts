// The programmes the declaration names: complete, named as written, passages found in the text, facts cited.
import { describe, expect, it } from 'vitest';
import { findNameCandidates, isAccountedFor } from '../support/name-candidates';
import { findPhrase } from '../../src/content/match';
import { declaration, NOT_PROGRAMMES, PROGRAMME_DEFS, programmes, resolveProgrammes } from '../../src/content';

const byId = (id: string) => programmes.find((p) => p.id === id)!;

describe('the programme list', () => {
  it('holds the programmes, institutions and forums the issue names', () => {
    const ids = programmes.map((p) => p.id);
    for (const id of [
      'c5plus1-platform',
      'c5plus1-secretariat',
      'c5plus1-working-groups',
      'private-sector-business-platform',
      'cipe',
      'pgi',
      'us-department-of-state',
      'dfc',
      'exim',
      'usaid',
      'usaid-c5plus1-connectivity-ministerial',
      'world-bank',
      'asian-development-bank',
      'ebrd-capital-increase',
      'usaid-power-central-asia',
      'c5plus1-critical-minerals-dialogue',
      'usaid-regional-water',
      'young-professionals-network',
      'permanent-normal-trade-relations',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts right the facts the review found wrong', () => {
    const facts = (id: string) => byId(id).facts.map((f) => f.text.en).join(' ');
    expect(facts('c5plus1-critical-minerals-dialogue')).toMatch(/Announced by the declaration .*not launched by it/);
    expect(facts('usaid-regional-water')).toMatch(/US\$21\.5 million/);
    expect(facts('usaid-regional-water')).toMatch(/US\$24\.5 million/);
    // The forum's date is cited to an article written after the forum (March 2024).
    const b5 = byId('private-sector-business-platform').facts.find((f) => f.text.en.includes('13–15 March 2024'))!;
    expect(b5.sources.some((s) => /2024/.test(s.title) && /caspianpolicy\.org/.test(s.url))).toBe(true);
    expect(byId('permanent-normal-trade-relations')).toMatchObject({ kind: 'commitment', passageIds: ['economic-energy-corridor-1'] });
  });

  it('writes each name and alias exactly as the text does', () => {
    const text = declaration.paragraphs.map((p) => p.text).join('\n');
    for (const p of programmes) {
      for (const form of [p.name, ...p.aliases]) expect(text, `${p.id}: ${form}`).toContain(form);
    }
  });

  it('finds every programme in at least one passage, with the sentences that name it', () => {
    for (const p of programmes) {
      expect(p.mentions.length, p.id).toBeGreaterThan(0);
      for (const m of p.mentions) {
        const paragraph = declaration.paragraphs.find((x) => x.id === m.passageId)!;
        expect(m.sentenceIds.length).toBeGreaterThan(0);
        for (const sid of m.sentenceIds) {
          const sentence = paragraph.sentences.find((s) => s.id === sid)!;
          expect([p.name, ...p.aliases].some((f) => findPhrase(sentence.text, f).length > 0), `${p.id} in ${sid}`).toBe(true);
        }
      }
    }
  });

  it('finds the passages by matching, including aliases and passages far apart', () => {
    expect(byId('pgi').passageIds).toEqual(['economic-energy-corridor-2']);
    expect(byId('usaid').passageIds).toEqual(['economic-energy-corridor-2', 'energy-climate-1', 'energy-climate-2']);
    expect(byId('c5plus1-platform').passageIds).toEqual([
      'resilience-1',
      'resilience-3',
      'economic-energy-corridor-1',
      'new-atmosphere-1',
      'new-atmosphere-2',
    ]);
    expect(byId('c5plus1-presidential-summit').passageIds).toEqual(['preamble-1', 'new-atmosphere-1']);
    expect(byId('c5plus1-ministerial-meetings').passageIds).toEqual(['resilience-1', 'new-atmosphere-2']);
    expect(byId('us-department-of-state').mentions.map((m) => m.sentenceIds)).toEqual([
      ['economic-energy-corridor-1.s5'],
      ['economic-energy-corridor-2.s3'],
    ]);
  });

  it('does not match a name inside a longer word or a different phrase', () => {
    // "C5+1 platform" must not be found in "private-sector business platform" (no C5+1), nor
    // "Central Asia" in "U.S.-Central Asian".
    expect(byId('c5plus1-platform').mentions.find((m) => m.passageId === 'economic-energy-corridor-1')!.forms).toEqual(['C5+1 diplomatic platform']);
    expect(findPhrase('strengthen U.S.-Central Asian ties', 'Central Asia')).toEqual([]);
    expect(findPhrase('Central Asia’s energy', 'Central Asia')).toHaveLength(1);
  });

  it('fails loudly when a name or alias is nowhere in the text', () => {
    const typo = PROGRAMME_DEFS.map((d) => (d.id === 'pgi' ? { ...d, aliases: [...d.aliases, 'PGII'] } : d));
    expect(() => resolveProgrammes(declaration, typo)).toThrow(/“PGII” does not occur/);
  });

  it('gives every fact at least one source with a full https URL, and resolves “the declaration” to its URL', () => {
    for (const p of programmes) {
      for (const f of p.facts) {
        expect(f.text.en.length, p.id).toBeGreaterThan(0);
        expect(f.sources.length, p.id).toBeGreaterThan(0);
        for (const s of f.sources) {
          expect(s.url, p.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
          expect(s.title.length).toBeGreaterThan(0);
        }
      }
    }
    expect(byId('c5plus1-secretariat').facts[0].sources[0].url).toBe(declaration.source.url);
    expect(byId('usaid-c5plus1-connectivity-ministerial').facts[0].text.en).toContain('24 October 2023 in Samarkand');
  });
});

describe('completeness: programme-like names in the text', () => {
  const forms = [...programmes.flatMap((p) => [p.name, ...p.aliases]), ...NOT_PROGRAMMES.flatMap((n) => n.phrases)];
  const texts = [
    ...declaration.paragraphs.map((p) => ({ where: p.id, text: p.text, capitalised: true })),
    // Headings and the title are in Title Case, so only acronyms and "C5+1 …" phrases are looked for there.
    ...declaration.sections.filter((s) => s.heading).map((s) => ({ where: `heading ${s.id}`, text: s.heading!, capitalised: false })),
    { where: 'title', text: declaration.fullTitle, capitalised: false },
  ];

  it('every capitalised multiword name, acronym and “C5+1 …” phrase is a listed programme or a reviewed exception', () => {
    const missing: string[] = [];
    for (const { where, text, capitalised } of texts) {
      const spans = forms.flatMap((f) => findPhrase(text, f));
      for (const c of findNameCandidates(text, { capitalised })) {
        if (!isAccountedFor(c, spans)) missing.push(`${where}: “${c.text}” (${c.rule})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the detector would catch a new programme, acronym or C5+1 body', () => {
    const text = 'The Blue Sky Initiative (BSI) will work with the C5+1 Water Council and the Central Asia office.';
    const spans = forms.flatMap((f) => findPhrase(text, f));
    const unaccounted = findNameCandidates(text).filter((c) => !isAccountedFor(c, spans)).map((c) => c.text);
    expect(unaccounted).toEqual(expect.arrayContaining(['Blue Sky Initiative', 'BSI']));
    // Names joined by "and the" stay one candidate; it is flagged because "C5+1 Water Council" is unaccounted.
    expect(unaccounted).toContain('C5+1 Water Council and the Central Asia');
    const reviewed = findNameCandidates('the Central Asia office').filter((c) => !isAccountedFor(c, findPhrase('the Central Asia office', 'Central Asia')));
    expect(reviewed).toEqual([]);
  });

  it('does not treat a capital at the start of a sentence as a name', () => {
    expect(findNameCandidates('Through the new plan, we act. Finally the rest.').filter((c) => c.rule === 'capitalised')).toEqual([]);
  });

  it('every reviewed exception has a reason and still occurs in the text (no stale entries)', () => {
    const all = texts.map((t) => t.text).join('\n');
    for (const entry of NOT_PROGRAMMES) {
      expect(entry.reason.length).toBeGreaterThan(10);
      for (const phrase of entry.phrases) expect(findPhrase(all, phrase).length, phrase).toBeGreaterThan(0);
    }
  });
});
