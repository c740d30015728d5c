// Does the tour deck open outside PowerPoint? Converts it with LibreOffice headless and checks the
// PDF has one page per slide. `tsx scripts/check-slides.ts [--lang ru] [--browser [--png] [--steps N]] [--out DIR] [file.pptx]`:
// with a file, checks that file; with --browser, first makes the real deck in Chromium (maps drawn
// by the PNG export, through the Vite dev server; JPEG pictures unless --png); otherwise makes it in node with a stand-in
// picture; --lang makes it in that language (English by default). Needs `soffice` and `pdfinfo` (apt-get install libreoffice-impress poppler-utils);
// exits 2 when they are missing, 1 when the page count is wrong.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import type { RouteMeta } from '../data/types';
import { parseDeclaration } from '../src/content/parse';
import { resolveProgrammes } from '../src/content/programmes';
import { tagThemes } from '../src/content/themes';
import { buildLinks } from '../src/content/links';
import { geoInputFrom } from '../src/content/geo-input';
import { buildTour } from '../src/content/tour';
import { deckFromTour } from '../src/slides/deck';
import { writePptx } from '../src/slides/pptx';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { setMessageCompiler } from '../src/i18n';
import { t as message } from '../src/i18n/later';
import { isLang } from '../data/lang';
import { loadLanguage } from '../src/i18n/langs';

const { values: opt, positionals } = parseArgs({
  options: { lang: { type: 'string', default: 'en' }, browser: { type: 'boolean', default: false }, png: { type: 'boolean', default: false }, steps: { type: 'string' }, out: { type: 'string' } },
  allowPositionals: true,
});
const out = resolve(opt.out ?? mkdtempSync(join(tmpdir(), 'slides-')));
const limit = opt.steps === undefined ? null : Number(opt.steps);
const given = positionals.find((a) => a.endsWith('.pptx'));
// Node reads the catalogs as written; the build compiles them ahead.
setMessageCompiler(compileMessageOrThrow);
if (!isLang(opt.lang)) throw new Error(`--lang: no such language: ${opt.lang}`);
const lang = opt.lang;
await loadLanguage(lang);
const ATTRIBUTION = message('export.attribution', { sources: message('map.attribution') });

function have(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The tour deck made in node; every picture is the README's screenshot, standing in for a map. */
async function nodeDeck(file: string) {
  const declaration = parseDeclaration(readFileSync('content/new-york-declaration-2023-09-21.md', 'utf8'));
  const routes: RouteMeta[] = JSON.parse(readFileSync('public/geo/routes.json', 'utf8'));
  const countries = JSON.parse(readFileSync('public/geo/countries.geojson', 'utf8'));
  const programmes = resolveProgrammes(declaration);
  const links = buildLinks(declaration, programmes, geoInputFrom(countries, routes), tagThemes(declaration));
  const deck = deckFromTour(buildTour(declaration, links, routes), { declaration, links, routes, programmes }, { attribution: ATTRIBUTION });
  const picture = `data:image/png;base64,${readFileSync('docs/screenshot-1280x800.png').toString('base64')}`;
  const blob = await writePptx(deck, async () => picture);
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
}

/** The tour deck made in Chromium from the app's own modules, with real map pictures. */
async function browserDeck(file: string) {
  const { createServer } = await import('vite');
  const { launch } = await import('../tests/e2e/chrome');
  const server = await createServer({
    server: { port: 5188, strictPort: false, host: '127.0.0.1', hmr: false },
    // Bundled up front, so a late discovery cannot re-bundle them while the deck is drawn.
    optimizeDeps: { include: ['pptxgenjs', 'maplibre-gl'] },
    logLevel: 'warn',
  });
  await server.listen();
  const url = server.resolvedUrls!.local[0];
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => (m.type() === 'error' || m.text().startsWith('slides:')) && console.error(`console: ${m.text()}`));
    // A bare page of the dev server's origin: no app, and no Vite client to reload it mid-way.
    const blank = new URL('/__check-slides.html', url).href;
    await page.route(blank, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><html><body></body></html>' }));
    await page.goto(blank);
    const t0 = Date.now();
    // The module runs in the page; a string, because tsx would wrap a function in a helper the page lacks.
    const result = (await page.evaluate(
      `import('/scripts/check-slides-page.ts').then((m) => m.run(${JSON.stringify(ATTRIBUTION)}, ${opt.png}, ${limit}, ${JSON.stringify(lang)}))`,
    )) as { base64: string; steps: string[] };
    console.log(result.steps.join('\n'));
    console.log(`made in Chromium in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    writeFileSync(file, Buffer.from(result.base64, 'base64'));
  } finally {
    await browser.close();
    await server.close();
  }
}

mkdirSync(out, { recursive: true });
const file = given ? resolve(given) : join(out, `${opt.browser ? `tour-chromium${opt.png ? '-png' : ''}` : 'tour-node'}${lang === 'en' ? '' : `-${lang}`}.pptx`);
if (!given) {
  if (opt.browser) await browserDeck(file);
  else await nodeDeck(file);
}
if (!existsSync(file)) throw new Error(`No such file: ${file}`);
const zip = await JSZip.loadAsync(readFileSync(file));
const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
const media = Object.keys(zip.files).filter((n) => /^ppt\/media\/./.test(n)).length;
console.log(`${file}: ${slides} slides, ${media} pictures, ${(statSync(file).size / 1024).toFixed(0)} KB`);

if (!have('soffice') || !have('pdfinfo')) {
  console.error('LibreOffice (soffice) or pdfinfo is not installed: apt-get install -y libreoffice-impress poppler-utils');
  process.exit(2);
}
const t = Date.now();
// A profile of its own, so a LibreOffice already open elsewhere does not swallow the conversion.
execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], {
  stdio: 'ignore',
  timeout: 300_000,
});
const pdf = join(out, basename(file).replace(/\.pptx$/, '.pdf'));
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? NaN);
console.log(`LibreOffice: ${pdf}, ${pages} pages, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
if (have('pdftoppm')) {
  execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '2', '-l', '2', pdf, join(out, 'page')]);
  console.log(`page 2 as a picture: ${join(out, 'page-02.png')} (or page-2.png)`);
}
if (pages !== slides) {
  console.error(`Expected ${slides} pages, got ${pages}.`);
  process.exit(1);
}
