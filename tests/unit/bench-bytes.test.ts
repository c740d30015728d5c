// The benchmark's bytes by category: a chunk's text attributed to its sources through the source
// map, sources to packages and folders, and a file's gzip size shared among its parts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
import { afterAll, describe, expect, it } from 'vitest';
import { gzip, ownerOf, splitFile, textBySource } from '../../scripts/bench/bytes';

/** `code` with a map: each [line, column, source | null] starts a mapping (1-based lines). */
function mapped(code: string, marks: [number, number, string | null][]) {
  const g = new SourceMapGenerator({ file: 'chunk.js' });
  for (const [line, column, source] of marks) {
    g.addMapping(source ? { generated: { line, column }, source, original: { line: 1, column: 0 } } : ({ generated: { line, column } } as never));
  }
  return { code, map: JSON.parse(g.toString()) };
}

describe('textBySource', () => {
  it("gives each mapping the text up to the next one, the text before the first to the bundler's runtime", () => {
    const { code, map } = mapped('RUNaaa\nbbbAAA', [
      [1, 3, 'a.js'],
      [2, 0, 'b.js'],
      [2, 3, 'a.js'],
    ]);
    const text = textBySource(code, map, '/build/assets');
    expect([...text]).toEqual([
      ['', 'RUN'],
      ['/build/assets/a.js', 'aaa\nAAA'],
      ['/build/assets/b.js', 'bbb'],
    ]);
  });

  it('leaves text a mapping without a source covers with the source before it', () => {
    const { code, map } = mapped('aaaSHADERbbb', [
      [1, 0, 'a.js'],
      [1, 3, null],
      [1, 9, 'b.js'],
    ]);
    expect(textBySource(code, map, '/').get('/a.js')).toBe('aaaSHADER');
  });
});

describe('ownerOf', () => {
  const root = '/p';
  it('names the package, scoped or not, by the last node_modules in the path', () => {
    expect(ownerOf('/p/node_modules/maplibre-gl/dist/maplibre-gl.js', root)).toEqual({ category: 'maplibre', owner: 'maplibre-gl' });
    expect(ownerOf('/p/node_modules/@maplibre/maplibre-gl-style-spec/x.js', root)).toEqual({ category: 'maplibre', owner: '@maplibre/maplibre-gl-style-spec' });
    expect(ownerOf('/p/node_modules/a/node_modules/scheduler/index.js', root)).toEqual({ category: 'react', owner: 'scheduler' });
    expect(ownerOf('/p/node_modules/@vis.gl/react-maplibre/dist/index.js', root)).toEqual({ category: 'libs', owner: '@vis.gl/react-maplibre' });
  });

  it("names the app's folder, and counts the declaration's content apart", () => {
    expect(ownerOf('/p/src/map/MapView.tsx', root)).toEqual({ category: 'app', owner: 'src/map' });
    expect(ownerOf('/p/src/App.tsx', root)).toEqual({ category: 'app', owner: 'src/App.tsx' });
    expect(ownerOf('/p/src/content/links.ts', root)).toEqual({ category: 'content', owner: 'src/content' });
    expect(ownerOf('/p/content/declaration.md', root)).toEqual({ category: 'content', owner: 'content/declaration.md' });
    expect(ownerOf('', root)).toEqual({ category: 'app', owner: '(bundler runtime)' });
  });
});

describe('splitFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bytes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shares a chunk's real gzip size among its owners in proportion to each gzipped alone", () => {
    const react = `function r(){return ${JSON.stringify('react '.repeat(200))}}`;
    const app = `function a(){return ${JSON.stringify('the atlas draws the corridor '.repeat(40))}}`;
    const { code, map } = mapped(`${react}\n${app}`, [
      [1, 0, '../../node_modules/react/index.js'],
      [2, 0, '../../src/ui/App.tsx'],
    ]);
    writeFileSync(join(dir, 'chunk.js'), code);
    writeFileSync(join(dir, 'chunk.js.map'), JSON.stringify({ ...map, sources: map.sources.map((s: string) => s.replace('../../', `${dir}/`)) }));
    const f = splitFile(dir, 'chunk.js', dir);
    expect(f.gzip).toBe(gzip(code));
    expect(f.parts.map((p) => `${p.category} ${p.owner}`)).toEqual(['react react', 'app src/ui']);
    expect(f.parts.reduce((a, p) => a + p.gzip, 0)).toBeCloseTo(f.gzip, 6);
    const [r, a] = f.parts.map((p) => p.gzip);
    expect(r / a).toBeCloseTo(gzip(`${react}\n`) / gzip(app), 6);
  });

  it('counts a chunk without a map, geo files and glyphs whole', () => {
    writeFileSync(join(dir, 'lone.js'), 'var x = 1;');
    expect(splitFile(dir, 'lone.js', dir).parts).toEqual([{ category: 'app', owner: 'lone.js', gzip: gzip('var x = 1;') }]);
    mkdirSync(join(dir, 'geo'), { recursive: true });
    writeFileSync(join(dir, 'geo/places.geojson'), '{"type":"FeatureCollection","features":[]}');
    expect(splitFile(dir, 'geo/places.geojson', dir).parts.map((p) => p.category)).toEqual(['data']);
  });
});

