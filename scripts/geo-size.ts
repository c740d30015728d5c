// `npm run geo:size`: the gzipped size of each file in public/geo and the first view's total, failing
// when that is over the budget the map promises (150 KB, measured like `gzip -c file | wc -c`). Files
// the app fetches only later (on zoom, on a click) are listed but do not count against it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** 150 KB read strictly as 150,000 bytes, so the budget holds whichever way "KB" is meant. */
export const BUDGET_BYTES = 150_000;

/** Files the first view does not wait for, and when the app fetches them. */
export const DEFERRED: Readonly<Record<string, string>> = {
  'countries.geojson': 'after the first view',
  'physical-detail.geojson': 'from zoom 6',
  'water.json': 'on a river or lake click',
  'routes.json': 'with the content, after the first map',
};

/**
 * Files the first view loads on some screens only, and when: counted in the first view's total,
 * since there they are part of it.
 */
export const SOMETIMES: Readonly<Record<string, string>> = {
  'world.geojson': 'first view on an upright screen or from a link; else 4 s after it',
};

/** When the app fetches a file, as the table says it. */
const loads = (file: string) => DEFERRED[file] ?? SOMETIMES[file] ?? 'first view';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The files the first view loads: the ones the budget is about. */
export function firstLoad(sizes: FileSize[]): FileSize[] {
  return sizes.filter((s) => !(s.file in DEFERRED));
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


export const README_START = '<!-- geo-size:start (npm run geo:size -- --readme) -->';
export const README_END = '<!-- geo-size:end -->';

/** The budget table the README shows, written by this script rather than by hand. */
export function readmeTable(sizes: FileSize[]): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const total = firstLoad(sizes).reduce((a, s) => a + s.gzipBytes, 0);
  return [
    '| file in public/geo | loads | size | gzipped |',
    '| --- | --- | ---: | ---: |',
    ...sizes.map((s) => `| ${s.file} | ${loads(s.file)} | ${kb(s.bytes)} | ${kb(s.gzipBytes)} |`),
    `| **first view total** (budget ${kb(BUDGET_BYTES)} gzipped) | | | **${kb(total)}** ${total <= BUDGET_BYTES ? '(within budget)' : '(OVER BUDGET)'} |`,
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
  if (parseArgs({ options: { readme: { type: 'boolean' } } }).values.readme) {
    writeFileSync(README, withTable(readFileSync(README, 'utf8'), readmeTable(sizes)));
    console.log('README.md: budget table updated');
  }
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const s of sizes) console.log(`${s.file.padEnd(24)} ${kb(s.bytes).padStart(10)} ${kb(s.gzipBytes).padStart(10)} gz  ${loads(s.file)}`);
  const total = firstLoad(sizes).reduce((a, s) => a + s.gzipBytes, 0);
  console.log(`${'first view total'.padEnd(24)} ${''.padStart(10)} ${kb(total).padStart(10)} gz (budget ${kb(BUDGET_BYTES)})`);
  if (total > BUDGET_BYTES) {
    console.error(`geo-size: the first view loads ${kb(total)} gzipped from public/geo, over the ${kb(BUDGET_BYTES)} budget`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
