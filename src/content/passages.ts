// Lookups by passage and sentence id, and the reading view, for any parsed declaration.
import { t } from '../i18n';
import type { Declaration, Paragraph, PassageId, Section, Sentence, SentenceId } from './types';

export function passageById(id: PassageId, decl: Declaration): { section: Section; paragraph: Paragraph } | undefined {
  for (const section of decl.sections) {
    const paragraph = section.paragraphs.find((p) => p.id === id);
    if (paragraph) return { section, paragraph };
  }
  return undefined;
}

/** The paragraph a passage id names: itself, or the paragraph of a sentence id (`security-1.s2`). */
export function paragraphOf(passageId: string): PassageId {
  return passageId.replace(/\.s\d+$/, '');
}

export function sentenceById(id: SentenceId, decl: Declaration): Sentence | undefined {
  const found = passageById(id.replace(/\.s\d+$/, ''), decl);
  return found?.paragraph.sentences.find((s) => s.id === id);
}

/**
 * Resolves an id from a URL: a paragraph id, or a sentence id (whose paragraph is returned with it),
 * so a link to one quoted sentence can open its whole paragraph.
 */
export function resolveAnchor(
  id: string,
  decl: Declaration,
): { section: Section; paragraph: Paragraph; sentence?: Sentence } | undefined {
  const sentenceMatch = /^(.+)\.s\d+$/.exec(id);
  const found = passageById(sentenceMatch ? sentenceMatch[1] : id, decl);
  if (!found) return undefined;
  if (!sentenceMatch) return found;
  const sentence = found.paragraph.sentences.find((s) => s.id === id);
  return sentence ? { ...found, sentence } : undefined;
}

/** A short label for a passage: "C5+1 Economic and Energy Corridor, paragraph 2". */
export function passageTitle(id: PassageId, decl: Declaration): string {
  const found = passageById(id, decl);
  if (!found) return id;
  const { section, paragraph } = found;
  if (section.heading === null) return section.paragraphs.length === 1 ? t('passage.opening') : t('passage.openingN', { n: paragraph.index });
  return t('passage.inSection', { section: section.heading, n: paragraph.index });
}

export type ReadingBlock =
  | { type: 'title'; text: string; title: string; subtitle: string }
  | { type: 'heading'; sectionId: string; text: string }
  | { type: 'paragraph'; sectionId: string; paragraph: Paragraph }
  | { type: 'date'; text: string; iso: string }
  | { type: 'signatory'; text: string; country: string; c5: boolean };

/** The whole declaration in reading order, as flat blocks a "Read the declaration" view can render one by one. */
export function fullText(decl: Declaration): ReadingBlock[] {
  const blocks: ReadingBlock[] = [{ type: 'title', text: decl.fullTitle, title: decl.title, subtitle: decl.subtitle }];
  for (const section of decl.sections) {
    if (section.heading !== null) blocks.push({ type: 'heading', sectionId: section.id, text: section.heading });
    for (const paragraph of section.paragraphs) blocks.push({ type: 'paragraph', sectionId: section.id, paragraph });
  }
  blocks.push({ type: 'date', text: decl.released.text, iso: decl.released.iso });
  for (const s of decl.signatories) blocks.push({ type: 'signatory', text: s.text, country: s.country, c5: s.c5 });
  return blocks;
}

/** The reading view as plain text, one block per line: what the round-trip test compares with the source. */
export function plainText(decl: Declaration): string {
  return fullText(decl)
    .map((b) => (b.type === 'paragraph' ? b.paragraph.text : b.text))
    .join('\n');
}
