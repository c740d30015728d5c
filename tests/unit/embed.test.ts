import { describe, expect, it } from 'vitest';
import { fullMapUrl, parseEmbed } from '../../src/embed/params';
import { originAllowed, parseInMessage } from '../../src/embed/messages';

describe('embed options', () => {
  it('reads embed, legend, tour, autoplay and origin', () => {
    expect(parseEmbed('?embed=1&legend=0&autoplay=8&origin=https://deck.example:8443').options).toEqual({
      embed: true, legend: false, tour: true, autoplay: 8, origin: 'https://deck.example:8443',
    });
    expect(parseEmbed('').options).toEqual({ embed: false, legend: true, tour: false, autoplay: null, origin: null });
  });

  it('drops bad values with a notice, and a bad origin locks the API rather than opening it', () => {
    const p = parseEmbed('?embed=1&autoplay=-3&origin=javascript:alert(1)');
    expect(p.options.autoplay).toBeNull();
    expect(p.options.origin).toBe('null-invalid');
    expect(p.notices).toHaveLength(2);
    expect(originAllowed('https://evil.example', p.options.origin)).toBe(false);
    expect(parseEmbed('?origin=https://a.example/path').options.origin).toBe('null-invalid');
  });

  it('reads each flag as a person writes it: 1, true or bare; anything else is off', () => {
    for (const on of ['embed=1', 'embed=true', 'embed=', 'embed']) expect(parseEmbed(`?${on}`).options.embed, on).toBe(true);
    for (const off of ['embed=0', 'embed=false', 'embed=yes', 'embed=2', 'x=1']) expect(parseEmbed(`?${off}`).options.embed, off).toBe(false);
    for (const on of ['tour=1', 'tour=true', 'tour=']) expect(parseEmbed(`?${on}`).options.tour, on).toBe(true);
    for (const off of ['tour=0', 'tour=no', '']) expect(parseEmbed(`?${off}`).options.tour, off).toBe(false);
    // The legend is on unless asked off, by 0 or false only.
    for (const off of ['legend=0', 'legend=false']) expect(parseEmbed(`?${off}`).options.legend, off).toBe(false);
    for (const on of ['legend=1', 'legend=', 'legend=no', '']) expect(parseEmbed(`?${on}`).options.legend, on).toBe(true);
    expect(parseEmbed('?embed=1').notices).toEqual([]);
  });

  it('takes an autoplay interval of 2 to 3600 seconds, with up to three decimals, and then starts the tour', () => {
    for (const [v, want] of [['2', 2], ['3600', 3600], ['2.5', 2.5], ['8.125', 8.125], ['0010', 10]] as const) {
      const p = parseEmbed(`?autoplay=${v}`);
      expect(p.options.autoplay, v).toBe(want);
      expect(p.options.tour, v).toBe(true);
      expect(p.notices, v).toEqual([]);
    }
    for (const v of ['1.999', '3600.001', '0', '1', '3601', '12345', '2.1234', '1e3', ' 8', '8 ', '-8', '.5', '5.', 'abc', '']) {
      const p = parseEmbed(`?autoplay=${encodeURIComponent(v)}`);
      expect(p.options.autoplay, v).toBeNull();
      expect(p.options.tour, v).toBe(false);
      expect(p.notices, v).toEqual(['The autoplay interval in the link is not a number of seconds between 2 and 3600, so the tour waits for you.']);
    }
  });

  it('lets the hash give the autoplay interval, over the query', () => {
    expect(parseEmbed('?autoplay=5', '9').options.autoplay).toBe(9);
    expect(parseEmbed('', '9').options).toMatchObject({ autoplay: 9, tour: true });
    expect(parseEmbed('?autoplay=5', null).options.autoplay).toBe(5);
    expect(parseEmbed('?autoplay=5', 'x').options.autoplay).toBeNull();
  });

  it('accepts only a bare http(s) origin, as MessageEvent.origin writes it', () => {
    for (const [v, want] of [
      ['https://deck.example', 'https://deck.example'],
      ['https://deck.example/', 'https://deck.example'],
      ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ] as const) {
      const p = parseEmbed(`?origin=${encodeURIComponent(v)}`);
      expect(p.options.origin, v).toBe(want);
      expect(p.notices, v).toEqual([]);
    }
    for (const v of ['ftp://deck.example', 'file:///tmp', 'data:text/html,x', 'https://Deck.example', 'https://deck.example:443', 'https://deck.example/x', 'https://deck.example?x', 'deck.example', '', 'null']) {
      const p = parseEmbed(`?origin=${encodeURIComponent(v)}`);
      expect(p.options.origin, v).toBe('null-invalid');
      expect(p.notices, v).toEqual(['The origin in the link is not a valid web origin, so no host page can control this map.']);
    }
  });

  it('reads nothing from a query longer than 2,000 characters', () => {
    const long = `?embed=1&x=${'a'.repeat(2000)}`;
    expect(parseEmbed(long).options).toEqual({ embed: false, legend: true, tour: false, autoplay: null, origin: null });
    expect(parseEmbed(`?embed=1&x=${'a'.repeat(1980)}`).options.embed).toBe(true);
  });

  it('links to the full map without the embed parameters', () => {
    expect(fullMapUrl('http://127.0.0.1:4000/deck/atlas/?embed=1&legend=0#sel=KAZ')).toBe('http://127.0.0.1:4000/deck/atlas/#sel=KAZ');
    expect(fullMapUrl('https://a.example/?embed=1&legend=0&tour=1&autoplay=8&origin=https%3A%2F%2Fb.example&lang=en#step=2')).toBe('https://a.example/?lang=en#step=2');
  });
});

