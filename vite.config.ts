// Build, dev server and test runner configuration in one place.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileCatalogsPlugin } from './scripts/build/catalog.ts';
import { stripLangsPlugin } from './scripts/build/content-langs.ts';
import { trimMapLibreCssPlugin } from './scripts/build/maplibre-css.ts';
import { maplibreForWrapperPlugin } from './scripts/build/maplibre-lib.ts';
import { preloadFirstView } from './scripts/build/preload.ts';

/**
 * The production page's Content Security Policy: scripts, workers, fonts and data only from the
 * app's own origin; no inline script, no eval. `data:` images are the print snapshot of the map;
 * `blob:` covers the exported PNG. Added at build time only: the dev server needs inline HMR code.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'corridor-atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/** What an installed atlas is called and looks like; every URL is relative so sub-paths work. */
export const MANIFEST = {
  name: 'Corridor Atlas — the C5+1 New York Declaration on a map',
  short_name: 'Corridor Atlas',
  description: 'An interactive, offline map of the C5+1 New York Declaration of 21 September 2023.',
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: '#c9dde8',
  background_color: '#f7f6f2',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  ],
} as const;

/**
 * The service worker: precaches every file the build writes (globs, so new data under geo/ or
 * glyphs/ is picked up without a list to keep). Registered by src/pwa/register.ts after the first
 * idle moment, never by an injected script, so the first load and the CSP are unchanged.
 */
function serviceWorker() {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifest: { ...MANIFEST, icons: [...MANIFEST.icons] },
    workbox: {
      // csv and md: the open data under data/ (npm run data), so its stable URLs answer offline too.
      globPatterns: ['**/*.{html,js,mjs,css,woff2,woff,svg,png,ico,json,geojson,pbf,webmanifest,csv,md}'],
      // The map library's chunk and its worker are large; the default 2 MB cap would silently skip them.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // A deep link with a query (?embed=1, ?lang=…) still opens the cached page offline.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\.(?:js|mjs|css|json|geojson|pbf|woff2?|png|svg|ico|webmanifest|md|txt|csv)(?:\?|$)/i],
      // Take control of the first visit at once, so it is already offline-ready; later versions wait.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig({
  // Relative asset URLs so dist/ works from any sub-path and inside an iframe.
  base: './',
  plugins: [compileCatalogsPlugin(), stripLangsPlugin(), react(), trimMapLibreCssPlugin(), maplibreForWrapperPlugin(), preloadFirstView(), contentSecurityPolicy(), serviceWorker()],
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          environment: 'node',
          // Vitest's default on two cores is one worker (cores − 1), and many of these files wait on a
          // child process or the disk: three workers keep both cores busy (the unit run took 165 s, now
          // about 100 s), which keeps CI inside its 15 minutes.
          maxWorkers: 3,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores and SwiftShader renders on the CPU.
          fileParallelism: false,
        },
      },
    ],
  },
});
