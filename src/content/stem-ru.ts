// A light Russian stemmer for the search: the same word in another case or number gives the same
// term («коридор», «коридора», «коридоре», «коридором» → «коридор»; «обязательства»,
// «обязательств» → «обязательств»), applied alike to the index and to the query.
//
// Why not Snowball's: it also strips derivational and verb suffixes, which a few hundred lines of
// our own summaries do not need, and its regions (RV, R2) are more code than the search's chunk
// wants. Here only inflectional endings go — of nouns, adjectives and participles, and the
// reflexive -ся/-сь — the longest that leaves a stem of three letters or more. Verb endings such
// as -ет, -ит, -ют are left alone: stripped, they would cut nouns («бюджет», «совет») apart from
// their own cases. What it misses (a stem that alternates, «дорога» / «дорог» both → «дорог» but
// «дорожный» → «дорожн») the search's prefix matching partly makes up for.

/** Inflectional endings, longest first so «-ами» is tried before «-и». */
const ENDINGS = [
  // three letters
  'иями', 'ями', 'ами', 'ыми', 'ими', 'его', 'ого', 'ему', 'ому', 'иях', 'ией', 'иям', 'ием',
  // two letters
  'ях', 'ах', 'ям', 'ам', 'ом', 'ем', 'ым', 'им', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ие', 'ые',
  'ую', 'юю', 'ою', 'ею', 'ых', 'их', 'ов', 'ев', 'ии', 'ия', 'ья', 'ье', 'ью', 'ию', 'ми',
  // one letter
  'а', 'я', 'о', 'е', 'у', 'ю', 'ы', 'и', 'ь', 'й',
].sort((a, b) => b.length - a.length);

/** The shortest stem an ending may leave: «вода» → «вод», but «оба» and «газ» stay whole. */
const MIN_STEM = 3;

const VOWEL = /[аеиоуыэюя]/;

/** True for a word with a Cyrillic letter: it takes the Russian processing. */
export const isCyrillic = (word: string): boolean => /[\u0400-\u04ff]/.test(word);

/** Lower case, ё as е: how every Russian word is compared. */
export const foldRu = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

/** The stem of a lower-cased Russian word (fold it first): its inflectional ending taken off. */
export function stemRu(word: string): string {
  let w = word;
  // Reflexive verbs and participles: «развивается» → «развивает», then nothing more (a verb ending).
  if (w.length - 2 >= MIN_STEM + 1 && (w.endsWith('ся') || w.endsWith('сь'))) w = w.slice(0, -2);
  for (const ending of ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    // A stem keeps a vowel: «США» is not «сш» + «а».
    if (stem.length >= MIN_STEM && VOWEL.test(stem)) return stem;
  }
  return w;
}

/** Russian words that narrow nothing: dropped from the index and from the query. */
export const RU_STOP_WORDS = new Set('и в во не на с со по к о об из за для от до что как а но или'.split(' '));
