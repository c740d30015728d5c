// Starts the built app on 127.0.0.1 for the browser tests: at the root, and under a sub-path.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { findChrome } from './chrome';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    subPathUrl: string;
  }
}

let servers: StaticServer[] = [];

export async function setup(project: TestProject) {
  findChrome();
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does it).');
  const root = await serveStatic({ root: 'dist' });
  const sub = await serveStatic({ root: 'dist', prefix: '/deck/atlas/' });
  servers = [root, sub];
  project.provide('baseUrl', root.url);
  project.provide('subPathUrl', sub.url);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
}
