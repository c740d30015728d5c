// Spots programme-like names in running text (capitalised multiword names, acronyms, "C5+1 …" phrases)
// so a test can check that the programme list misses none of them.

export interface Token {
  start: number;
  end: number;
  text: string;
}

export interface NameCandidate {
  rule: 'capitalised' | 'acronym' | 'c5plus1';
  text: string;
  start: number;
  end: number;
  /** The tokens that must each be accounted for (connectors such as "of" are left out). */
  tokens: Token[];
}

// Initialisms with dots first ("U.S.", "U.S.-Central"), then ordinary words ("C5+1", "Export-Import", "Asia’s").
const TOKEN = /(?:[A-Z]\.){2,}(?:-[A-Za-z][\p{L}\p{N}’'-]*)?|[\p{L}\p{N}][\p{L}\p{N}+’'-]*/gu;
/** Small words that may sit inside a name: "Bank for Reconstruction and Development". */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);
/** Capitalised only because they start a sentence. */
const SENTENCE_STARTERS = new Set([
  'The', 'This', 'These', 'To', 'Through', 'We', 'Our', 'It', 'As', 'In', 'Further', 'Finally', 'Moreover',
  'Together', 'Collectively',
]);

const isCapitalised = (t: Token) => /^[A-Z]/.test(t.text);
const isAcronym = (t: Token) => /^[A-Z]{2,}$/.test(t.text);

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Runs of capitalised tokens joined by whitespace only, connectors allowed inside. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !isCapitalised(run[run.length - 1])) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const joined = run.length > 0 && /^\s+$/.test(text.slice(run[run.length - 1].end, t.start));
    if (run.length && !joined) flush();
    if (isCapitalised(t)) run.push(t);
    else if (run.length && CONNECTORS.has(t.text)) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

const candidate = (rule: NameCandidate['rule'], text: string, tokens: Token[]): NameCandidate => ({
  rule,
  text: text.slice(tokens[0].start, tokens[tokens.length - 1].end),
  start: tokens[0].start,
  end: tokens[tokens.length - 1].end,
  tokens: tokens.filter(isCapitalised),
});

/**
 * Programme-like names in `text`. `capitalised: false` skips the multiword rule, for Title Case
 * headings where every word is capitalised.
 */
export function findNameCandidates(text: string, options: { capitalised?: boolean } = {}): NameCandidate[] {
  const tokens = tokenize(text);
  const found: NameCandidate[] = [];

  for (const t of tokens) if (isAcronym(t)) found.push(candidate('acronym', text, [t]));

  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].text !== 'C5+1') continue;
    const next = tokens[k + 1];
    const joined = next && /^\s+$/.test(text.slice(tokens[k].end, next.start));
    if (!joined) {
      found.push(candidate('c5plus1', text, [tokens[k]]));
    } else if (isCapitalised(next)) {
      const run = capitalisedRuns(text, tokens.slice(k)).find((r) => r[0] === tokens[k]) ?? [tokens[k], next];
      found.push(candidate('c5plus1', text, run));
    } else {
      // A lowercase word after "C5+1" ("C5+1 platform") is part of the phrase but not a capitalised token.
      found.push({ ...candidate('c5plus1', text, [tokens[k], next]), tokens: [tokens[k], next] });
    }
  }

  if (options.capitalised !== false) {
    for (let run of capitalisedRuns(text, tokens)) {
      if (SENTENCE_STARTERS.has(run[0].text)) run = run.slice(1);
      while (run.length && !isCapitalised(run[0])) run = run.slice(1);
      if (run.filter(isCapitalised).length >= 2) found.push(candidate('capitalised', text, run));
    }
  }

  const seen = new Set<string>();
  return found.filter((c) => {
    const key = `${c.rule}:${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when every token of the candidate starts inside one of the spans (names or reviewed phrases). */
export function isAccountedFor(c: NameCandidate, spans: { start: number; end: number }[]): boolean {
  return c.tokens.every((t) => spans.some((s) => t.start >= s.start && t.start < s.end));
}
