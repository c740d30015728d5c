// The prebuilt glyph ranges in public/glyphs: every label the map can show resolves to a glyph,
// the files are what `npm run glyphs` builds (byte for byte), and the style's URL template reaches
// them from wherever the app is deployed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRange, elevationLabel, GLYPHS_DIR, labelStrings, labelStringsByStyle, modeWords, rangeName, rangesFor, STACKS } from '../../scripts/build-glyphs';
import { decodeGlyphRange, encodeGlyphRange, GLYPH_BORDER } from '../../scripts/glyphs/pbf';
import { bounds, flatten, rasterize } from '../../scripts/glyphs/rasterize';
import { GLYPH_FONTS, glyphsUrl } from '../../src/map/glyphs';
import { ALL_VISIBLE, FONT, mapLayers } from '../../src/map/style';
import { PHYSICAL_LAYER, PHYSICAL_SRC } from '../../src/map/physical';
import { modeNoun } from '../../src/data/labels';
import { LANGS } from '../../data/lang';

const file = (stack: string, start: number) => resolve(GLYPHS_DIR, stack, `${rangeName(start)}.pbf`);
const decode = (stack: string, start: number) => decodeGlyphRange(new Uint8Array(readFileSync(file(stack, start))));

describe('glyphsUrl', () => {
  it('is absolute, beside the page, with the placeholders left literal', () => {
    expect(glyphsUrl('http://127.0.0.1:4173/deck/atlas/index.html?embed=1#v=2')).toBe(
      'http://127.0.0.1:4173/deck/atlas/glyphs/{fontstack}/{range}.pbf',
    );
    expect(glyphsUrl('https://example.org/')).toBe('https://example.org/glyphs/{fontstack}/{range}.pbf');
    expect(glyphsUrl('file:///srv/atlas/index.html')).toBe('file:///srv/atlas/glyphs/{fontstack}/{range}.pbf');
  });

  it('gives MapLibre the file path once it substitutes a range', () => {
    const url = glyphsUrl('http://h/a/').replace('{fontstack}', GLYPH_FONTS.regular).replace('{range}', '0-255');
    expect(new URL(url).pathname).toBe('/a/glyphs/Noto%20Sans%20Regular/0-255.pbf');
  });

  it('refuses a base it cannot resolve against', () => {
    expect(() => glyphsUrl('about:srcdoc')).toThrow(TypeError);
  });
});

