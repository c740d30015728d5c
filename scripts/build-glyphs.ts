// `npm run glyphs`: the label font (Noto Sans, OFL, from @fontsource/noto-sans) → prebuilt
// signed-distance-field glyph ranges in public/glyphs/{fontstack}/{start}-{end}.pbf, the files a
// MapLibre style's `glyphs` URL points at. Drawing labels from these costs the browser a fetch and
// a decode; drawing them through `font-faces` costs a canvas rasterization and an SDF per glyph,
// on the main thread, before the first idle.
//
// The SDF is MapLibre's own: @mapbox/tiny-sdf, the package MapLibre rasterizes local glyphs with,
// run here on a stand-in canvas that fills the font's outlines (opentype.js reads the WOFF files;
// scripts/glyphs/rasterize.ts covers the pixels). Same EDT, radius and cutoff as in the browser.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import TinySDF from '@mapbox/tiny-sdf';
import opentype, { type Font } from 'opentype.js';
import { bounds, flatten, rasterize, type PathCommand, type Segment } from './glyphs/rasterize';
import { encodeGlyphRange, type GlyphRecord } from './glyphs/pbf';
import { LANGS, type Lang } from '../data/lang';
import { INTL_LOCALES } from '../src/i18n';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The glyph PBF convention MapLibre reads: 24 px glyphs, 3 px border, 8 px of distance, edge at 192. */
export const FONT_SIZE = 24;
export const BUFFER = 3;
export const RADIUS = 8;
export const CUTOFF = 0.25;

/**
 * MapLibre places a glyph's bitmap from `top`, counted from an origin 27.5 px above the baseline
 * for the glyphs it draws itself (glyph_manager.ts, `topAdjustment`), and `left` + 0.5 px. The PBF
 * fields are integers, so the outline is drawn half a pixel right and down and `top` counts from
 * 27 px: the ink lands where the `font-faces` labels put it today.
 */
export const TOP_ORIGIN = 27;
export const SUBPIXEL_SHIFT = 0.5;

export interface FontStack {
  /** The name a layer's `text-font` uses, and the folder its ranges are served from. */
  name: string;
  style: 'normal' | 'italic';
}

export const STACKS: readonly FontStack[] = [
  { name: 'Noto Sans Regular', style: 'normal' },
  { name: 'Noto Sans Italic', style: 'italic' },
];

/** @fontsource splits the font by script; a code point is taken from the first file that has it. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;

/**
 * Ranges always built, whatever the data holds today: Latin, Latin-1, Latin Extended-A and -B
 * (ʻ U+02BB of Uzbek Latin), Cyrillic and general punctuation, the scripts the style's
 * `font-faces` covered. A range the labels never use is never fetched, so it costs nothing.
 */
export const BASE_RANGES: readonly number[] = [0, 256, 512, 1024, 8192];

export const RANGE_SIZE = 256;
export const rangeName = (start: number) => `${start}-${start + RANGE_SIZE - 1}`;

export const GLYPHS_DIR = resolve(root, 'public/glyphs');
const GEO_DIR = resolve(root, 'public/geo');

/**
 * The font stack a feature's name is written in, as the style sets it: the physical layer's water
 * and landform names in italic (src/map/physical.ts), every other name upright (countries, places,
 * peaks). A test holds the style's symbol layers to this.
 */
export function styleOf(file: string, props: Record<string, unknown>): FontStack['style'] {
  return file.startsWith('physical') && props.kind !== 'peak' && props.kind !== 'pass' ? 'italic' : 'normal';
}

/**
 * The label strings in a folder of GeoJSON, by the font stack that writes them: the `name…`
 * properties as written, and upper-cased where the style upper-cases them (country names, mountain
 * ranges).
 */
export function labelStringsByStyle(dir: string = GEO_DIR): Record<FontStack['style'], string[]> {
  const out = { normal: new Set<string>(), italic: new Set<string>() };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: Array<{ properties: Record<string, unknown> | null }> };
    for (const f of fc.features) {
      const props = f.properties ?? {};
      const into = out[styleOf(file, props)];
      const upper = file.startsWith('countries') || props.kind === 'range';
      for (const [k, v] of Object.entries(props)) {
        if (k.startsWith('name') && typeof v === 'string') {
          into.add(v);
          if (upper) into.add(v.toUpperCase());
        }
      }
    }
  }
  // The other languages' names (src/i18n/names/<lang>.json), in the stack and case of the feature they name.
  // Matched against the atlas's own features (the tables name those), whatever folder is read.
  const physical = physicalByKey(GEO_DIR);
  for (const layers of Object.values(nameTables())) {
    for (const [layer, names] of Object.entries(layers)) {
      for (const [key, name] of Object.entries(names)) {
        const props = layer === 'physical' ? (physical.get(key) ?? {}) : {};
        const into = out[layer === 'physical' ? styleOf('physical', props) : 'normal'];
        into.add(name);
        if (layer === 'countries' || props.kind === 'range') into.add(name.toUpperCase());
      }
    }
  }
  return { normal: [...out.normal, ...STYLE_STRINGS].sort(), italic: [...out.italic].sort() };
}

