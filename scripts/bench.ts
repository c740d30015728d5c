// `npm run bench`: the five figures (scripts/bench/measure.ts → bench/results.json), then the scaling
// run (scripts/bench/scale.ts → bench/scale.json), then the README's and docs/benchmark.md's tables
// (scripts/bench/report.ts). `npm run bench:scale` is the scaling run alone.
//   --runs N (7; scaling run 5)  --warmup N (1)  --click-rounds N (3)  --cycles N (200)
//   --profile: CPU profiles of one load of each page, for DevTools   --no-scale | --scale-only
//   --no-write: print only   --strict: exit 1 when a target is missed
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure } from './bench/measure';
import { judge, scaleSection, summaryTable, writeReport } from './bench/report';
import { runScale } from './bench/scale';

const { values: a } = parseArgs({
  options: {
    runs: { type: 'string' },
    warmup: { type: 'string', default: '1' },
    'click-rounds': { type: 'string', default: '3' },
    cycles: { type: 'string', default: '200' },
    profile: { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    'scale-only': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});

function whole(name: string, value: string | undefined, fallback: number, min = 0): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} wants a whole number ≥ ${min}, not ${value}`);
  return n;
}

const save = (file: string, data: unknown) => {
  mkdirSync('bench', { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  process.stderr.write(`wrote ${file}\n`);
};
const warmup = whole('warmup', a.warmup, 1);

if (!a['scale-only']) {
  const results = await measure({ runs: whole('runs', a.runs, 7, 1), warmup, clickRounds: whole('click-rounds', a['click-rounds'], 3, 1), cycles: whole('cycles', a.cycles, 200), profile: a.profile });
  console.log(summaryTable(results));
  if (!a['no-write']) save('bench/results.json', results);
  const missed = Object.entries(judge(results)).filter(([, met]) => !met).map(([k]) => k);
  if (missed.length) process.stderr.write(`targets missed: ${missed.join(', ')}\n`);
  if (a.strict && missed.length) process.exitCode = 1;
}
if (!a['no-scale']) {
  const scale = await runScale({ runs: whole('runs', a.runs, 5, 1), warmup });
  console.log(scaleSection(scale));
  if (!a['no-write']) save('bench/scale.json', scale);
}
if (!a['no-write']) {
  writeReport();
  process.stderr.write('wrote the tables in README.md and docs/benchmark.md\n');
}
