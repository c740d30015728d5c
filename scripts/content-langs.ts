// `npm run content:langs`: each language's table of our texts (src/i18n/content/<lang>.json), from
// the texts written beside the English in data/ and src/content/. The app loads a table only when
// its language is chosen; the build keeps the bundles and the geo files in English only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OTHER_LANGS, translationTable } from './build/content-langs';
import { proseSources } from './build/prose-sources';
import type { Lang } from '../data/lang';

export const CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../src/i18n/content');

/** The file for `lang`, as a string: one entry a line, so a changed text is a one-line diff. */
export function contentFile(lang: Lang): { text: string; conflicts: string[] } {
  const { table, conflicts } = translationTable(proseSources().map((s) => s.value), lang);
  const body = Object.entries(table).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return { text: `{\n${body.join(',\n')}\n}\n`, conflicts };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(CONTENT_DIR, { recursive: true });
  let failed = false;
  for (const lang of OTHER_LANGS) {
    const { text, conflicts } = contentFile(lang);
    if (conflicts.length > 0) {
      failed = true;
      console.error(`${lang}: ${conflicts.length} conflicting translations:\n  ${conflicts.join('\n  ')}`);
      continue;
    }
    writeFileSync(join(CONTENT_DIR, `${lang}.json`), text);
    console.log(`${lang}: ${Object.keys(JSON.parse(text) as object).length} texts → src/i18n/content/${lang}.json`);
  }
  process.exitCode = failed ? 1 : 0;
}
