// Splits a paragraph into sentences without breaking on abbreviations such as "U.S." or "Jr.".

/**
 * Words that end in a full stop without ending a sentence. Initials ("U.S.", "R.") are caught by
 * pattern instead; this list is for abbreviations that are ordinary words.
 */
const ABBREVIATIONS = new Set([
  'Jr', 'Sr', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'No', 'Nos', 'Inc', 'Ltd', 'Co', 'Corp', 'vs', 'etc',
  'e.g', 'i.e', 'Gen', 'Gov', 'Sen', 'Rep', 'Amb', 'Dept', 'Prof', 'approx',
]);

// A candidate end: terminator, any closing quotes/brackets, then whitespace and a capital, digit or opening quote.
const CANDIDATE_END = /[.!?]["”’)\]]*(?=\s+["“‘(]?[A-Z0-9])/g;

function endsWithAbbreviation(before: string): boolean {
  // `before` runs up to and including the full stop.
  const word = /(\S+)\.$/.exec(before)?.[1]?.replace(/^["“‘(]+/, '');
  if (!word) return false;
  // Initials, one or more: "U.S", "R", "U.S.-Central" cannot reach here (no space after the stop).
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/** Sentences of `text`, each trimmed, whitespace inside them kept as given. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(CANDIDATE_END)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && endsWithAbbreviation(text.slice(start, m.index + 1))) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}
