// Full-text search over the passages (sentence by sentence), the programmes, the commitments with
// their events and, when given, the map's states and places, fast enough to run on every keystroke.
//
// Why MiniSearch: it is small (no dependencies, a few KB gzipped), builds its index in memory in the
// browser and in node alike, and has prefix and fuzzy matching with per-field boosts built in — all
// this search-as-you-type needs. Lunr builds immutable indexes and its query syntax gets in the way of
// raw user input; FlexSearch is faster on huge corpora we do not have, at the cost of a larger, less
// typed API. On a text of ~80 sentences any of them is well under a millisecond.
//
// Languages: every text of ours is indexed in English and, when the reader's language is another,
// in that language too, so a Russian reader may type either (the declaration is English only, as
// signed). A word in Cyrillic is folded (lower case, ё as е), stripped of its inflectional ending
// (./stem-ru) and dropped if a stop word; a word in Latin letters is processed as it always was.
// The index follows the language: it is built again on the first query after the language (or the
// table of the map's names in it) changed.
import { DEFAULT_LANG, prose, type Lang, type Prose } from '../../data/lang';
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { activeLang, message, messageIn, type MessageId } from '../i18n';
import { namesOf, type NameLayer } from '../i18n/names';
import { passageTitle } from './passages';
import { STATUS_LABELS, type Commitment } from './commitments';
import { foldRu, isCyrillic, RU_STOP_WORDS, stemRu } from './stem-ru';
import type { Declaration, Programme } from './types';

export interface SearchResult {
  kind: 'passage' | 'programme' | 'commitment' | 'state' | 'place';
  /** A passage id, a programme id, a commitment id, a state's ISO3 code or a place id (as idOf takes them). */
  id: string;
  /** In the reader's language where we have it (a commitment's title, a place's name). */
  title: string;
  /**
   * The best-matching sentence, verbatim (for a programme: the best-matching sentence that names it);
   * empty for a state or a place, which no one sentence stands for.
   */
  sentence: string;
  /** The sentence's id; empty with the sentence. */
  sentenceId: string;
  score: number;
}

export interface Search {
  query(text: string, options?: { limit?: number }): SearchResult[];
}

/** A map feature the search may offer: its id and its English name (the map's own). */
export interface SearchFeature {
  id: string;
  name: string;
}

/** The map's states (the selectable ones, by ISO3 code) and places (by place id), with their English names. */
export interface SearchFeatures {
  states: readonly SearchFeature[];
  places: readonly SearchFeature[];
}

