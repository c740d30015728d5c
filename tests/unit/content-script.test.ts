import { describe, expect, it } from 'vitest';
import { declarationSource } from '../../src/content';
import { WORD } from '../../src/content/match';

describe('the phrase matcher’s word class', () => {
  it('covers every letter and digit the declaration uses', () => {
    const outside = [...declarationSource.matchAll(/[\p{L}\p{N}]/gu)].map((m) => m[0]).filter((ch) => !new RegExp(`[${WORD}]`).test(ch));
    expect(outside).toEqual([]);
  });
});
