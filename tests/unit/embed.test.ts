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

  it('links to the full map without the embed parameters', () => {
    expect(fullMapUrl('http://127.0.0.1:4000/deck/atlas/?embed=1&legend=0#sel=KAZ')).toBe('http://127.0.0.1:4000/deck/atlas/#sel=KAZ');
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

  it('restricts the sender when origin= is set', () => {
    expect(originAllowed('http://127.0.0.1:5000', null)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5000', 'http://127.0.0.1:5000')).toBe(true);
    expect(originAllowed('http://127.0.0.1:5001', 'http://127.0.0.1:5000')).toBe(false);
  });
});

import { embedSnippet, embedUrl } from '../../src/embed/snippet';

describe('the embed snippet', () => {
  const base = { appUrl: 'https://example.org/atlas/', legend: true, tour: false, state: { map: { zoom: 4, lat: 42, lon: 60 }, sel: 'KAZ' } };
  it('carries the view and the selection', () => {
    expect(embedUrl(base)).toBe('https://example.org/atlas/?embed=1#map=4/42/60&sel=KAZ');
  });
  it('writes the size preset and the options, with attribute-safe quoting', () => {
    const s = embedSnippet({ ...base, preset: '4:3', legend: false, tour: true });
    expect(s).toContain('width="800" height="600"');
    expect(s).toContain('src="https://example.org/atlas/?embed=1&amp;legend=0&amp;tour=1#map=4/42/60&amp;sel=KAZ&amp;step=1"');
    expect(embedSnippet({ ...base, appUrl: 'https://x.example/"><script>', preset: 'square' })).not.toContain('"><script>');
  });
});
