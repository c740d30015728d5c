// The builds the benchmark measures: the app exactly as `npm run build` makes it (the project's
// vite.config.ts), plus hidden source maps so its one big chunk can be split by package (and its
// test-mode twin, to drive it); and the bare MapLibre page in scripts/bench/bare with its own
// minimal config. All go under dist-bench/, never into dist/, so a benchmark never races the
// browser tests for the build they are serving.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = process.cwd();
export const OUT = resolve(ROOT, 'dist-bench');

/**
 * `production` is what ships and what is timed; `e2e` is the same app with the test-only map hook,
 * which the benchmark drives where it must read the map (where to click, when the map is still).
 */
export async function buildApp(mode: 'production' | 'e2e' = 'production'): Promise<string> {
  const outDir = join(OUT, mode === 'production' ? 'app' : 'app-e2e');
  // `hidden`: the .map files are written but the JS carries no sourceMappingURL comment, so the
  // bytes served are those of the production build.
  await build({ root: ROOT, mode, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: 'hidden' } });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`the app build wrote no ${outDir}/index.html`);
  return outDir;
}

export async function buildBare(): Promise<string> {
  const outDir = join(OUT, 'bare');
  await build({
    configFile: false,
    root: resolve(ROOT, 'scripts/bench/bare'),
    base: './',
    publicDir: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, sourcemap: 'hidden' },
  });
  // The same geo files and glyph ranges the app loads, next to the page.
  for (const dir of ['geo', 'glyphs']) {
    const to = join(outDir, dir);
    rmSync(to, { recursive: true, force: true });
    mkdirSync(to, { recursive: true });
    cpSync(resolve(ROOT, 'public', dir), to, { recursive: true });
  }
  return outDir;
}
