import { describe, expect, it } from 'vitest';
import { asOfDay, asOfFor, FIRST_DAY, formatHash, LAST_DAY, parseHash, parseMapView, quote } from '../../src/state/url';
import { formatDate } from '../../src/i18n';

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
    for (const bad of ['2024-02-30', '2025-02-29', '2024-13-01', '2024-6-1', '24-06-01', '2024-06-01T00:00']) {
      expect(parseHash(`#asof=${bad}`).state.asof, bad).toBeUndefined();
      expect(parseHash(`#asof=${bad}`).notices, bad).toHaveLength(1);
    }
  });

  it('reads a day, and brings one outside the range to its nearest end with a notice', () => {
    expect(parseHash('#asof=2024-06-01')).toMatchObject({ state: { asof: '2024-06-01' }, notices: [] });
    expect(parseHash('#asof=2024-02-29').state.asof).toBe('2024-02-29');
    expect(formatHash({ asof: '2024-06-01' })).toBe('#asof=2024-06-01');
    expect(parseHash(`#asof=${FIRST_DAY}`).state.asof).toBe('2023');
    expect(parseHash(`#asof=${LAST_DAY}`).state.asof).toBe('latest');
    const early = parseHash('#asof=2023-01-01');
    expect(early.state.asof).toBe('2023');
    expect(early.notices).toEqual(['The date “2023-01-01” in the link is before the summit, so the map shows 19 September 2023.']);
    const late = parseHash('#asof=2099-01-01');
    expect(late.state.asof).toBe('latest');
    expect(late.notices).toEqual([`The date “2099-01-01” in the link is after the newest evidence, so the map shows the last day it can: ${formatDate(LAST_DAY)}.`]);
    expect(asOfDay('2024-06-01')).toBe('2024-06-01');
    expect(asOfFor('2024-06-01')).toBe('2024-06-01');
  });
});

describe('the URL hash, at its edges (what mutation testing asks of the parser)', () => {
  it('says in each notice what was dropped, quoted safely', () => {
    expect(parseHash('#map=1/2').notices).toEqual(['The map position “1/2” in the link is not valid, so the default view is shown.']);
    expect(parseHash('#sel=<b>').notices).toEqual(['The link asks for “<b>”, which is not something on this map.']);
    expect(parseHash('#step=0').notices).toEqual(['The tour step “0” in the link is not a step number.']);
    expect(parseHash('#asof=2019').notices).toEqual(['The date “2019” in the link is not one the map can show, so it shows September 2023.']);
    expect(parseHash('#sel=%E0%A4%A').notices).toEqual(['Part of the link could not be read (“%E0%A4%A”) and was ignored.']);
    expect(parseHash(`#${'x'.repeat(2001)}`).notices).toEqual(['The link was too long to read, so the atlas opened on its default view.']);
  });

  it('quotes at most 40 characters, with control characters made visible', () => {
    expect(quote('a'.repeat(40))).toBe(`“${'a'.repeat(40)}”`);
    expect(quote('a'.repeat(41))).toBe(`“${'a'.repeat(40)}…”`);
    expect(quote('a\u0000b\u001fc\u007fd\u0020e')).toBe('“a?b?c?d e”');
  });

  it('reads a hash of up to 2,000 characters, with or without its #', () => {
    const keep = `sel=KAZ&x=${'a'.repeat(2000 - 10)}`;
    expect(keep.length).toBe(2000);
    expect(parseHash(`#${keep}`).state).toEqual({ sel: 'KAZ' });
    expect(parseHash(`#${keep}a`).state).toEqual({});
    expect(parseHash('').notices).toEqual([]);
    expect(parseHash('#').notices).toEqual([]);
    expect(parseHash('#').rest).toEqual([]);
  });

  it('skips empty pairs, reads + as a space and a bare key as empty', () => {
    expect(parseHash('#&&sel=KAZ&&').state).toEqual({ sel: 'KAZ' });
    expect(parseHash('#&&sel=KAZ&&').rest).toEqual([]);
    expect(parseHash('#sel=a+b').notices).toEqual(['The link asks for “a b”, which is not something on this map.']);
    expect(parseHash('#sel').notices).toEqual(['The link asks for “”, which is not something on this map.']);
    expect(parseHash('#a=b=c').rest).toEqual([['a', 'b=c']]);
  });

  it('takes map positions with at most four digits and eight decimals, inside the world', () => {
    expect(parseMapView('22/85.06/180')).toEqual({ zoom: 22, lat: 85.06, lon: 180 });
    expect(parseMapView('0/-85.06/-180')).toEqual({ zoom: 0, lat: -85.06, lon: -180 });
    expect(parseMapView('1.12345678/0/0')).toEqual({ zoom: 1.12345678, lat: 0, lon: 0 });
    for (const bad of ['22.01/0/0', '1/85.07/0', '1/-85.07/0', '1/0/180.01', '1/0/-180.01', '1.123456789/0/0', '1/0/00180', '1/0/0/0/0/0', '1/0/x', 'x/0/0', '1/x/0', '1./0/0', '1/0/+5', ' 1/0/0']) {
      expect(parseMapView(bad), bad).toBeNull();
    }
    expect(parseMapView('1/0/0/x')).toEqual({ zoom: 1, lat: 0, lon: 0 });
  });

  it('takes tour steps from 1 to 999', () => {
    expect(parseHash('#step=1').state.step).toBe(1);
    expect(parseHash('#step=999').state.step).toBe(999);
    for (const bad of ['0', '1000', '1.5', '+1', '', ' 1']) expect(parseHash(`#step=${encodeURIComponent(bad)}`).state.step, bad).toBeUndefined();
  });

  it('takes selection ids of a known shape: an optional prefix of up to 64 characters, an id of up to 80', () => {
    const ok = [`${'p'.repeat(64)}:${'i'.repeat(80)}`, 'i'.repeat(80), 'KAZ', 'passage:security-1.s2', 'a_b-c'];
    for (const id of ok) expect(parseHash(`#sel=${id}`).state.sel, id).toBe(id);
    const bad = [`${'p'.repeat(65)}:i`, 'i'.repeat(81), '-KAZ', '.x', 'place:-x', ':x', 'a:b:c', 'a b', 'KAZ!'];
    for (const id of bad) expect(parseHash(`#sel=${encodeURIComponent(id)}`).state.sel, id).toBeUndefined();
  });

  it('writes positions rounded as MapLibre does, and ids with their colon kept', () => {
    expect(formatHash({ map: { zoom: 4.123, lat: 42.123456, lon: 63.987654 } })).toBe('#map=4.12/42.12/63.99');
    expect(formatHash({ map: { zoom: 12, lat: 42.123456789, lon: 63.1 } })).toBe('#map=12/42.12346/63.1');
    expect(formatHash({ map: { zoom: 0, lat: 42.6, lon: 63.4 } })).toBe('#map=0/42.6/63.4');
    expect(formatHash({ sel: 'place:a b' })).toBe('#sel=place:a%20b');
    expect(formatHash({ step: 3, asof: '2023' })).toBe('#step=3&asof=2023');
    expect(formatHash({}, [['k', ''], ['a', 'b']])).toBe('#k&a=b');
  });
});
