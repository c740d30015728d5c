// Finds and launches the system Chromium for the browser tests (never downloads a browser), and
// opens pages that record what went wrong. What the tests do with the atlas is in atlas.ts.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChrome(): string {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new Error(`CHROME_PATH is set to ${env}, which does not exist.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Chromium found: install one with `apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chrome or Chromium binary.');
  }
  return found;
}

/** Flags measured on this machine: SwiftShader WebGL2 works with these; no background traffic. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_FLAGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/** A page that records console errors, uncaught errors and any request that leaves 127.0.0.1. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const w: Watched = { page, consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  // Every Content Security Policy violation the page meets is recorded for the tests to check.
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (!local) w.foreignRequests.push(r.url());
  });
  return w;
}

/** The RGB colour at each point of a PNG, decoded by the browser itself. */
export async function sampleImage(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate(
    async ({ b64, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return points.map((p) => [...ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)]);
    },
    { b64: png.toString('base64'), points },
  );
}
