// Serves a built app on 127.0.0.1 with Vite's own preview server (what `npm run serve`, i.e.
// `vite preview`, runs), for the browser tests, the screenshots and the benchmark: at the root or
// under a sub-path (e.g. /deck/atlas/), so sub-path hosting is tested for real, on a free port.
import { resolve } from 'node:path';
import { preview, type Plugin } from 'vite';

export interface StaticServer {
  /** Ends with the prefix: http://127.0.0.1:PORT/PREFIX/ */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  root: string;
  /** Path prefix the app is served under, starting and ending with '/'. */
  prefix?: string;
  /** Extra pages served as given, by path outside the prefix (a host page of another origin, say). */
  extra?: Record<string, { type: string; body: string }>;
}

export async function serveStatic({ root, prefix = '/', extra = {} }: ServeOptions): Promise<StaticServer> {
  const pages: Plugin = {
    name: 'extra-pages',
    configurePreviewServer: (server) =>
      void server.middlewares.use((req, res, next) => {
        const page = extra[(req.url ?? '').split('?')[0]];
        if (!page) return next();
        res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' });
        res.end(page.body);
      }),
  };
  const server = await preview({
    configFile: false,
    root: resolve(root),
    base: prefix,
    // 'mpa': a directory gets its index.html, and a missing file is a 404, never the app's page.
    appType: 'mpa',
    logLevel: 'silent',
    plugins: [pages],
    build: { outDir: '.' },
    // As the tests have always seen it: nothing cached between loads, no CORS grant to other origins.
    preview: { host: '127.0.0.1', port: 0, cors: false, headers: { 'cache-control': 'no-store' } },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${root} did not start`);
  return { url, close: () => server.close() };
}
