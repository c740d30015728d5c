// The few parts of opentype.js (which ships no types) that the glyph build uses.
declare module 'opentype.js' {
  export interface Path {
    /** M, L, Q, C and Z commands, y pointing down (see PathCommand in rasterize.ts). */
    commands: unknown[];
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    charToGlyphIndex(s: string): number;
    glyphs: { get(index: number): Glyph };
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
