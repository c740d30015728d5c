// The Content Security Policy of the single-file build. Everything is inline there, so instead of
// 'self' it allows exactly the inline script and style it ships (by hash), the MapLibre worker as a
// blob: and the fonts as data: URLs — and still nothing from the network.
import { createHash } from 'node:crypto';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The hashes of every inline <script> or <style> body in the page, in order. */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)].map((m) => m[1]).filter((code) => code.length > 0).map(hash);
}

export function singleFileCsp(html: string): string {
  const scripts = inlineHashes(html, 'script');
  const styles = inlineHashes(html, 'style');
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    // MapLibre turns the worker into a data: URL itself when the page's origin is opaque (file://).
    'worker-src blob: data:',
    'child-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Puts the policy first in <head>, before any script it governs. */
export function withCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(html)}" />`;
  if (!html.includes('<meta charset="UTF-8" />')) throw new Error('index.html has no <meta charset="UTF-8" /> to put the CSP after');
  return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`);
}
