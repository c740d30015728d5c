// Small pieces shared by the panels' generated sentences.
import { formatList } from '../i18n';

/** "A", "A and B", "A, B and C": how a sentence lists names, by Intl in the reader's locale (en-GB: no serial comma, as the declaration writes). */
export function listWords(words: readonly string[]): string {
  return formatList(words);
}
