// Sentence splitting: abbreviations do not end sentences; the result agrees with the publisher's spacing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declaration, splitSentences } from '../../src/content';

describe('splitSentences', () => {
  it('splits on full stops followed by a capital', () => {
    expect(splitSentences('We met. We agreed. Then we left!')).toEqual(['We met.', 'We agreed.', 'Then we left!']);
  });

  it('does not break on U.S., initials or Jr.', () => {
    expect(splitSentences('The U.S. Department of State and the U.S. Export-Import Bank will help.')).toHaveLength(1);
    expect(splitSentences('President Joseph R. Biden, Jr. of the United States signed it.')).toHaveLength(1);
    expect(splitSentences('Mr. Smith met Dr. Jones. They spoke.')).toEqual(['Mr. Smith met Dr. Jones.', 'They spoke.']);
    expect(splitSentences('U.S.-Central Asia ties grew. Trade grew.')).toEqual(['U.S.-Central Asia ties grew.', 'Trade grew.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('It is called “the Middle Corridor.” It runs west.')).toEqual(['It is called “the Middle Corridor.”', 'It runs west.']);
  });

  it('does not split before a lower-case word or a number inside a sentence', () => {
    expect(splitSentences('It was approx. twenty km long.')).toHaveLength(1);
    expect(splitSentences('It ends here. 2015 was the first year.')).toHaveLength(2);
  });
});

describe('sentences of the declaration', () => {
  it('agree with the publisher’s spacing: sentences are separated by a no-break space, line wraps are not', () => {
    // An independent check on the splitter: in the source every sentence boundary is a full stop followed
    // by whitespace containing U+00A0, and no other full stop is ("U.S.\nExport-Import" is a plain wrap).
    const lines = readFileSync(fileURLToPath(new URL('../../content/new-york-declaration-2023-09-21.md', import.meta.url)), 'utf8').split('\n');
    for (const p of declaration.paragraphs) {
      const raw: string[] = [];
      for (let i = p.line - 1; i < lines.length && !/^\s*$/.test(lines[i]); i++) raw.push(lines[i]);
      const expected = raw
        .join('\n')
        .replace(/<\/?sup>/g, '')
        .split(/(?<=[.!?]["”]?)(?=[ \n]*\u00a0)\s+/)
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      expect(p.sentences.map((s) => s.text), p.id).toEqual(expected);
    }
  });

  it('has the sentence counts a reader would count', () => {
    expect(Object.fromEntries(declaration.paragraphs.map((p) => [p.id, p.sentences.length]))).toEqual({
      'preamble-1': 1,
      'resilience-1': 4,
      'resilience-2': 3,
      'resilience-3': 2,
      'security-1': 7,
      'economic-energy-corridor-1': 5,
      'economic-energy-corridor-2': 4,
      'economic-energy-corridor-3': 2,
      'energy-climate-1': 8,
      'energy-climate-2': 5,
      'people-1': 6,
      'new-atmosphere-1': 3,
      'new-atmosphere-2': 3,
    });
  });
});