describe('host-page messages', () => {
  it('accepts exactly the documented shapes', () => {
    expect(parseInMessage({ type: 'atlas:select', id: 'KAZ' })).toEqual({ type: 'atlas:select', id: 'KAZ' });
    expect(parseInMessage({ type: 'atlas:step', index: 3 })).toEqual({ type: 'atlas:step', index: 3 });
    expect(parseInMessage({ type: 'atlas:next' })).toEqual({ type: 'atlas:next' });
    expect(parseInMessage({ type: 'atlas:clear' })).toEqual({ type: 'atlas:clear' });
  });

  it('ignores every other shape', () => {
    const bad = [
      null, 'atlas:next', 42, [], { type: 'atlas:select' }, { type: 'atlas:select', id: 5 },
      { type: 'atlas:select', id: 'KAZ', html: '<b>x</b>' }, { type: 'atlas:step', index: 1.5 },
      { type: 'atlas:step', index: 0 }, { type: 'atlas:step', index: '2' }, { type: 'atlas:run', code: 'alert(1)' },
      { type: 'atlas:next', extra: 1 }, Object.create({ type: 'atlas:next' }), { type: 'atlas:select', id: 'x'.repeat(500) },
    ];
    for (const b of bad) expect(parseInMessage(b), JSON.stringify(b)).toBeNull();
  });

  it('holds each shape to its bounds: ids of 1 to 120 characters, steps 1 to 999, nothing extra', () => {
    expect(parseInMessage({ type: 'atlas:prev' })).toEqual({ type: 'atlas:prev' });
    expect(parseInMessage({ type: 'atlas:select', id: 'x'.repeat(120) })).toEqual({ type: 'atlas:select', id: 'x'.repeat(120) });
    expect(parseInMessage({ type: 'atlas:select', id: 'x' })).toEqual({ type: 'atlas:select', id: 'x' });
    expect(parseInMessage({ type: 'atlas:step', index: 1 })).toEqual({ type: 'atlas:step', index: 1 });
    expect(parseInMessage({ type: 'atlas:step', index: 999 })).toEqual({ type: 'atlas:step', index: 999 });
    const bad = [
      { type: 'atlas:select', id: 'x'.repeat(121) }, { type: 'atlas:select', id: '' }, { type: 'atlas:step', index: 1000 },
      { type: 'atlas:step', index: -1 }, { type: 'atlas:step', index: NaN }, { type: 'atlas:step', index: Infinity },
      { type: 'atlas:step', index: 2, id: 'KAZ' }, { type: 'atlas:prev', index: 1 }, { type: 'atlas:clear', id: 'KAZ' },
      { type: 'atlas:step' }, { type: 'atlas:ready' }, { type: 'atlas:selected', id: 'KAZ' }, { type: 42 }, {},
      Object.assign(Object.create(null), { type: 'atlas:next' }), new (class { type = 'atlas:next'; })(), undefined, true,
    ];
    for (const b of bad) expect(parseInMessage(b), JSON.stringify(b)).toBeNull();
  });

  it('restricts the sender when origin= is set', () => {
    expect(originAllowed('http://127.0.0.1:5000', null)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5000', 'http://127.0.0.1:5000')).toBe(true);
    expect(originAllowed('http://127.0.0.1:5001', 'http://127.0.0.1:5000')).toBe(false);
    // A locked API (origin= invalid) matches no sender, not even an opaque 'null' origin.
    expect(originAllowed('null', 'null-invalid')).toBe(false);
    expect(originAllowed('null-invalid', 'http://127.0.0.1:5000')).toBe(false);
  });
});

import { embedSnippet, embedUrl } from '../../src/embed/snippet';

describe('the embed snippet', () => {
  const base = { appUrl: 'https://example.org/atlas/', legend: true, tour: false, state: { map: { zoom: 4, lat: 42, lon: 60 }, sel: 'KAZ' } };
  it('carries the view and the selection', () => {
    expect(embedUrl(base)).toBe('https://example.org/atlas/?embed=1#map=4/42/60&sel=KAZ');
  });
  it('carries the map’s date', () => {
    expect(embedUrl({ ...base, state: { ...base.state, asof: '2024-06-01' } })).toBe('https://example.org/atlas/?embed=1#map=4/42/60&sel=KAZ&asof=2024-06-01');
  });
  it('writes the size preset and the options, with attribute-safe quoting', () => {
    const s = embedSnippet({ ...base, preset: '4:3', legend: false, tour: true });
    expect(s).toContain('width="800" height="600"');
    expect(s).toContain('src="https://example.org/atlas/?embed=1&amp;legend=0&amp;tour=1#map=4/42/60&amp;sel=KAZ&amp;step=1"');
    expect(embedSnippet({ ...base, appUrl: 'https://x.example/"><script>', preset: 'square' })).not.toContain('"><script>');
  });
});
