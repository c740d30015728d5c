import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { inlineHashes, singleFileCsp, withCsp } from '../../scripts/single/csp';
import { inlineFiles } from '../../scripts/single/inline-files';
import { inlineFetch } from '../../src/single/inlineFetch';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('single-file CSP', () => {
  const page = '<head>\n    <meta charset="UTF-8" />\n<script type="module" crossorigin>let a=1</script><style>b{c:d}</style></head>';

  it('allows exactly the inline script and style by hash, and nothing from the network', () => {
    expect(inlineHashes(page, 'script')).toEqual([sha('let a=1')]);
    const csp = singleFileCsp(page);
    expect(csp).toContain(`script-src ${sha('let a=1')};`);
    expect(csp).toContain(`style-src ${sha('b{c:d}')};`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|'self'/);
  });

  it('goes first in the head, before the script it governs', () => {
    const out = withCsp(page);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(() => withCsp('<head></head>')).toThrow(/charset/);
  });
});

describe('inlined data files', () => {
  it('reads geo/ and glyphs/ recursively, text as text and binary as base64', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-public-'));
    try {
      mkdirSync(join(dir, 'geo'));
      mkdirSync(join(dir, 'glyphs', 'Noto Sans'), { recursive: true });
      writeFileSync(join(dir, 'geo', 'a.geojson'), '{"type":"FeatureCollection"}');
      writeFileSync(join(dir, 'glyphs', 'Noto Sans', '0-255.pbf'), Buffer.from([0, 1, 255]));
      writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
      expect(inlineFiles(dir)).toEqual({
        'geo/a.geojson': { type: 'application/geo+json', text: '{"type":"FeatureCollection"}' },
        'glyphs/Noto Sans/0-255.pbf': { type: 'application/octet-stream', base64: 'AAH/' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inlineFetch', () => {
  const files = {
    'geo/routes.json': { type: 'application/json', text: '[1]' },
    'glyphs/Noto Sans/0-255.pbf': { type: 'application/octet-stream', base64: 'AAH/' },
  };
  const base = 'file:///media/usb/deck/index.html#sel=TJK';

  it('answers the app’s own data files from the page', async () => {
    const next = vi.fn<typeof fetch>();
    const f = inlineFetch(files, base, next);
    const r = await f('geo/routes.json');
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toEqual([1]);
    const g = await f(new Request('file:///media/usb/deck/glyphs/Noto%20Sans/0-255.pbf?v=1'));
    expect([...new Uint8Array(await g.arrayBuffer())]).toEqual([0, 1, 255]);
    expect(next).not.toHaveBeenCalled();
  });

  it('passes anything else to the real fetch', async () => {
    const next = vi.fn<typeof fetch>(async () => new Response('x'));
    const f = inlineFetch(files, base, next);
    await f('data:text/plain,hi');
    await f('file:///elsewhere/geo/routes.json');
    await f('geo/missing.json');
    expect(next).toHaveBeenCalledTimes(3);
  });
});
