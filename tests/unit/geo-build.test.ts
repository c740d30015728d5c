// The build as a whole: deterministic, in step with the committed files, and a bad source stops the
// CLI with one line while the previous outputs stay as they were.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeo, OUTPUT_FILES, type BuildResult } from '../../scripts/build-geo';

const root = resolve(__dirname, '../..');

describe('buildGeo', () => {
  let first: BuildResult;
  beforeAll(() => {
    first = buildGeo();
  }, 120_000);

  it('builds the committed public/geo files byte for byte', () => {
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    for (const f of OUTPUT_FILES) expect(first.files[f], f).toBe(readFileSync(join(root, 'public/geo', f), 'utf8'));
  });

  it('gives identical strings when run twice', () => {
    // A second full run, boundaries included: same strings, byte for byte.
    const again = buildGeo();
    expect(again).toEqual(first);
  }, 120_000);
});

describe('npm run geo with a broken source', () => {
  it('exits non-zero with one line naming file, feature and reason, and leaves the outputs untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-geo-'));
    const out = join(dir, 'out');
    execFileSync('mkdir', ['-p', out]);
    for (const f of OUTPUT_FILES) writeFileSync(join(out, f), `previous ${f}`);
    const routesFile = join(dir, 'routes.mjs');
    writeFileSync(
      routesFile,
      `export const routes = [{ id: 'broken', name: { en: 'Broken' }, group: 'south-asia', nodes: ['termez', 'atlantis'], modes: ['rail'],
        service: [{ date: '2023', status: 'planned', event: 'baseline', source: { title: 't', url: 'https://example.org/article' } }], schematic: true, sources: [{ title: 't', url: 'https://example.org/article' }] }];`,
    );
    const run = spawnSync('npx', ['tsx', 'scripts/build-geo.ts', '--routes', routesFile, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(["build-geo: data/routes.ts: broken: unknown node id 'atlantis'"]);
    for (const f of OUTPUT_FILES) expect(readFileSync(join(out, f), 'utf8')).toBe(`previous ${f}`);
  }, 120_000);
});
