// Each selection kind's address prefix (`place`, `programme`…) is written as a literal in the
// registry (src/state/selection.ts) alone: everywhere else an id is made with idOf/selectionToId.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, SELECTION_KINDS } from '../../src/state/selection';

const REGISTRY = 'src/state/selection.ts';

const prefixes = SELECTION_KINDS.flatMap((k) => {
  const a = KINDS[k].address;
  return 'prefix' in a ? [a.prefix] : [];
});

/** A prefix opening a string literal: `'programme:'`, `"place:aktau"`, a template `` `passage:${id}` ``. */
const literal = new RegExp(`[\`'"](?:${prefixes.join('|')}):`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** The lines of a source text that write a kind prefix as a literal. */
function prefixLiterals(text: string): string[] {
  return text.split('\n').filter((line) => literal.test(line));
}

describe('kind prefixes', () => {
  it('the registry has the prefixed kinds the address uses, and the check finds each written by hand', () => {
    expect(prefixes).toEqual(['place', 'water', 'programme', 'passage', 'commitment']);
    for (const p of prefixes) {
      expect(prefixLiterals(`const id = \`${p}:\${x}\`;`), p).toHaveLength(1);
      expect(prefixLiterals(`select('${p}:aktau');`), p).toHaveLength(1);
      expect(prefixLiterals(`<a href="${p}:x">`), p).toHaveLength(1);
    }
    expect(prefixLiterals("idOf('programme', id); const kind = 'place';")).toEqual([]);
  });

  it('are written as literals in the registry alone', () => {
    const files = sourceFiles('src').map((f) => f.split('\\').join('/'));
    expect(files).toContain(REGISTRY);
    const found = files.filter((f) => f !== REGISTRY).flatMap((f) => prefixLiterals(readFileSync(f, 'utf8')).map((line) => `${f}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
