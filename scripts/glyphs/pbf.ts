// The glyph range file MapLibre fetches from a style's `glyphs` URL: one protobuf message holding a
// font stack's name, its range ("0-255") and its glyphs, each with a signed-distance-field bitmap
// of (width + 6) × (height + 6) bytes and its metrics in pixels at 24 px (the Mapbox glyphs.proto;
// MapLibre's reader is src/style/parse_glyph_pbf.ts).
import { PbfReader, PbfWriter } from 'pbf';

export interface GlyphRecord {
  id: number;
  /** Absent for a glyph without ink (a space): MapLibre then draws nothing and only advances. */
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export interface GlyphRange {
  name: string;
  range: string;
  glyphs: GlyphRecord[];
}

/** The pixels of padding MapLibre assumes around every bitmap (GLYPH_PBF_BORDER). */
export const GLYPH_BORDER = 3;

function writeGlyph(g: GlyphRecord, pbf: PbfWriter): void {
  pbf.writeVarintField(1, g.id);
  if (g.bitmap && g.bitmap.length > 0) pbf.writeBytesField(2, g.bitmap);
  pbf.writeVarintField(3, g.width);
  pbf.writeVarintField(4, g.height);
  pbf.writeSVarintField(5, g.left);
  pbf.writeSVarintField(6, g.top);
  pbf.writeVarintField(7, g.advance);
}

function writeStack(r: GlyphRange, pbf: PbfWriter): void {
  pbf.writeStringField(1, r.name);
  pbf.writeStringField(2, r.range);
  for (const g of r.glyphs) pbf.writeMessage(3, writeGlyph, g);
}

/** Glyphs in code point order, so the same glyphs always give the same bytes. */
export function encodeGlyphRange(r: GlyphRange): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, writeStack, { ...r, glyphs: [...r.glyphs].sort((a, b) => a.id - b.id) });
  return pbf.finish();
}

export function decodeGlyphRange(data: Uint8Array): GlyphRange {
  const out: GlyphRange = { name: '', range: '', glyphs: [] };
  new PbfReader(data).readFields((tag, result, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, stack: GlyphRange, p) => {
      if (t === 1) stack.name = p.readString();
      else if (t === 2) stack.range = p.readString();
      else if (t === 3) {
        const g: GlyphRecord = { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 };
        p.readMessage((k, o: GlyphRecord, q) => {
          if (k === 1) o.id = q.readVarint();
          else if (k === 2) o.bitmap = q.readBytes();
          else if (k === 3) o.width = q.readVarint();
          else if (k === 4) o.height = q.readVarint();
          else if (k === 5) o.left = q.readSVarint();
          else if (k === 6) o.top = q.readSVarint();
          else if (k === 7) o.advance = q.readVarint();
        }, g);
        stack.glyphs.push(g);
      }
    }, result);
  }, out);
  return out;
}
