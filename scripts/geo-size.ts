// `npm run geo:size`: the gzipped size of each file in public/geo and the total the first view
// loads, failing when that is over the budget the map promises (150 KB, measured like
// `gzip -c file | wc -c`). Full-detail boundaries load after the first view and are listed apart.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 150 KB read strictly as 150,000 bytes, so the budget holds whichever way "KB" is meant. */
export const BUDGET_BYTES = 150_000;

/** Files the app fetches only after the first view has drawn: outside the budget, listed apart. */
export const AFTER_FIRST_VIEW: readonly string[] = ['countries.geojson'];

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Level 6 is gzip's default, so the figure matches `gzip -c file | wc -c` to within a few bytes. */
export function measure(dir: string): FileSize[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && statSync(join(dir, f)).isFile())
    .sort()
    .map((file) => {
      const buf = readFileSync(join(dir, file));
      return { file, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 6 }).length };
    });
}

const isDeferred = (s: FileSize) => AFTER_FIRST_VIEW.includes(s.file);

/** Gzipped bytes of what the first view loads: every file but the deferred ones. */
export function firstViewBytes(sizes: readonly FileSize[]): number {
  return sizes.filter((s) => !isDeferred(s)).reduce((a, s) => a + s.gzipBytes, 0);
}

export const README_START = '<!-- geo-size:start (npm run geo:size -- --readme) -->';
export const README_END = '<!-- geo-size:end -->';

/** The budget table the README shows, written by this script rather than by hand. */
export function readmeTable(sizes: FileSize[]): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const total = firstViewBytes(sizes);
  const later = sizes.filter(isDeferred);
  return [
    '| file in public/geo | size | gzipped | loads |',
    '| --- | ---: | ---: | --- |',
    ...sizes.map((s) => `| ${s.file} | ${kb(s.bytes)} | ${kb(s.gzipBytes)} | ${isDeferred(s) ? 'after the first view' : 'first view'} |`),
    `| **first view** (budget ${kb(BUDGET_BYTES)} gzipped) | | **${kb(total)}** ${total <= BUDGET_BYTES ? '(within budget)' : '(OVER BUDGET)'} | |`,
    `| after the first view | | ${kb(later.reduce((a, s) => a + s.gzipBytes, 0))} | ${later.map((s) => s.file).join(', ')} |`,
  ].join('\n');
}

export function withTable(readme: string, table: string): string {
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${README_START} … ${README_END} markers`);
  return `${readme.slice(0, a + README_START.length)}\n${table}\n${readme.slice(b)}`;
}

export const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../public/geo');
const README = resolve(dirname(fileURLToPath(import.meta.url)), '../README.md');

function main(): number {
  const dir = GEO_DIR;
  const sizes = measure(dir);
  if (process.argv.includes('--readme')) {
    writeFileSync(README, withTable(readFileSync(README, 'utf8'), readmeTable(sizes)));
    console.log('README.md: budget table updated');
  }
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const s of sizes) console.log(`${s.file.padEnd(24)} ${kb(s.bytes).padStart(10)} ${kb(s.gzipBytes).padStart(10)} gz${isDeferred(s) ? ' (after the first view)' : ''}`);
  const total = firstViewBytes(sizes);
  console.log(`${'first view'.padEnd(24)} ${''.padStart(10)} ${kb(total).padStart(10)} gz (budget ${kb(BUDGET_BYTES)})`);
  if (total > BUDGET_BYTES) {
    console.error(`geo-size: the first view's public/geo files are ${kb(total)} gzipped, over the ${kb(BUDGET_BYTES)} budget`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
