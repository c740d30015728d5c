// `npm run data`: the data package written to public/data/ and committed, so that every build serves it
// at stable URLs (data/datapackage.json, data/commitments.csv…) and the service worker precaches it
// with the rest of the build: written after Vite's build, it was neither. The same pure builder as the
// browser's "Download data" zip, from the same files. `--check` fails when a committed file is stale.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataPackage } from '../src/export/datapackage';
import { nodeDataInput } from './data/input';

export const DATA_DIR = fileURLToPath(new URL('../public/data', import.meta.url));

/** Every file of public/data/: the package, and the README's "Open data" section that the dialog links to. */
export function dataFiles(): { path: string; text: string }[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = /^## Open data\n[\s\S]*?(?=^## )/m.exec(readme)?.[0];
  if (!section) throw new Error('README.md has no "## Open data" section');
  return [...buildDataPackage(nodeDataInput()), { path: 'README.md', text: `${section.trim()}\n` }];
}

/** The names of files that differ from what the build would write, are missing, or should not be there. */
export function staleDataFiles(dir = DATA_DIR): string[] {
  const files = dataFiles();
  const stale = files.filter((f) => !existsSync(join(dir, f.path)) || readFileSync(join(dir, f.path), 'utf8') !== f.text).map((f) => f.path);
  const extra = existsSync(dir) ? readdirSync(dir).filter((name) => !files.some((f) => f.path === name)) : [];
  return [...stale, ...extra];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const stale = staleDataFiles();
    if (stale.length) {
      console.error(`public/data/ is stale (${stale.join(', ')}): run npm run data and commit it`);
      process.exit(1);
    }
    console.log('public/data/ is up to date');
  } else {
    rmSync(DATA_DIR, { recursive: true, force: true });
    mkdirSync(DATA_DIR, { recursive: true });
    const files = dataFiles();
    for (const f of files) writeFileSync(join(DATA_DIR, f.path), f.text);
    console.log(`data package: ${files.length} files in public/data/ (${files.map((f) => f.path).join(', ')})`);
  }
}
