// Screenshots of the built app for the README and for looking at what we ship:
// `tsx scripts/screenshots.ts [--sizes 1280x800,375x812] [out-dir] [view...]` after `npm run
// build:e2e` (the test build: the same pixels, and the map hook that tells when the camera is still).
// A view is a hash ('sel=KAZ') or an address from the query on ('?lang=ru#sel=KAZ').
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './serve';
import { launch } from '../tests/e2e/chrome';
import { settle, waitForMapIdle } from '../tests/e2e/atlas';

const args = parseArgs({ allowPositionals: true, options: { sizes: { type: 'string', default: '1280x800,375x812' } } });
const [out = 'docs', ...hashes] = args.positionals;
const sizes = args.values.sizes.split(',').map((s) => {
  const [width, height] = s.split('x').map(Number);
  return { width: width as number, height: height as number };
});

mkdirSync(out, { recursive: true });
const server = await serveStatic({ root: 'dist-e2e' });
const browser = await launch();
try {
  for (const hash of hashes.length ? hashes : ['']) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: size });
      page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
      await page.goto(server.url + (hash.startsWith('?') ? hash : hash ? `#${hash}` : ''));
      await waitForMapIdle(page);
      await settle(page);
      await page.waitForTimeout(300);
      const tag = hash ? `-${hash.replace(/[^a-z0-9]+/gi, '_')}` : '';
      const file = `${out}/screenshot-${size.width}x${size.height}${tag}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
