// A small static file server for the built app, used by the browser tests and the benchmark.
// It serves dist/ under any path prefix (e.g. /deck/atlas/) so sub-path hosting is tested for real.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export interface ServeOptions {
  root: string;
  /** Path prefix the app is served under, starting and ending with '/'. */
  prefix?: string;
  port?: number;
  host?: string;
  /** Extra files served as given, by path under the server root (a host page, say). */
  extra?: Record<string, { type: string; body: string }>;
}

export function serveStatic({ root, prefix = '/', port = 0, host = '127.0.0.1', extra = {} }: ServeOptions): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponentSafe((req.url ?? '/').split('?')[0].split('#')[0]);
    if (path !== null && extra[path]) {
      res.writeHead(200, { 'content-type': extra[path].type, 'cache-control': 'no-store' });
      res.end(extra[path].body);
      return;
    }
    if (path === null || !path.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    let rel = path.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(base, rel));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({
        url: `http://${host}:${p}${prefix}`,
        port: p,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

// `tsx scripts/serve.ts [port]`: serve dist/ on 127.0.0.1 for a quick look at the production build.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 4173);
  serveStatic({ root: 'dist', port }).then((s) => console.log(`serving dist/ at ${s.url}`));
}
