// Theme tags: every passage carries at least one, each with a reason naming the words matched.
import { describe, expect, it } from 'vitest';
import { declaration, tagParagraph, THEMES, themes } from '../../src/content';

const themeIds = (pid: string) => themes[pid].map((t) => t.theme);

describe('themes', () => {
  it('tags every passage with at least one theme', () => {
    for (const p of declaration.paragraphs) expect(themes[p.id]?.length, p.id).toBeGreaterThan(0);
  });

  it('gives each tag a one-line reason that quotes words found in its sentences', () => {
    for (const p of declaration.paragraphs) {
      for (const tag of themes[p.id]) {
        expect(tag.reason).not.toContain('\n');
        expect(tag.reason.startsWith(THEMES.find((t) => t.id === tag.theme)!.label.en)).toBe(true);
        for (const word of tag.matched) {
          expect(tag.sentenceIds.some((sid) => p.sentences.find((s) => s.id === sid)!.text.includes(word)), `${p.id} ${word}`).toBe(true);
        }
        expect(tag.reason).toContain(`“${tag.matched[0]}”`);
      }
    }
  });

  it('tags the passages a reader would expect', () => {
    expect(themeIds('security-1')).toContain('security');
    expect(themeIds('economic-energy-corridor-2')).toEqual(expect.arrayContaining(['trade-transport', 'energy', 'critical-minerals']));
    expect(themeIds('energy-climate-1')).toEqual(expect.arrayContaining(['energy', 'critical-minerals']));
    expect(themeIds('energy-climate-2')).toContain('climate-water');
    expect(themeIds('people-1')).toEqual(expect.arrayContaining(['people-education', 'governance-partnership']));
    expect(themeIds('economic-energy-corridor-1')).toContain('people-education');
    expect(themeIds('resilience-1')).toEqual(['governance-partnership']);
  });

  it('keeps “energy security” and the Security working group out of the security theme', () => {
    // resilience-1 names the "Working Groups on Economy, Energy and the Environment, and Security".
    expect(themeIds('resilience-1')).not.toContain('security');
    expect(themeIds('energy-climate-1')).not.toContain('security');
    expect(themeIds('energy-climate-2')).not.toContain('security');
  });

  it('derives tags from the text, so changed words change the tags', () => {
    const p = declaration.paragraphs.find((x) => x.id === 'people-1')!;
    const edited = { ...p, sentences: p.sentences.map((s) => ({ ...s, text: s.text.replace('human rights', 'hydropower') })) };
    expect(tagParagraph(edited).map((t) => t.theme)).toContain('energy');
  });
});
