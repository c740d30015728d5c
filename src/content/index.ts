// The declaration as data, in one import: the text, its programmes, themes, links and search.
import { declaration } from './declaration';
import { resolveProgrammes } from './programmes';
import { tagThemes } from './themes';
import type { Programme, PassageId, ThemeTag } from './types';

export * from './types';
export { parseDeclaration, DeclarationParseError, SECTION_HEADINGS, PREAMBLE_ID, SIGNATORY_STATES } from './parse';
export { splitSentences } from './sentences';
export { declaration, declarationSource, passageById, sentenceById, resolveAnchor, passageTitle, fullText, plainText } from './declaration';
export type { ReadingBlock } from './passages';
export { PROGRAMME_DEFS, NOT_PROGRAMMES, resolveProgrammes, programmesInPassage } from './programmes';
export { THEMES, THEME_RULES, tagParagraph, tagThemes, themeById, themeReason } from './themes';
export { buildLinks, GROUP_RULES, PLACE_THEME_RULES } from './links';
export { geoInputFrom } from './geo-input';
// The search (MiniSearch) is imported from './search' where it is used, so it loads only then.
export type { Search, SearchResult } from './search';

/** Every programme the declaration names, with the passages that name it. */
export const programmes: Programme[] = resolveProgrammes(declaration);

/** Theme tags of every passage, keyed by passage id. */
export const themes: Record<PassageId, ThemeTag[]> = tagThemes(declaration);
