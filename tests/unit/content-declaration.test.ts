// The declaration parsed from its copied source: structure, ids, verbatim text, signatories.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  declaration,
  declarationSource,
  fullText,
  parseDeclaration,
  passageById,
  passageTitle,
  plainText,
  resolveAnchor,
  sentenceById,
} from '../../src/content';

const SOURCE_PATH = fileURLToPath(new URL('../../content/new-york-declaration-2023-09-21.md', import.meta.url));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the copied source', () => {
  it('is byte-identical to the published text it was copied from', () => {
    // SHA-256 of /work/shared/source/new-york-declaration-2023-09-21.md when it was copied.
    const hash = createHash('sha256').update(readFileSync(SOURCE_PATH)).digest('hex');
    expect(hash).toBe('8172e6e1f1fa7720d70078aff3e9f8258dacc9554302498c83c372e92f9e29a0');
  });

  it('keeps its source URL and date in the front matter, and the parse carries them', () => {
    expect(declaration.source.url).toBe('https://www.whitehouse.gov/briefing-room/statements-releases/2023/09/21/c51-leaders-joint-statement/');
    expect(declaration.released).toEqual({ iso: '2023-09-21', text: 'September 21, 2023', display: '21 September 2023' });
    expect(declaration.publishedTime).toBe('2023-09-21 16:03:46-04:00');
  });
});

describe('title', () => {
  it('splits the printed title into title and subtitle', () => {
    expect(declaration.title).toBe('The New York Declaration');
    expect(declaration.subtitle).toBe('C5+1 Resilience through Security, Economic, and Energy Partnership');
    expect(declaration.fullTitle).toBe(`${declaration.title}: ${declaration.subtitle}`);
  });

  it('reads the published document title from the front matter, YAML escapes resolved', () => {
    // The front matter writes "C5+1 Leaders\u2019 Joint\_Statement": a curly apostrophe and a no-break space.
    expect(declaration.documentTitle).toBe('C5+1 Leaders’ Joint Statement');
  });
});

describe('sections and paragraphs', () => {
  it('has the preamble and the six headings, in order', () => {
    expect(declaration.sections.map((s) => [s.id, s.heading])).toEqual([
      ['preamble', null],
      ['resilience', 'Resilience through Partnership'],
      ['security', 'Expanded Security Cooperation'],
      ['economic-energy-corridor', 'C5+1 Economic and Energy Corridor'],
      ['energy-climate', 'Enhancing Energy Security and Combating the Effects of Climate Change'],
      ['people', 'Partnership through People'],
      ['new-atmosphere', 'Towards A New Atmosphere of Partnership'],
    ]);
  });

  it('gives every paragraph a stable, readable, URL-safe id', () => {
    expect(declaration.paragraphs.map((p) => p.id)).toEqual([
      'preamble-1',
      'resilience-1',
      'resilience-2',
      'resilience-3',
      'security-1',
      'economic-energy-corridor-1',
      'economic-energy-corridor-2',
      'economic-energy-corridor-3',
      'energy-climate-1',
      'energy-climate-2',
      'people-1',
      'new-atmosphere-1',
      'new-atmosphere-2',
    ]);
    for (const p of declaration.paragraphs) expect(encodeURIComponent(p.id)).toBe(p.id);
  });

  it('treats the opening paragraph before the first heading as a passage', () => {
    const opening = passageById('preamble-1')!;
    expect(opening.section.heading).toBeNull();
    expect(opening.paragraph.text.startsWith('This week, we – the presidents of the United States')).toBe(true);
    expect(passageTitle('preamble-1')).toBe('Opening paragraph');
    expect(passageTitle('economic-energy-corridor-2')).toBe('C5+1 Economic and Energy Corridor, paragraph 2');
  });

  it('addresses sentences as paragraph id + .sN, and each paragraph is its sentences joined', () => {
    for (const p of declaration.paragraphs) {
      expect(p.sentences.map((s) => s.id)).toEqual(p.sentences.map((_, k) => `${p.id}.s${k + 1}`));
      expect(p.sentences.map((s) => s.text).join(' ')).toBe(p.text);
    }
    expect(sentenceById('economic-energy-corridor-2.s2')!.text).toBe(
      'To further C5+1 economic goals, the Partnership for Global Infrastructure and Investment (PGI) will evaluate opportunities to scale infrastructure investments to accelerate the economic development, energy security, and connectivity of the Middle Corridor.',
    );
  });

  it('resolves an anchor from a URL to its paragraph, and a sentence anchor to both', () => {
    const s = resolveAnchor('security-1.s2')!;
    expect(s.paragraph.id).toBe('security-1');
    expect(s.sentence!.text.startsWith('Recognizing that the situation in Afghanistan')).toBe(true);
    expect(resolveAnchor('security-1')!.sentence).toBeUndefined();
    expect(resolveAnchor('security-1.s99')).toBeUndefined();
    expect(resolveAnchor('nowhere-1')).toBeUndefined();
  });
});

describe('verbatim text', () => {
  it('reassembles to the source with only the markup removed (whitespace folded)', () => {
    // Strip the markup independently of the parser: front matter, ***heading*** markers, <sup>, the
    // title's *emphasis* and the closing \###.
    const body = readFileSync(SOURCE_PATH, 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<\/?sup>/g, '')
      .replace(/\\?###/g, '')
      .replace(/\*/g, '');
    expect(fold(plainText())).toBe(fold(body));
  });

  it('keeps curly quotes, dashes and apostrophes as published', () => {
    const text = declaration.paragraphs.map((p) => p.text).join(' ');
    expect(text).toContain('the so-called “Middle Corridor,” as well as');
    expect(text).toContain('we – the presidents of');
    expect(text).toContain('– an affiliate of the U.S. Chamber of Commerce –');
    expect(text).toContain('the region’s complex challenges');
    expect(text).toContain('the 78th session of the United Nations General Assembly');
    expect(text).not.toMatch(/[*<>\\#\u00a0]|\s{2}/);
  });
});

describe('signatories', () => {
  it('lists each president with the state’s ISO alpha-3 code, the United States included, C5 marked', () => {
    expect(declaration.signatories.map((s) => [s.name, s.country, s.c5])).toEqual([
      ['Kassym-Jomart Tokayev', 'KAZ', true],
      ['Sadyr Japarov', 'KGZ', true],
      ['Emomali Rahmon', 'TJK', true],
      ['Serdar Berdimuhamedov', 'TKM', true],
      ['Joseph R. Biden, Jr.', 'USA', false],
      ['Shavkat Mirziyoyev', 'UZB', true],
    ]);
    expect(declaration.signatories[4].text).toBe('President Joseph R. Biden, Jr. of the United States of America');
    expect(declaration.signatories.every((s) => s.office === 'President')).toBe(true);
  });
});

describe('fullText', () => {
  it('lists title, every heading and paragraph, the date and the signatures in reading order', () => {
    const blocks = fullText();
    expect(blocks[0]).toMatchObject({ type: 'title', title: 'The New York Declaration' });
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(6);
    expect(blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.paragraph.id : ''))).toEqual(
      declaration.paragraphs.map((p) => p.id),
    );
    expect(blocks.filter((b) => b.type === 'signatory')).toHaveLength(6);
    expect(blocks.findIndex((b) => b.type === 'date')).toBe(blocks.length - 7);
  });

  it('works on any parsed declaration, not only the bundled one', () => {
    const other = parseDeclaration(declarationSource.replace('This week, we', 'This week, we all'));
    expect(plainText(other)).toContain('This week, we all –');
    expect(passageById('preamble-1', other)!.paragraph.text).toMatch(/^This week, we all/);
  });
});
