// Full-text search over the passages (sentence by sentence) and the programmes, fast enough to run on
// every keystroke.
//
// Why MiniSearch: it is small (no dependencies, a few KB gzipped), builds its index in memory in the
// browser and in node alike, and has prefix and fuzzy matching with per-field boosts built in — all
// this search-as-you-type needs. Lunr builds immutable indexes and its query syntax gets in the way of
// raw user input; FlexSearch is faster on huge corpora we do not have, at the cost of a larger, less
// typed API. On a text of ~80 sentences any of them is well under a millisecond.
import { prose, proseOrNull } from '../../data/lang';
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { passageTitle } from './passages';
import { commitmentSearchDocs, type Commitment } from './commitments';
import type { Declaration, Programme } from './types';

export interface SearchResult {
  kind: 'passage' | 'programme' | 'commitment';
  /** A passage id, a programme id, or a commitment id. */
  id: string;
  title: string;
  /** The best-matching sentence, verbatim (for a programme: the best-matching sentence that names it). */
  sentence: string;
  sentenceId: string;
  score: number;
}

export interface Search {
  query(text: string, options?: { limit?: number }): SearchResult[];
}

interface Doc {
  id: string;
  kind: 'sentence' | 'programme' | 'commitment';
  /** Passage id for a sentence; programme id for a programme; commitment id for a commitment. */
  ref: string;
  name: string;
  aliases: string;
  heading: string;
  text: string;
}

// Words too common in this text to help narrow a result; dropping them also keeps "AND" queries such
// as "the middle corridor" from requiring "the".
const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or our that the their this to we will with'.split(' '),
);

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return t.length < 2 || STOP_WORDS.has(t) ? null : t;
}

/** `commitments` is optional so callers that predate the follow-through keep working unchanged. */
export function createSearch(declaration: Declaration, programmes: Programme[], commitments: Commitment[] = []): Search {
  // User Timing for the benchmark's scaling run: one `search-index` measure for building the index
  // and one `search-query` measure per query (same names each time; the bench reads them all).
  const indexStart = performance.now();
  const index = new MiniSearch<Doc>({
    fields: ['name', 'aliases', 'heading', 'text'],
    storeFields: ['kind', 'ref'],
    processTerm,
    searchOptions: {
      boost: { name: 3, aliases: 2, heading: 0.5, text: 1 },
      prefix: true,
      // Light fuzziness: one typo in words of five letters or more, none in short words.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });

  const sentences = new Map<string, { text: string; passageId: string }>();
  const docs: Doc[] = [];
  for (const section of declaration.sections) {
    for (const paragraph of section.paragraphs) {
      for (const s of paragraph.sentences) {
        sentences.set(s.id, { text: s.text, passageId: paragraph.id });
        docs.push({ id: `s:${s.id}`, kind: 'sentence', ref: paragraph.id, name: '', aliases: '', heading: section.heading ?? '', text: s.text });
      }
    }
  }
  for (const p of programmes) {
    docs.push({
      id: `p:${p.id}`,
      kind: 'programme',
      ref: p.id,
      name: p.name,
      aliases: [...p.aliases, ...p.otherNames].join(' · '),
      heading: '',
      text: [prose(p.summary), proseOrNull(p.runBy) ?? '', ...p.facts.map((f) => prose(f.text))].join(' '),
    });
  }
  // Commitments are searched by their title, their sentence and their events' summaries.
  docs.push(...commitmentSearchDocs(commitments));
  index.addAll(docs);
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const commitmentById = new Map(commitments.map((c) => [c.id, c]));
  performance.measure('search-index', { start: indexStart });

  return {
    query(text, options = {}) {
      if (!text.trim()) return [];
      const queryStart = performance.now();
      let hits: MiniResult[] = index.search(text, { combineWith: 'AND' });
      // Nothing has every word: show what has some, rather than nothing while the user is still typing.
      if (hits.length === 0) hits = index.search(text, { combineWith: 'OR' });

      const sentenceScores = new Map<string, number>();
      const passages = new Map<string, SearchResult>();
      const results: SearchResult[] = [];
      for (const hit of hits) {
        if (hit.kind !== 'sentence') continue;
        const sentenceId = String(hit.id).slice(2);
        sentenceScores.set(sentenceId, hit.score);
        const passageId = hit.ref as string;
        if (passages.has(passageId)) continue; // hits come best first
        passages.set(passageId, {
          kind: 'passage',
          id: passageId,
          title: passageTitle(passageId, declaration),
          sentence: sentences.get(sentenceId)!.text,
          sentenceId,
          score: hit.score,
        });
      }
      results.push(...passages.values());

      for (const hit of hits) {
        if (hit.kind !== 'programme') continue;
        const programme = programmeById.get(hit.ref as string)!;
        const naming = programme.mentions.flatMap((m) => m.sentenceIds);
        const best = naming.reduce((a, b) => ((sentenceScores.get(b) ?? 0) > (sentenceScores.get(a) ?? 0) ? b : a), naming[0]);
        results.push({ kind: 'programme', id: programme.id, title: programme.name, sentence: sentences.get(best)!.text, sentenceId: best, score: hit.score });
      }

      for (const hit of hits) {
        if (hit.kind !== 'commitment') continue;
        const c = commitmentById.get(hit.ref as string)!;
        results.push({ kind: 'commitment', id: c.id, title: prose(c.title), sentence: c.text, sentenceId: c.sentenceId, score: hit.score });
      }

      const best = results.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
      performance.measure('search-query', { start: queryStart });
      return best;
    },
  };
}
