// Guard: the declaration and all data render as text. No raw-HTML path anywhere in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|jsx?)$/.test(f) ? [p] : [];
  });
}

const FORBIDDEN = [/dangerouslySetInnerHTML/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function\s*\(/, /createContextualFragment/];

describe('no raw HTML', () => {
  it('finds none of the raw-HTML or eval paths in src/', () => {
    const hits: string[] = [];
    for (const f of files('src')) {
      const text = readFileSync(f, 'utf8');
      for (const re of FORBIDDEN) if (re.test(text)) hits.push(`${f}: ${re}`);
    }
    expect(files('src').length).toBeGreaterThan(20);
    expect(hits).toEqual([]);
  });
});
