// Starts the test build of the app (dist-e2e/: `npm run build:e2e`, which alone carries the map hook
// the driver reads) on 127.0.0.1 for the browser tests: at the root, and under a sub-path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { findChrome } from './chrome';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    subPathUrl: string;
  }
}

const DIR = 'dist-e2e';
let servers: StaticServer[] = [];

export async function setup(project: TestProject) {
  findChrome();
  if (!existsSync(`${DIR}/index.html`)) throw new Error(`${DIR}/ is missing: run \`npm run build:e2e\` first (npm test does it).`);
  // A production build copied here would fail every test at the first map read: say so at once.
  const js = readdirSync(`${DIR}/assets`).filter((f) => f.endsWith('.js'));
  if (!js.some((f) => readFileSync(`${DIR}/assets/${f}`, 'utf8').includes('__atlasMap'))) {
    throw new Error(`${DIR}/ has no test hook: build it with \`npm run build:e2e\` (vite build --mode e2e), not \`npm run build\`.`);
  }
  const root = await serveStatic({ root: DIR });
  const sub = await serveStatic({ root: DIR, prefix: '/deck/atlas/' });
  servers = [root, sub];
  project.provide('baseUrl', root.url);
  project.provide('subPathUrl', sub.url);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
}
