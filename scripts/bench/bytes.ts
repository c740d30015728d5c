// Bytes of the first load, gzipped (level 6, what a gzip server sends), split by who they are for:
// MapLibre, React, other libraries, the app's code, the declaration's content, the map data, fonts.
// Files that mix several (the main JS chunk, the CSS bundle) are split by an estimate: each part's
// minified text gzipped on its own, scaled so the parts add up to the file's real gzip size.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ChunkMap, findInlinedText } from './sourcemap';
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
  /** Package or source folder, for the detail list. */
  owner: string;
  /** The file within the owner (a source file for split chunks). */
  source: string;
  bytes: number;
  gzip: number;
}

export interface FileBytes {
  path: string;
  bytes: number;
  gzip: number;
  parts: Part[];
}

/** Package name from a path containing node_modules/, else null. */
export function packageOf(source: string): string | null {
  const i = source.lastIndexOf('node_modules/');
  if (i < 0) return null;
  const rest = source.slice(i + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

export function categoryOfSource(source: string, root: string): { category: Category; owner: string } {
  const pkg = packageOf(source);
  if (pkg) {
    if (pkg === 'maplibre-gl' || pkg.startsWith('@maplibre/')) return { category: 'maplibre', owner: pkg };
    if (pkg === 'react' || pkg === 'react-dom' || pkg === 'scheduler') return { category: 'react', owner: pkg };
    return { category: 'libs', owner: pkg };
  }
  if (source === '') return { category: 'app', owner: '(bundler runtime)' };
  const rel = source.startsWith('content:') ? source.slice('content:'.length) : relative(root, source).replace(/\\/g, '/');
  if (rel.startsWith('src/content/') || rel.startsWith('content/')) return { category: 'content', owner: rel.startsWith('content/') ? rel : 'src/content' };
  const parts = rel.split('/');
  return { category: 'app', owner: parts.length > 2 ? parts.slice(0, 2).join('/') : rel };
}

/** Splits `whole`'s real gzip size among named texts in proportion to each text gzipped alone. */
function splitGzip<T extends { text: string }>(items: T[], wholeGzip: number): (T & { gzip: number })[] {
  const alone = items.map((i) => (i.text.length ? gzip(i.text) : 0));
  const sum = alone.reduce((a, b) => a + b, 0) || 1;
  return items.map((i, k) => ({ ...i, gzip: (alone[k] * wholeGzip) / sum }));
}

/** A built chunk with its source map, the map's sources resolved to absolute paths; or null. */
export function loadChunkMap(file: string): ChunkMap | null {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return null;
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string; sourceRoot?: string };
  const dir = resolve(file, '..', map.sourceRoot ?? '');
  return new ChunkMap(readFileSync(file, 'utf8'), { ...map, sources: map.sources.map((s) => resolve(dir, s)) });
}

/** A source path as shown: `pkg/dist/file.js` for packages, project-relative otherwise. */
export function showSource(source: string, root: string): string {
  if (source === '') return '(bundler runtime)';
  if (source.startsWith('content:')) return source.slice('content:'.length);
  const i = source.lastIndexOf('node_modules/');
  return i >= 0 ? source.slice(i + 'node_modules/'.length) : relative(root, source).replace(/\\/g, '/');
}

/**
 * A JS chunk split by its source map into one part per source file; without a map, the whole
 * chunk goes to `fallback`. The gzip split is made per owner (package or folder) and shared among
 * an owner's files by their minified bytes.
 */
export function splitChunk(file: string, root: string, fallback: Category): Part[] {
  const buf = readFileSync(file);
  const whole = gzip(buf);
  const chunk = loadChunkMap(file);
  if (!chunk) return [{ category: fallback, owner: relative(root, file), source: relative(root, file), bytes: buf.length, gzip: whole }];
  // Text files the bundler inlines from content/ (`?raw` imports) carry no mapping of their own.
  const overrides: { owner: string; start: number; end: number }[] = [];
  const contentDir = resolve(root, 'content');
  if (existsSync(contentDir)) {
    for (const f of readdirSync(contentDir)) {
      const at = findInlinedText(chunk.code, readFileSync(join(contentDir, f), 'utf8'));
      if (at) overrides.push({ owner: `content:content/${f}`, ...at });
    }
  }
  const byOwner = new Map<string, { category: Category; owner: string; text: string; files: { source: string; bytes: number }[] }>();
  for (const [source, text] of chunk.textByOwner(overrides)) {
    const c = categoryOfSource(source, root);
    const key = `${c.category}\0${c.owner}`;
    const entry = { source: showSource(source, root), bytes: Buffer.byteLength(text) };
    const prev = byOwner.get(key);
    if (prev) {
      prev.text += text;
      prev.files.push(entry);
    } else byOwner.set(key, { ...c, text, files: [entry] });
  }
  return splitGzip([...byOwner.values()], whole).flatMap((o) => {
    const bytes = o.files.reduce((a, f) => a + f.bytes, 0) || 1;
    return o.files.map((f) => ({ category: o.category, owner: o.owner, source: f.source, bytes: f.bytes, gzip: (o.gzip * f.bytes) / bytes }));
  });
}

/** The CSS bundle split into MapLibre's rules (selectors naming .maplibregl-*) and the app's. */
export function splitCss(file: string): Part[] {
  const buf = readFileSync(file);
  const css = buf.toString('utf8');
  let ml = '';
  let app = '';
  for (const rule of topLevelRules(css)) {
    // A plain rule goes by its selector; an @media block by whether it styles MapLibre's classes.
    const head = rule.trimStart().startsWith('@') ? rule : rule.slice(0, rule.indexOf('{') + 1);
    if (/\.maplibregl-/.test(head)) ml += rule;
    else app += rule;
  }
  return splitGzip(
    [
      { category: 'maplibre' as Category, owner: 'maplibre-gl (CSS)', source: 'maplibre-gl/dist/maplibre-gl.css', text: ml },
      { category: 'app' as Category, owner: 'CSS', source: 'src/**/*.css', text: app },
    ].filter((p) => p.text.length > 0),
    gzip(buf),
  ).map((p) => ({ category: p.category, owner: p.owner, source: p.source, bytes: Buffer.byteLength(p.text), gzip: p.gzip }));
}

/** Splits one served file (path relative to the build root) into parts. */
export function splitFile(buildDir: string, path: string, projectRoot: string): FileBytes {
  const file = join(buildDir, path);
  const buf = readFileSync(file);
  // Formats that are compressed already (woff2, images) are served as they are.
  const whole = /\.(woff2|png|jpe?g|webp|avif)$/.test(path) ? buf.length : gzip(buf);
  const base = { path, bytes: buf.length, gzip: whole };
  const one = (category: Category, owner: string): FileBytes => ({ ...base, parts: [{ category, owner, source: path, bytes: buf.length, gzip: whole }] });
  if (/maplibre-gl-worker.*\.m?js$/.test(path)) return one('maplibre', 'maplibre-gl (worker)');
  if (/\.m?js$/.test(path)) return { ...base, parts: splitChunk(file, projectRoot, 'app') };
  if (path.endsWith('.css')) return { ...base, parts: splitCss(file) };
  if (path.startsWith('geo/')) return one('data', 'geo/');
  if (/\.(woff2?|ttf|otf)$/.test(path)) return one('fonts', 'fonts');
  // Prebuilt label glyphs are the font in another form: the issue counts them with the fonts.
  if (path.startsWith('glyphs/')) return one('fonts', 'glyphs');
  return one('app', path.endsWith('.html') ? 'index.html' : path);
}
