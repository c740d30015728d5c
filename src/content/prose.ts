// Small pieces of English shared by the panels' generated sentences.

/** "A", "A and B", "A, B and C": how a sentence lists names (no serial comma, as the declaration writes). */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
