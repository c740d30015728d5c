// The README's data budget table is the script's output for the committed files, never typed by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, GEO_DIR, README_END, README_START, firstLoad, measure, readmeTable } from '../../scripts/geo-size';

describe('README budget table', () => {
  it('matches the committed data (run `npm run geo:size -- --readme` after `npm run geo`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf(README_START) + README_START.length, readme.indexOf(README_END)).trim();
    const sizes = measure(GEO_DIR);
    expect(block).toBe(readmeTable(sizes));
    // Files fetched later (on zoom, on a click) are listed but not counted: see DEFERRED.
    expect(firstLoad(sizes).reduce((a, s) => a + s.gzipBytes, 0)).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
