// `npm run build:single`: the whole atlas as one self-contained dist-single/index.html that works
// opened from disk (file://), for a deck folder on a USB stick or an email. Same app as `vite build`,
// with the data, fonts and the map's worker inlined, and a CSP made for inline code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inlineFiles } from './scripts/single/inline-files.ts';
import { withCsp } from './scripts/single/csp.ts';
import { compileCatalogsPlugin } from './scripts/build/catalog.ts';
import { stripLangsPlugin } from './scripts/build/content-langs.ts';
import { trimMapLibreCssPlugin } from './scripts/build/maplibre-css.ts';
import { maplibreForWrapperPlugin } from './scripts/build/maplibre-lib.ts';

const require = createRequire(import.meta.url);
const WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const DATA = 'virtual:atlas-inline-files';

/** The map's worker becomes a blob: URL made from its inlined source: file:// cannot load a worker file. */
function inlineWorker(): Plugin {
  return {
    name: 'atlas-inline-worker',
    enforce: 'pre',
    resolveId: (id) => (id === WORKER ? '\0atlas-worker-url' : null),
    load(id) {
      if (id !== '\0atlas-worker-url') return null;
      const code = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      return `export default URL.createObjectURL(new Blob([${JSON.stringify(code)}], { type: 'text/javascript' }));`;
    },
  };
}

/** public/geo (and public/glyphs) as a module, answered by src/single/boot.ts in place of fetch. */
function inlineData(): Plugin {
  return {
    name: 'atlas-inline-data',
    resolveId: (id) => (id === DATA ? '\0' + DATA : null),
    load: (id) => (id === '\0' + DATA ? `export default ${JSON.stringify(inlineFiles('public'))};` : null),
  };
}

/** The favicon as a data: URL; the install links make no sense from a file. */
function singleHead(): Plugin {
  return {
    name: 'atlas-single-head',
    transformIndexHtml: (html) =>
      html
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '')
        .replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}"`),
  };
}

/** Runs after vite-plugin-singlefile has inlined everything, so the hashes cover the final code. */
function singleCsp(): Plugin {
  return {
    name: 'atlas-single-csp',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('index.html missing from the single-file bundle');
        page.source = withCsp(String(page.source));
        const left = Object.keys(bundle).filter((f) => f !== 'index.html');
        if (left.length) throw new Error(`not inlined into the single file: ${left.join(', ')}`);
      },
    },
  };
}

export default defineConfig({
  base: './',
  define: { 'import.meta.env.VITE_SINGLE': JSON.stringify('1') },
  plugins: [compileCatalogsPlugin(), stripLangsPlugin(), react(), trimMapLibreCssPlugin(), maplibreForWrapperPlugin(), inlineWorker(), inlineData(), singleHead(), viteSingleFile({ removeViteModuleLoader: true }), singleCsp()],
  build: { outDir: 'dist-single', emptyOutDir: true, copyPublicDir: false, target: 'es2022', sourcemap: false },
});