const NAMES_DIR = resolve(root, 'src/i18n/names');

/** Each language's table of map names, by file: `{ countries: { id: name }, places: …, physical: … }`. */
function nameTables(): Record<string, Record<string, Record<string, string>>> {
  if (!existsSync(NAMES_DIR)) return {};
  return Object.fromEntries(
    readdirSync(NAMES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(join(NAMES_DIR, f), 'utf8')) as Record<string, Record<string, string>>]),
  );
}

/** The physical features by the key their names are looked up with: the id, else the name (src/map/labelText.ts). */
function physicalByKey(dir: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(dir).filter((f) => f.startsWith('physical') && f.endsWith('.geojson'))) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: Array<{ properties: Record<string, unknown> | null }> };
    for (const f of fc.features) {
      const p = f.properties ?? {};
      const key = p.id ?? p.name;
      if (typeof key === 'string' && !out.has(key)) out.set(key, p);
    }
  }
  return out;
}

/** Every label string, whichever stack writes it. */
export function labelStrings(dir: string = GEO_DIR): string[] {
  const by = labelStringsByStyle(dir);
  return [...new Set([...by.normal, ...by.italic])].sort();
}

function catalogOf(lang: Lang): Record<string, string> {
  return JSON.parse(readFileSync(resolve(root, `src/i18n/locales/${lang}.json`), 'utf8')) as Record<string, string>;
}

/** The mode words the style writes along the routes in `lang` (the catalog's `modeNoun.*`). */
export function modeWords(lang: Lang): string[] {
  return Object.entries(catalogOf(lang)).flatMap(([k, v]) => (k.startsWith('modeNoun.') ? [v] : []));
}

/**
 * A peak's elevation as the style writes it in `lang` (src/map/physical.ts: `number-format` in the
 * language's locale, then its metre symbol): «7 495 м» in Russian, with U+00A0 grouping the digits.
 */
export function elevationLabel(lang: Lang, metres: number): string {
  return `${new Intl.NumberFormat(INTL_LOCALES[lang]).format(metres)} ${catalogOf(lang)['map.metre']}`;
}

/**
 * Text the style writes besides the data's names, in every language of the atlas: the mode words
 * and the elevations, whose digits and separators are not in any name.
 */
export const STYLE_STRINGS: readonly string[] = LANGS.flatMap((lang) => [...modeWords(lang), '0123456789', elevationLabel(lang, 1234567.5)]);

/**
 * The code points built: only those some label can show. A range file then holds a few dozen
 * glyphs rather than every glyph of its 256, which is what the first view downloads (about a
 * quarter of the bytes). A code point no label uses would draw nothing if it ever appeared; the
 * glyph test fails first, since it checks every label's characters.
 */
export function labelCodePoints(strings: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const s of strings) for (const ch of s) out.add(ch.codePointAt(0) as number);
  return out;
}

/** The range starts these strings need, with the base ones. */
export function rangesFor(strings: readonly string[]): number[] {
  const starts = new Set(BASE_RANGES);
  for (const s of strings) for (const ch of s) starts.add(Math.floor((ch.codePointAt(0) as number) / RANGE_SIZE) * RANGE_SIZE);
  return [...starts].sort((a, b) => a - b);
}