describe('public/glyphs', () => {
  const strings = labelStrings();

  it('holds a font stack for every `text-font` the style names', () => {
    expect(Object.values(GLYPH_FONTS)).toContain(FONT);
    expect(STACKS.map((s) => s.name)).toEqual(Object.values(GLYPH_FONTS));
  });

  it('follows the style: water and landform names in italic, every other label upright', () => {
    const symbols = mapLayers(ALL_VISIBLE, { highlight: [], detailLoaded: true }).filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(5);
    for (const l of symbols) {
      const source = 'source' in l ? String(l.source) : '';
      const italic = (Object.values(PHYSICAL_SRC) as string[]).includes(source) && l.id !== PHYSICAL_LAYER.peakLabel;
      expect((l.layout as Record<string, unknown>)['text-font'], l.id).toEqual([italic ? GLYPH_FONTS.italic : GLYPH_FONTS.regular]);
    }
  });

  it('has a glyph for every character of every label in public/geo, in the stack that writes it', () => {
    expect(strings.length).toBeGreaterThan(50);
    const by = labelStringsByStyle();
    for (const stack of STACKS) {
      const strings = by[stack.style];
      const ids = new Set(rangesFor(strings).flatMap((start) => (existsSync(file(stack.name, start)) ? decode(stack.name, start).glyphs.map((g) => g.id) : [])));
      const missing = new Set<string>();
      for (const s of strings) for (const ch of s) if (!ids.has(ch.codePointAt(0) as number)) missing.add(`${ch} in "${s}"`);
      expect([...missing], stack.name).toEqual([]);
    }
  });

  it("holds only what a label can show, with the style's own text: mode words and peak elevations", () => {
    const regular = decode(FONT, 0).glyphs.map((g) => g.id);
    // Latin-1 letters no name uses are left out; the first view's range is a fraction of 256.
    expect(regular.length).toBeLessThan(120);
    expect(regular).not.toContain('þ'.codePointAt(0));
    const ids = new Set(rangesFor(strings).flatMap((start) => (existsSync(file(FONT, start)) ? decode(FONT, start).glyphs.map((g) => g.id) : [])));
    // In every language: its mode words and its way of writing an elevation (Russian groups digits with U+00A0, «м»).
    for (const lang of LANGS) {
      // Every elevation the data holds, not the build's sample: a digit or separator it missed shows here.
      const elevations = ['physical.geojson', 'physical-detail.geojson'].flatMap((f) =>
        (JSON.parse(readFileSync(resolve('public/geo', f), 'utf8')) as { features: { properties: { elevation?: number } }[] }).features.flatMap((x) =>
          typeof x.properties.elevation === 'number' ? [elevationLabel(lang, x.properties.elevation)] : [],
        ),
      );
      expect(elevations.length).toBeGreaterThan(5);
      const words = modeWords(lang);
      expect(words).toHaveLength(Object.keys(modeNoun).length);
      for (const text of [...words, ...elevations]) for (const ch of text) expect(ids.has(ch.codePointAt(0) as number), `${lang}: ${ch} of "${text}"`).toBe(true);
    }
  });

  it('is MapLibre glyph PBF: named range, bitmaps of (width + 6) × (height + 6) SDF bytes', () => {
    const r = decode(FONT, 0);
    expect(r.name).toBe(FONT);
    expect(r.range).toBe('0-255');
    const A = r.glyphs.find((g) => g.id === 65);
    expect(A).toBeDefined();
    expect(A?.bitmap?.length).toBe(((A?.width ?? 0) + 2 * GLYPH_BORDER) * ((A?.height ?? 0) + 2 * GLYPH_BORDER));
    // 24 px Noto Sans: a capital is ~17 px tall and sits 27 px below the origin less its top.
    expect(A?.height).toBeGreaterThanOrEqual(17);
    expect(A?.height).toBeLessThanOrEqual(19);
    expect(A?.advance).toBe(15); // 639 units of 1000 at 24 px
    const bitmap = A?.bitmap as Uint8Array;
    // Inside the ink the field is above the 192 edge, at the border well below it.
    expect(Math.max(...bitmap)).toBeGreaterThan(192);
    expect(bitmap[0]).toBeLessThan(100);
    const space = r.glyphs.find((g) => g.id === 32);
    expect(space?.bitmap).toBeUndefined();
    expect(space?.advance).toBeGreaterThan(0);
  });

  it('is what npm run glyphs builds, byte for byte', () => {
    for (const stack of STACKS) {
      const built = buildRange(stack, 0);
      expect(built && Buffer.from(built).equals(readFileSync(file(stack.name, 0))), stack.name).toBe(true);
    }
  });
});

describe('rasterize', () => {
  it('covers a pixel-aligned square fully and nothing around it', () => {
    const square = flatten([{ type: 'M', x: 1, y: 1 }, { type: 'L', x: 3, y: 1 }, { type: 'L', x: 3, y: 3 }, { type: 'L', x: 1, y: 3 }, { type: 'Z' }]);
    expect(bounds(square)).toEqual({ xMin: 1, yMin: 1, xMax: 3, yMax: 3 });
    expect([...rasterize(square, 4, 4)]).toEqual([0, 0, 0, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 0, 0, 0]);
  });

  it('covers half-pixel edges by half, whichever way the contour winds', () => {
    const cw = flatten([{ type: 'M', x: 0.5, y: 0 }, { type: 'L', x: 1.5, y: 0 }, { type: 'L', x: 1.5, y: 1 }, { type: 'L', x: 0.5, y: 1 }, { type: 'Z' }]);
    const ccw = flatten([{ type: 'M', x: 0.5, y: 0 }, { type: 'L', x: 0.5, y: 1 }, { type: 'L', x: 1.5, y: 1 }, { type: 'L', x: 1.5, y: 0 }, { type: 'Z' }]);
    expect([...rasterize(cw, 2, 1)]).toEqual([128, 128]);
    expect([...rasterize(ccw, 2, 1)]).toEqual([128, 128]);
  });
});

describe('encodeGlyphRange', () => {
  it('round-trips and orders glyphs by code point', () => {
    const bytes = encodeGlyphRange({
      name: 'X',
      range: '0-255',
      glyphs: [
        { id: 66, bitmap: new Uint8Array(49), width: 1, height: 1, left: -1, top: -10, advance: 5 },
        { id: 32, width: 0, height: 0, left: 0, top: -27, advance: 6 },
      ],
    });
    const r = decodeGlyphRange(bytes);
    expect(r.glyphs.map((g) => g.id)).toEqual([32, 66]);
    expect(r.glyphs[1]).toMatchObject({ left: -1, top: -10, advance: 5, width: 1, height: 1 });
  });
});
