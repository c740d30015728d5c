// The data files the app fetches at run time (public/geo, and public/glyphs when present), read at
// build time so the single-file build can answer those fetches without a server.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export interface InlineFile {
  type: string;
  /** Text files stay text (smaller than base64); binary files (glyph PBFs) are base64. */
  text?: string;
  base64?: string;
}

const TEXT: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain',
};

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** Every file under the given folders of `publicDir`, keyed by its URL path relative to the page. */
export function inlineFiles(publicDir: string, folders: string[] = ['geo', 'glyphs']): Record<string, InlineFile> {
  const out: Record<string, InlineFile> = {};
  for (const folder of folders) {
    const root = join(publicDir, folder);
    if (!existsSync(root)) continue;
    for (const file of walk(root)) {
      const key = relative(publicDir, file).split(sep).join('/');
      const type = TEXT[extname(file)];
      out[key] = type ? { type, text: readFileSync(file, 'utf8') } : { type: 'application/octet-stream', base64: readFileSync(file).toString('base64') };
    }
  }
  return out;
}
