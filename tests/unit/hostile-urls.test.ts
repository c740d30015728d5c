// 5,000 generated hostile hashes and query strings through every parser the app runs on a URL.
import { describe, expect, it } from 'vitest';
import { hostileUrls } from '../hostile';
import { formatHash, parseHash } from '../../src/state/url';
import { KINDS, resolveSelection } from '../../src/state/selection';
import { parseEmbed } from '../../src/embed/params';

const known = {
  states: new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']),
  routes: new Set(['casa-1000']),
  places: new Set(['aktau']),
  programmes: new Set(['usaid']),
  passages: new Set(['people-1']),
  water: new Set(['amu-darya']),
  commitments: new Set(['people-1.s3']),
};

describe('hostile URLs', () => {
  const { hashes, queries } = hostileUrls(5000);

  it('never throw, and leave only valid state', () => {
    for (const h of hashes) {
      const p = parseHash(`#${h}`);
      if (p.state.map) {
        expect(Number.isFinite(p.state.map.zoom) && p.state.map.zoom >= 0 && p.state.map.zoom <= 22, h).toBe(true);
        expect(Math.abs(p.state.map.lat) <= 85.06 && Math.abs(p.state.map.lon) <= 180, h).toBe(true);
      }
      if (p.state.step !== undefined) expect(Number.isInteger(p.state.step) && p.state.step >= 1, h).toBe(true);
      if (p.state.sel !== undefined) {
        expect(p.state.sel, h).toMatch(/^[A-Za-z0-9:._-]+$/);
        const sel = resolveSelection(p.state.sel, known);
        if (sel) {
          // Whatever resolves is an id the data holds, or its kind's one fixed id.
          const address: { known?: keyof typeof known; fixed?: string } = KINDS[sel.kind].address;
          expect(address.known ? known[address.known].has(sel.id) : sel.id === address.fixed, h).toBe(true);
        }
      }
      for (const n of p.notices) expect(n.length).toBeLessThan(200);
      // What the app writes back is itself clean.
      expect(formatHash(p.state)).not.toMatch(/[<>"' ]/);
    }
  });

  it('embed options stay within their types, and a bad origin never opens the API', () => {
    for (const q of queries) {
      const { options } = parseEmbed(`?${q}`);
      expect(typeof options.embed).toBe('boolean');
      if (options.autoplay !== null) expect(options.autoplay >= 2 && options.autoplay <= 3600, q).toBe(true);
      if (options.origin !== null && options.origin !== 'null-invalid') expect(options.origin, q).toMatch(/^https?:\/\/[^/]+$/);
    }
  });
});
