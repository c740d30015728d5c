// Guard: test-only code (fixtures, simulations, name spotters) lives under tests/, never in src/,
// so nothing a test needs can slip into the app's bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|jsx?)$/.test(f) ? [p] : [];
  });
}

describe('test-only code', () => {
  const app = files('src');

  it('has no fixture folder or test file in src/', () => {
    expect(app.length).toBeGreaterThan(20);
    expect(app.filter((f) => /__fixtures__|__mocks__|\.(test|spec)\.tsx?$/.test(f))).toEqual([]);
  });

  it('is never imported by the app', () => {
    const importsTests = app.filter((f) => /from\s+['"](\.\.\/)+tests\//.test(readFileSync(f, 'utf8')));
    expect(importsTests).toEqual([]);
  });
});