function loadFont(subset: string, style: FontStack['style']): Font | null {
  let file: string;
  try {
    file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-${style}.woff`);
  } catch {
    return null;
  }
  const buf = readFileSync(file);
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
}

interface Outline {
  segments: Segment[];
  /** In pixels at FONT_SIZE. */
  advance: number;
}

/**
 * The canvas TinySDF believes it draws on: measureText and fillText answer from the font's
 * outlines, getImageData fills them. Only the calls TinySDF makes are implemented.
 */
class OutlineContext {
  outline: (ch: string) => Outline = () => ({ segments: [], advance: 0 });
  private drawn: { segments: Segment[]; x: number; y: number } | null = null;

  measureText(ch: string) {
    const o = this.outline(ch);
    const b = bounds(o.segments);
    return {
      width: o.advance,
      actualBoundingBoxLeft: b ? -b.xMin : 0,
      actualBoundingBoxRight: b ? b.xMax : 0,
      actualBoundingBoxAscent: b ? -b.yMin : 0,
      actualBoundingBoxDescent: b ? b.yMax : 0,
    };
  }

  clearRect(): void {
    this.drawn = null;
  }

  fillText(ch: string, x: number, y: number): void {
    this.drawn = { segments: this.outline(ch).segments, x, y };
  }

  getImageData(sx: number, sy: number, w: number, h: number): { data: Uint8ClampedArray } {
    const data = new Uint8ClampedArray(w * h * 4);
    if (!this.drawn) return { data };
    const { segments, x, y } = this.drawn;
    const dx = x - sx;
    const dy = y - sy;
    const moved = segments.map(([x0, y0, x1, y1]) => [x0 + dx, y0 + dy, x1 + dx, y1 + dy] as const);
    const alpha = rasterize(moved, w, h);
    for (let i = 0; i < alpha.length; i++) data[i * 4 + 3] = alpha[i] as number;
    return { data };
  }
}

class OutlineSDF extends TinySDF {
  declare ctx: OutlineContext;
  // Called by TinySDF's constructor for its drawing surface.
  _createCanvas(): { getContext: () => OutlineContext } {
    const ctx = new OutlineContext();
    return { getContext: () => ctx };
  }
}

/** A font stack's glyph source: the outline of each code point, from the subset file that has it. */
function outlines(style: FontStack['style']): (cp: number) => Outline | null {
  const fonts = SUBSETS.map((s) => loadFont(s, style)).filter((f): f is Font => f !== null);
  return (cp) => {
    const ch = String.fromCodePoint(cp);
    for (const font of fonts) {
      const index = font.charToGlyphIndex(ch);
      if (index <= 0) continue;
      const glyph = font.glyphs.get(index);
      const path = glyph.getPath(0, 0, FONT_SIZE);
      return {
        segments: flatten(path.commands as PathCommand[], SUBPIXEL_SHIFT, SUBPIXEL_SHIFT),
        advance: ((glyph.advanceWidth ?? 0) * FONT_SIZE) / font.unitsPerEm,
      };
    }
    return null;
  };
}

/** One range of one stack, as PBF bytes; null when the font has none of its code points. */
export function buildRange(stack: FontStack, start: number, source = outlines(stack.style), only: ReadonlySet<number> = labelCodePoints(labelStringsByStyle()[stack.style])): Uint8Array | null {
  const sdf = new OutlineSDF({ fontSize: FONT_SIZE, buffer: BUFFER, radius: RADIUS, cutoff: CUTOFF });
  const glyphs: GlyphRecord[] = [];
  for (let cp = start; cp < start + RANGE_SIZE; cp++) {
    // C0/C1 controls carry no glyph a label could show.
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || !only.has(cp)) continue;
    const o = source(cp);
    if (!o) continue;
    sdf.ctx.outline = () => o;
    const g = sdf.draw(String.fromCodePoint(cp));
    const inked = g.glyphWidth > 0 && g.glyphHeight > 0;
    glyphs.push({
      id: cp,
      ...(inked ? { bitmap: Uint8Array.from(g.data) } : {}),
      width: inked ? g.glyphWidth : 0,
      height: inked ? g.glyphHeight : 0,
      left: inked ? g.glyphLeft : 0,
      top: inked ? g.glyphTop - TOP_ORIGIN : -TOP_ORIGIN,
      advance: Math.round(g.glyphAdvance),
    });
  }
  return glyphs.length > 0 ? encodeGlyphRange({ name: stack.name, range: rangeName(start), glyphs }) : null;
}

/** Every file to write, keyed by its path under public/glyphs: each stack holds the code points its labels use. Deterministic. */
export function buildGlyphs(by: Record<FontStack['style'], readonly string[]> = labelStringsByStyle()): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const stack of STACKS) {
    const strings = by[stack.style];
    const only = labelCodePoints(strings);
    const source = outlines(stack.style);
    for (const start of rangesFor(strings)) {
      const bytes = buildRange(stack, start, source, only);
      if (bytes) files.set(`${stack.name}/${rangeName(start)}.pbf`, bytes);
    }
  }
  return files;
}

/** The whole folder is built beside the old one and swapped in, so no stale range survives. */
function writeGlyphs(dir: string, files: Map<string, Uint8Array>): void {
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), bytes);
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  renameSync(tmp, dir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const files = buildGlyphs();
    writeGlyphs(GLYPHS_DIR, files);
    const total = [...files.values()].reduce((a, b) => a + b.length, 0);
    console.log(`public/glyphs: ${files.size} ranges, ${(total / 1000).toFixed(1)} kB`);
  } catch (e) {
    console.error(`build-glyphs: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
