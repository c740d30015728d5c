// Finds a name in passage text as a whole phrase, so "USAID" matches "USAID Power Central Asia" but
// "Bank" does not match inside "Banks", and line-wrap spacing never hides a match.

export interface Span {
  start: number;
  end: number;
  text: string;
}

const cache = new Map<string, RegExp>();

/** Letters and digits of the Latin script, which is all the declaration is written in. */
export const WORD = 'A-Za-z0-9\\u00C0-\\u024F';

/** A global, case-sensitive pattern for `form`: spaces match any whitespace, ends must be word boundaries. */
export function phrasePattern(form: string): RegExp {
  let re = cache.get(form);
  if (!re) {
    const body = form
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    // Letters, digits, "+" (C5+1) and "-" (U.S.-Central) continue a word; curly apostrophes do not ("Asia’s").
    // Latin letters only, without the `u` flag: Unicode property classes cost milliseconds per pattern
    // to compile, and this text is English (a test checks the source has no letters outside the range).
    re = new RegExp(`(?<![${WORD}+-])${body}(?![${WORD}+])`, 'g');
    cache.set(form, re);
  }
  re.lastIndex = 0;
  return re;
}

export function findPhrase(text: string, form: string): Span[] {
  return [...text.matchAll(phrasePattern(form))].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export function containsPhrase(text: string, form: string): boolean {
  return phrasePattern(form).test(text);
}
