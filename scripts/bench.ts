// `npm run bench`: measure the production build (scripts/bench/measure.ts → bench/results.json), then
// render the README's table and docs/benchmark.md from the results (scripts/bench/report.ts).
// Flags go to the measuring half: `npm run bench -- --runs 3 --profile`; see measure.ts.
import { measure, strictExit } from './bench/measure';
import { writeReport } from './bench/report';

const argv = process.argv.slice(2);
const results = await measure(argv);
if (!argv.includes('--no-write')) {
  writeReport();
  process.stderr.write('wrote README.md (the benchmark table) and docs/benchmark.md\n');
}
strictExit(results, argv);