interface Doc {
  id: string;
  kind: 'sentence' | 'programme' | 'commitment' | 'state' | 'place';
  /** Passage id for a sentence; programme id, commitment id, state or place id for the rest. */
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

/** The same for index and query: English words lower-cased, Russian ones folded and stemmed; stop words dropped. */
export function processTerm(term: string): string | null {
  if (isCyrillic(term)) {
    const t = foldRu(term);
    return t.length < 2 || RU_STOP_WORDS.has(t) ? null : stemRu(t);
  }
  const t = term.toLowerCase();
  return t.length < 2 || STOP_WORDS.has(t) ? null : t;
}

/** A text of ours as the index takes it: its English, and its text in `lang` when that is another and differs. */
function both(text: Prose, lang: Lang): string {
  const en = prose(text, DEFAULT_LANG);
  if (lang === DEFAULT_LANG) return en;
  const other = prose(text, lang);
  return other === en ? en : `${en} · ${other}`;
}

/** A message in `lang` and, when that is another language whose English is loaded, in English too. */
function messageBoth(id: MessageId, active: string, lang: Lang): string {
  if (lang === DEFAULT_LANG) return active;
  const en = messageIn(DEFAULT_LANG, id);
  return en && en !== active ? `${active} · ${en}` : active;
}

/** The map layer whose names table holds a feature kind's names. */
const NAME_LAYER: Record<'state' | 'place', NameLayer> = { state: 'countries', place: 'places' };

/**
 * `commitments` and `features` are optional so callers that predate them keep working unchanged;
 * without `features` no state or place is offered.
 */
export function createSearch(declaration: Declaration, programmes: Programme[], commitments: Commitment[] = [], features?: SearchFeatures): Search {
  const sentences = new Map<string, { text: string; passageId: string }>();
  for (const section of declaration.sections) {
    for (const paragraph of section.paragraphs) {
      for (const s of paragraph.sentences) sentences.set(s.id, { text: s.text, passageId: paragraph.id });
    }
  }
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const commitmentById = new Map(commitments.map((c) => [c.id, c]));

  /** A feature's name in `lang`, or its English one where none is sourced (or the table is not loaded). */
  const featureName = (kind: 'state' | 'place', f: SearchFeature, lang: Lang) => namesOf(NAME_LAYER[kind], lang)[f.id] ?? f.name;

  function build(lang: Lang): MiniSearch<Doc> {
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

    const docs: Doc[] = [];
    for (const section of declaration.sections) {
      for (const paragraph of section.paragraphs) {
        for (const s of paragraph.sentences) {
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
        text: [both(p.summary, lang), p.runBy ? both(p.runBy, lang) : '', ...p.facts.map((f) => both(f.text, lang))].join(' '),
      });
    }
    // Commitments are searched by their title, their status, their sentence and their events' summaries.
    for (const c of commitments) {
      docs.push({
        id: `c:${c.id}`,
        kind: 'commitment',
        ref: c.id,
        name: both(c.title, lang),
        aliases: messageBoth(`commitmentStatus.${c.status}` as MessageId, STATUS_LABELS[c.status], lang),
        heading: messageBoth('selectionKind.commitments', message('selectionKind.commitments'), lang),
        text: [c.text, c.statusNote ? both(c.statusNote, lang) : '', ...c.events.map((e) => both(e.summary, lang))].join(' '),
      });
    }
    // States and places by their names: English, and the reader's language's where the map has one.
    for (const kind of ['state', 'place'] as const) {
      for (const f of (kind === 'state' ? features?.states : features?.places) ?? []) {
        const name = featureName(kind, f, lang);
        docs.push({ id: `${kind}:${f.id}`, kind, ref: f.id, name: name === f.name ? f.name : `${f.name} · ${name}`, aliases: '', heading: '', text: '' });
      }
    }
    index.addAll(docs);
    performance.measure('search-index', { start: indexStart });
    return index;
  }

  // The index of the language it was built in, with the names tables it read (they may arrive after the language).
  let built: { lang: Lang; names: readonly unknown[]; index: MiniSearch<Doc> } | null = null;
  function current(): MiniSearch<Doc> {
    const lang = activeLang();
    const names = features ? [namesOf('countries', lang), namesOf('places', lang)] : [];
    if (!built || built.lang !== lang || built.names.some((n, i) => n !== names[i])) built = { lang, names, index: build(lang) };
    return built.index;
  }
  current();

  return {
    query(text, options = {}) {
      if (!text.trim()) return [];
      const index = current();
      const lang = activeLang();
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
        results.push({ kind: 'commitment', id: c.id, title: prose(c.title, lang), sentence: c.text, sentenceId: c.sentenceId, score: hit.score });
      }

      const featureById = {
        state: new Map((features?.states ?? []).map((f) => [f.id, f])),
        place: new Map((features?.places ?? []).map((f) => [f.id, f])),
      };
      for (const hit of hits) {
        if (hit.kind !== 'state' && hit.kind !== 'place') continue;
        const kind = hit.kind as 'state' | 'place';
        const f = featureById[kind].get(hit.ref as string)!;
        results.push({ kind, id: f.id, title: featureName(kind, f, lang), sentence: '', sentenceId: '', score: hit.score });
      }

      const best = results.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
      performance.measure('search-query', { start: queryStart });
      return best;
    },
  };
}
