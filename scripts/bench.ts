// `npm run bench`: measure the production build (scripts/bench/measure.ts → bench/results.json), then
// render the README's table and docs/benchmark.md from the results (scripts/bench/report.ts).
// Flags go to the measuring half: `npm run bench -- --runs 3 --profile`; see measure.ts. Then the
// scaling run (scripts/bench/scale.ts → bench/scale.json) unless `--no-scale`.
import { measure, strictExit } from './bench/measure';
import { writeReport } from './bench/report';
import { runScale } from './bench/scale';

const argv = process.argv.slice(2);
const results = await measure(argv);
// --runs and --warmup are the main run's; the scaling run keeps its own (`npm run bench:scale -- --runs N`).
if (!argv.includes('--no-scale')) await runScale(argv.filter((a) => a === '--no-write'));
if (!argv.includes('--no-write')) {
  writeReport();
  process.stderr.write('wrote README.md (the benchmark table) and docs/benchmark.md\n');
}
strictExit(results, argv);
