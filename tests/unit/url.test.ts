import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, parseMapView } from '../../src/state/url';

describe('the URL hash', () => {
  it('reads MapLibre’s map=ZOOM/LAT/LON, a selection and a step', () => {
    expect(parseHash('#map=5.2/41.5/64.1&sel=KAZ&step=3')).toEqual({
      state: { map: { zoom: 5.2, lat: 41.5, lon: 64.1 }, sel: 'KAZ', step: 3 },
      notices: [],
      rest: [],
    });
    expect(parseHash('sel=place:aktau').state).toEqual({ sel: 'place:aktau' });
    expect(parseHash('#sel=passage%3Aeconomic-energy-corridor-2').state.sel).toBe('passage:economic-energy-corridor-2');
  });

  it('round-trips through formatHash', () => {
    const state = { map: { zoom: 4.5, lat: 42.12, lon: 63.5 }, sel: 'programme:pgi', step: 2 };
    expect(parseHash(formatHash(state)).state).toEqual(state);
    expect(formatHash({})).toBe('');
  });

  it('keeps keys it does not own', () => {
    const p = parseHash('#foo=bar&sel=KAZ&flag');
    expect(p.rest).toEqual([['foo', 'bar'], ['flag', '']]);
    expect(formatHash(p.state, p.rest)).toBe('#sel=KAZ&foo=bar&flag');
  });

  it('ignores bad values with a polite notice instead of failing', () => {
    const cases = [
      '#map=NaN/1/2',
      '#map=99/0/0',
      '#map=3/91/0',
      '#map=3/0/181',
      '#map=1e400/0/0',
      '#sel=<script>alert(1)</script>',
      '#sel=javascript:alert(1)',
      '#sel=%E0%A4%A',
      '#step=-1',
      '#step=abc',
      `#sel=${'x'.repeat(3000)}`,
    ];
    for (const c of cases) {
      const p = parseHash(c);
      expect(p.notices.length, c).toBe(1);
      expect(p.state, c).toEqual({});
    }
    // `javascript:alert(1)` has the shape of a prefixed id; it is resolved (and refused) against the data.
    expect(parseHash('#sel=<b>').state.sel).toBeUndefined();
  });

  it('accepts only finite map positions in range', () => {
    expect(parseMapView('4/40/60')).toEqual({ zoom: 4, lat: 40, lon: 60 });
    expect(parseMapView('4/40/60/10/20')).toEqual({ zoom: 4, lat: 40, lon: 60 });
    expect(parseMapView('4/40')).toBeNull();
    expect(parseMapView('-1/40/60')).toBeNull();
    expect(parseMapView('Infinity/0/0')).toBeNull();
  });
});

describe('asof', () => {
  it('reads 2023 and latest, and writes back what it read', () => {
    expect(parseHash('#asof=latest&sel=casa-1000').state).toEqual({ asof: 'latest', sel: 'casa-1000' });
    expect(parseHash('#asof=2023').state).toEqual({ asof: '2023' });
    expect(formatHash({ sel: 'casa-1000', asof: 'latest' })).toBe('#sel=casa-1000&asof=latest');
  });

  it('drops a date it cannot show, and says so', () => {
    const p = parseHash('#asof=2019');
    expect(p.state.asof).toBeUndefined();
    expect(p.notices[0]).toMatch(/September 2023/);
  });
});
