// Draws the installable app's icons (192 and 512 px PNG) from public/favicon.svg with the system
// Chromium, so the icons always match the favicon. Run `npm run icons` after changing the favicon;
// the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../tests/e2e/chrome';

const SIZES = [192, 512];

async function main() {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  mkdirSync('public/icons', { recursive: true });
  const browser = await launch();
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(`public/icons/icon-${size}.png`, png);
      await page.close();
      console.log(`public/icons/icon-${size}.png ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

void main();
