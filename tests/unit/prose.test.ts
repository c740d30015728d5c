import { describe, expect, it } from 'vitest';
import { listWords } from '../../src/content/prose';

describe('listing names in a sentence', () => {
  it('joins with commas and a final "and", without a serial comma', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['Kazakhstan'])).toBe('Kazakhstan');
    expect(listWords(['Kazakhstan', 'Uzbekistan'])).toBe('Kazakhstan and Uzbekistan');
    expect(listWords(['rail', 'road', 'sea'])).toBe('rail, road and sea');
  });
});
