// `npm run stale`: the commitments whose follow-through was last checked more than six months ago,
// so the maintainer knows what to search again. Prints nothing else and exits 0 either way: stale
// content is a to-do, not a broken build. `--today YYYY-MM-DD` checks as of another day.
import { prose } from '../data/lang';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lastChecked, resolveCommitments, staleCommitments, STATUS_LABELS } from '../src/content/commitments';
import { parseDeclaration } from '../src/content/parse';

// Read and parse the text here: the app's `?raw` import is a bundler feature node does not have.
const source = readFileSync(fileURLToPath(new URL('../content/new-york-declaration-2023-09-21.md', import.meta.url)), 'utf8');
const commitments = resolveCommitments(parseDeclaration(source));

const today = parseArgs({ options: { today: { type: 'string' } } }).values.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today wants YYYY-MM-DD, got ${today}`);

const stale = staleCommitments(commitments, today);
console.log(`${commitments.length} commitments; last checked ${lastChecked(commitments)}; today ${today}.`);
if (stale.length === 0) {
  console.log('None is older than six months.');
} else {
  console.log(`${stale.length} checked more than six months ago:`);
  for (const c of stale) console.log(`  ${c.checked}  ${c.id.padEnd(36)} ${STATUS_LABELS[c.status].padEnd(17)} ${prose(c.title)}`);
}
