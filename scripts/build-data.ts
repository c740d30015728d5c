// `npm run build` ends here: the data package written to dist/data/ (or the folder given), so a static
// host serves it at stable URLs: dist/data/datapackage.json, dist/data/commitments.csv… The same pure
// builder as the browser's "Download data" zip, from the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataPackage } from '../src/export/datapackage';
import { nodeDataInput } from './data/input';

const out = join(process.argv[2] ?? 'dist', 'data');
mkdirSync(out, { recursive: true });
const files = buildDataPackage(nodeDataInput());
for (const f of files) writeFileSync(join(out, f.path), f.text);
// The README's "Open data" section beside the files: the dialog's "What each file holds" links here.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = /^## Open data\n[\s\S]*?(?=^## )/m.exec(readme)?.[0];
if (!section) throw new Error('README.md has no "## Open data" section');
writeFileSync(join(out, 'README.md'), `${section.trim()}\n`);
console.log(`data package: ${files.length} files in ${out}/ (${files.map((f) => f.path).join(', ')})`);
