// The parser fails loudly, naming the line, when the source changes shape; it never drops a paragraph.
import { describe, expect, it } from 'vitest';
import { DeclarationParseError, declarationSource, parseDeclaration } from '../../src/content';

const source = declarationSource;

/** 1-based number of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((l) => l.startsWith(prefix));
  if (index < 0) throw new Error(`test setup: no line starts with ${prefix}`);
  return index + 1;
}

function parseError(text: string): DeclarationParseError {
  try {
    parseDeclaration(text);
  } catch (e) {
    expect(e).toBeInstanceOf(DeclarationParseError);
    return e as DeclarationParseError;
  }
  throw new Error('expected the parse to fail');
}

function expectErrorAt(text: string, line: number, message: RegExp) {
  const e = parseError(text);
  expect(e.line).toBe(line);
  expect(e.message).toMatch(new RegExp(`^Line ${line}: `));
  expect(e.message).toMatch(message);
}

describe('parseDeclaration on broken variants', () => {
  it('the unbroken source parses', () => {
    expect(parseDeclaration(source).paragraphs).toHaveLength(13);
  });

  it('a missing heading is reported at the next heading', () => {
    const broken = source.replace('***Expanded Security Cooperation  \n***  \n', '');
    expectErrorAt(broken, lineOf(broken, '***C5+1 Economic and Energy Corridor'), /“Expanded Security Cooperation” is missing before “C5\+1 Economic and Energy Corridor”/);
  });

  it('a missing last heading is reported at the date line', () => {
    const broken = source.replace('***Towards A New Atmosphere of Partnership  \n***  \n', '');
    expectErrorAt(broken, lineOf(broken, 'September 21, 2023'), /“Towards A New Atmosphere of Partnership” is missing/);
  });

  it('an unknown heading is reported where it stands', () => {
    const broken = source.replace('***Partnership through People', '***Partnership through Peoples');
    expectErrorAt(broken, lineOf(broken, '***Partnership through Peoples'), /unknown heading “Partnership through Peoples”/);
  });

  it('an empty section is reported at its heading', () => {
    const start = source.indexOf('Our richest relationships');
    const end = source.indexOf('***Towards A New Atmosphere');
    const broken = source.slice(0, start) + source.slice(end);
    expectErrorAt(broken, lineOf(broken, '***Partnership through People'), /section “Partnership through People” has no paragraphs/);
  });

  it('a missing opening paragraph is reported', () => {
    const start = source.indexOf('\u00a0This week, we');
    const end = source.indexOf('***Resilience through Partnership');
    const broken = source.slice(0, start) + source.slice(end);
    expectErrorAt(broken, lineOf(broken, '***Resilience through Partnership'), /no opening paragraph/);
  });

  it('a repeated heading is reported', () => {
    const broken = source.replace('***Partnership through People  \n***', '***Expanded Security Cooperation  \n***');
    expectErrorAt(broken, findNth(broken, '***Expanded Security Cooperation', 2), /repeated or out of order/);
  });

  it('a heading left open is reported', () => {
    const broken = source.replace('***Partnership through People  \n***  \n', '***Partnership through People  \n  \n');
    expectErrorAt(broken, lineOf(broken, '***Partnership through People'), /not closed with \*\*\*/);
  });

  it('a printed date that disagrees with the front matter is reported', () => {
    const broken = source.replace('September 21, 2023', 'September 22, 2023');
    expectErrorAt(broken, lineOf(broken, 'September 22, 2023'), /does not match the front matter date 2023-09-21/);
  });

  it('an unknown signatory state is reported', () => {
    const broken = source.replace('of Turkmenistan  ', 'of Atlantis  ');
    expectErrorAt(broken, lineOf(broken, 'President Serdar Berdimuhamedov'), /unknown signatory state “Atlantis”/);
  });

  it('a missing C5 signature is reported at the date line', () => {
    const broken = source.replace('President Sadyr Japarov of the Kyrgyz Republic  \n', '');
    expectErrorAt(broken, lineOf(broken, 'September 21, 2023'), /no signature for KGZ/);
  });

  it('unexpected markup in a paragraph is reported at the paragraph', () => {
    const broken = source.replace('Achieving our shared vision', 'Achieving our <b>shared</b> vision');
    expectErrorAt(broken, lineOf(broken, 'Achieving our'), /unexpected markup <b>/);
  });

  it('text after the closing ### is reported', () => {
    expectErrorAt(`${source}\nA stray line\n`, source.split('\n').length + 1, /after the closing ###/);
  });

  it('front matter without a source URL is reported', () => {
    const broken = source.replace(/^source_url: .*\n/m, '');
    expectErrorAt(broken, 6, /lacks "source_url"/);
  });

  it('a source with no date line fails rather than treating the signatures as a paragraph', () => {
    const broken = source.slice(0, source.indexOf('September 21, 2023'));
    expect(() => parseDeclaration(broken)).toThrow(/^Line \d+: the date line above the signatures is missing/);
  });
});

describe('parseDeclaration never drops a paragraph', () => {
  it('a paragraph added to a section gets the next id and its text', () => {
    const added = source.replace('***Partnership through People', 'One more paragraph.  Two sentences.\n\n***Partnership through People');
    const parsed = parseDeclaration(added);
    expect(parsed.paragraphs).toHaveLength(14);
    expect(parsed.paragraphs.find((p) => p.id === 'energy-climate-3')!.sentences.map((s) => s.text)).toEqual(['One more paragraph.', 'Two sentences.']);
  });

  it('a paragraph split in two becomes two paragraphs, not one lost', () => {
    const split = source.replace('This, in turn, will', '\n\nThis, in turn, will');
    const parsed = parseDeclaration(split);
    expect(parsed.sections.find((s) => s.id === 'economic-energy-corridor')!.paragraphs).toHaveLength(4);
    const all = parsed.paragraphs.map((p) => p.text).join(' ');
    expect(all).toContain('including in the green economy.');
    expect(all).toContain('This, in turn, will set the stage');
  });
});

function findNth(text: string, prefix: string, n: number): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith(prefix) && ++seen === n) return i + 1;
  throw new Error(`test setup: fewer than ${n} lines start with ${prefix}`);
}
