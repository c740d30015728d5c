// Bytes of the first load, gzipped (level 6, what a gzip server sends), split by who they are for:
// MapLibre, React, other libraries, the app's code, the declaration's content, the map data, fonts.
// Files that mix several (the main JS chunk, the CSS bundle) are split by an estimate: each part's
// minified text gzipped on its own, scaled so the parts add up to the file's real gzip size. A JS
// chunk's text is attributed to its source files through the build's source map (source-map-js).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { topLevelRules } from '../build/maplibre-css';

export const CATEGORIES = ['maplibre', 'react', 'libs', 'app', 'content', 'data', 'fonts'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABEL: Record<Category, string> = {
  maplibre: 'MapLibre (JS, worker, CSS)',
  react: 'React (react, react-dom, scheduler)',
  libs: 'other libraries',
  app: "the app's code (JS, CSS, HTML)",
  content: 'content (the declaration, programmes, themes, links)',
  data: 'map data (geo/)',
  fonts: 'fonts and glyphs (.woff2, glyphs/*.pbf)',
};

export const gzip = (b: Buffer | string) => gzipSync(b, { level: 6 }).length;

export interface Part {
  category: Category;
  /** Package or source folder, for the list of largest parts. */
  owner: string;
  gzip: number;
}

export interface FileBytes {
  path: string;
  bytes: number;
  gzip: number;
  parts: Part[];
}

/** Who wrote a source file: its package (MapLibre, React or another library), else its project folder. */
export function ownerOf(source: string, root: string): { category: Category; owner: string } {
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) {
    if (pkg === 'maplibre-gl' || pkg.startsWith('@maplibre/')) return { category: 'maplibre', owner: pkg };
    if (pkg === 'react' || pkg === 'react-dom' || pkg === 'scheduler') return { category: 'react', owner: pkg };
    return { category: 'libs', owner: pkg };
  }
  if (source === '') return { category: 'app', owner: '(bundler runtime)' };
  const rel = relative(root, source).replace(/\\/g, '/');
  if (rel.startsWith('content/')) return { category: 'content', owner: rel };
  if (rel.startsWith('src/content/')) return { category: 'content', owner: 'src/content' };
  const parts = rel.split('/');
  return { category: 'app', owner: parts.length > 2 ? parts.slice(0, 2).join('/') : rel };
}

/**
 * A chunk's generated text by the source file that wrote it, in order of first appearance: each
 * mapping owns the text up to the next one; text a mapping without a source covers (MapLibre's
 * shader strings, export tables) goes with the source before it, and text before the first mapping
 * to '' (the bundler's runtime). Sources are resolved against `dir`, the chunk's folder.
 */
export function textBySource(code: string, map: RawSourceMap, dir: string): Map<string, string> {
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStart.push(i + 1);
  const pieces = new Map<string, string[]>();
  let at = 0;
  let source = '';
  const take = (to: number) => {
    if (to <= at) return;
    const list = pieces.get(source) ?? pieces.set(source, []).get(source)!;
    list.push(code.slice(at, to));
    at = to;
  };
  new SourceMapConsumer(map).eachMapping((m) => {
    take(lineStart[m.generatedLine - 1] + m.generatedColumn);
    if (m.source) source = resolve(dir, m.source);
  });
  take(code.length);
  return new Map([...pieces].map(([s, list]) => [s, list.join('')]));
}

/** Splits `wholeGzip` among named texts in proportion to each text gzipped alone. */
function splitGzip(items: { category: Category; owner: string; text: string }[], wholeGzip: number): Part[] {
  const alone = items.map((i) => (i.text.length ? gzip(i.text) : 0));
  const sum = alone.reduce((a, b) => a + b, 0) || 1;
  return items.map((i, k) => ({ category: i.category, owner: i.owner, gzip: (alone[k] * wholeGzip) / sum }));
}

/** A JS chunk split by its source map, one part per package or folder; without a map, the whole chunk is the app's. */
function splitChunk(file: string, root: string, whole: number): Part[] {
  if (!existsSync(`${file}.map`)) return [{ category: 'app', owner: relative(root, file), gzip: whole }];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap;
  const byOwner = new Map<string, { category: Category; owner: string; text: string }>();
  for (const [source, text] of textBySource(readFileSync(file, 'utf8'), map, dirname(file))) {
    const o = ownerOf(source, root);
    const key = `${o.category}\0${o.owner}`;
    const prev = byOwner.get(key);
    if (prev) prev.text += text;
    else byOwner.set(key, { ...o, text });
  }
  return splitGzip([...byOwner.values()], whole);
}

/** The CSS bundle split into MapLibre's rules (selectors naming .maplibregl-*) and the app's. */
function splitCss(css: string, whole: number): Part[] {
  let ml = '';
  let app = '';
  for (const rule of topLevelRules(css)) {
    // A plain rule goes by its selector; an @media block by whether it styles MapLibre's classes.
    const head = rule.trimStart().startsWith('@') ? rule : rule.slice(0, rule.indexOf('{') + 1);
    if (/\.maplibregl-/.test(head)) ml += rule;
    else app += rule;
  }
  const parts = [
    { category: 'maplibre' as const, owner: 'maplibre-gl (CSS)', text: ml },
    { category: 'app' as const, owner: 'CSS', text: app },
  ];
  return splitGzip(parts.filter((p) => p.text.length > 0), whole);
}

/** Splits one served file (path relative to the build root) into parts. */
export function splitFile(buildDir: string, path: string, projectRoot: string): FileBytes {
  const file = join(buildDir, path);
  const buf = readFileSync(file);
  // Formats that are compressed already (woff2, images) are served as they are.
  const whole = /\.(woff2|png|jpe?g|webp|avif)$/.test(path) ? buf.length : gzip(buf);
  const base = { path, bytes: buf.length, gzip: whole };
  const one = (category: Category, owner: string): FileBytes => ({ ...base, parts: [{ category, owner, gzip: whole }] });
  if (/maplibre-gl-worker.*\.m?js$/.test(path)) return one('maplibre', 'maplibre-gl (worker)');
  if (/\.m?js$/.test(path)) return { ...base, parts: splitChunk(file, projectRoot, whole) };
  if (path.endsWith('.css')) return { ...base, parts: splitCss(buf.toString('utf8'), whole) };
  if (path.startsWith('geo/')) return one('data', 'geo/');
  if (/\.(woff2?|ttf|otf)$/.test(path)) return one('fonts', 'fonts');
  // Prebuilt label glyphs are the font in another form: the issue counts them with the fonts.
  if (path.startsWith('glyphs/')) return one('fonts', 'glyphs');
  return one('app', path.endsWith('.html') ? 'index.html' : path);
}
