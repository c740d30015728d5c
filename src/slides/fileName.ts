// The files' names, in a module with no imports: the app can name the download without loading the
// slides code (or the map's) before the click.

/**
 * Cyrillic letters in Latin (Russian, with Kazakh's and Kyrgyz's extra letters), after the simple
 * passport-style transliteration: «Казахстан» → "kazakhstan". A name in Russian still names its file.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'e', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u',
  ү: 'u', һ: 'h', ә: 'a',
};

/**
 * A name as a file name's part: ASCII letters, digits and dashes only, at most 60 characters, or
 * `fallback` when nothing is left. Accents dropped, Cyrillic transliterated.
 */
export function fileSlug(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    // Before NFKD, which would split «й» and «ё» into a letter and a mark.
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || fallback;
}

/** File name for the deck, safe on every file system: "corridor-atlas-tour-2026-11-28.pptx". */
export function slidesFileName(name: string, date: Date): string {
  return `corridor-atlas-${fileSlug(name, 'slides')}-${date.toISOString().slice(0, 10)}.pptx`;
}
