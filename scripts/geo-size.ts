// `npm run geo:size`: the gzipped size of each file in public/geo and the total, failing when the
// total is over the budget the map promises (150 KB, measured like `gzip -c file | wc -c`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 150 KB read strictly as 150,000 bytes, so the budget holds whichever way "KB" is meant. */
export const BUDGET_BYTES = 150_000;

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

function main(): number {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../public/geo');
  const sizes = measure(dir);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const s of sizes) console.log(`${s.file.padEnd(20)} ${kb(s.bytes).padStart(10)} ${kb(s.gzipBytes).padStart(10)} gz`);
  const total = sizes.reduce((a, s) => a + s.gzipBytes, 0);
  console.log(`${'total'.padEnd(20)} ${''.padStart(10)} ${kb(total).padStart(10)} gz (budget ${kb(BUDGET_BYTES)})`);
  if (total > BUDGET_BYTES) {
    console.error(`geo-size: public/geo is ${kb(total)} gzipped, over the ${kb(BUDGET_BYTES)} budget`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
