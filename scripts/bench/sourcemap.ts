// Attributes the bytes of a minified chunk to the source files its source map names, so one chunk
// that bundles React, MapLibre and the app together can still be split by who wrote the bytes.
// Each mapping segment owns the generated text from its column up to the next segment's column;
// text no segment maps (MapLibre's shader strings, export tables) goes with the segment before it.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) DIGIT[B64.charCodeAt(i)] = i;

export interface RawSourceMap {
  sources: string[];
  mappings: string;
}

/** Segments of one generated line: start columns, source indexes (-1: unmapped), source lines. */
interface Line {
  cols: number[];
  srcs: number[];
  origLines: number[];
}

function decode(mappings: string): Line[] {
  const lines: Line[] = [];
  let source = 0;
  let origLine = 0;
  for (const text of mappings.split(';')) {
    const line: Line = { cols: [], srcs: [], origLines: [] };
    let col = 0;
    for (const seg of text.split(',')) {
      if (seg === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (let i = 0; i < seg.length; i++) {
        const d = DIGIT[seg.charCodeAt(i)] ?? -1;
        if (d < 0) throw new Error(`bad base64 VLQ digit ${JSON.stringify(seg[i])} in source map`);
        value += (d & 31) << shift;
        if (d & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        origLine += fields[2];
      }
      line.cols.push(col);
      line.srcs.push(fields.length >= 4 ? source : -1);
      line.origLines.push(fields.length >= 4 ? origLine : -1);
    }
    lines.push(line);
  }
  return lines;
}

export class ChunkMap {
  private readonly lines: Line[];
  constructor(
    readonly code: string,
    readonly map: RawSourceMap,
  ) {
    this.lines = decode(map.mappings);
  }

  /** The source file and 1-based line that wrote a generated position (0-based line and column). */
  sourceAt(line: number, column: number): { source: string; line: number } | null {
    const l = this.lines[line];
    if (!l || l.cols.length === 0) return null;
    let lo = 0;
    let hi = l.cols.length - 1;
    if (column < l.cols[0]) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (l.cols[mid] <= column) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i >= 0; i--) if (l.srcs[i] >= 0) return { source: this.map.sources[l.srcs[i]], line: l.origLines[i] + 1 };
    return null;
  }

  /**
   * The generated text grouped by owner. Owners are source paths as the map spells them, the keys
   * of `overrides` for the ranges given there (text the bundler inlined without mapping it, such as
   * a `?raw` import), and '' for text before the first mapped segment (the bundler's runtime).
   */
  textByOwner(overrides: { owner: string; start: number; end: number }[] = []): Map<string, string> {
    const code = this.code;
    const owners: string[] = [''];
    const index = new Map<string, number>([['', 0]]);
    const id = (o: string) => {
      let i = index.get(o);
      if (i === undefined) {
        i = owners.length;
        owners.push(o);
        index.set(o, i);
      }
      return i;
    };
    const own = new Int32Array(code.length);
    let pos = 0;
    let current = 0;
    const srcIds = this.map.sources.map((s) => id(s));
    const lineTexts = code.split('\n');
    lineTexts.forEach((text, n) => {
      const l = this.lines[n] ?? { cols: [], srcs: [], origLines: [] };
      let segment = 0;
      for (let c = 0; c < text.length; c++) {
        while (segment < l.cols.length && l.cols[segment] <= c) {
          if (l.srcs[segment] >= 0) current = srcIds[l.srcs[segment]];
          segment++;
        }
        own[pos + c] = current;
      }
      if (pos + text.length < code.length) own[pos + text.length] = current; // the newline
      pos += text.length + 1;
    });
    for (const o of overrides) own.fill(id(o.owner), o.start, o.end);
    const parts = new Map<string, string[]>();
    let start = 0;
    for (let i = 1; i <= code.length; i++) {
      if (i === code.length || own[i] !== own[start]) {
        const o = owners[own[start]];
        const list = parts.get(o);
        const text = code.slice(start, i);
        if (list) list.push(text);
        else parts.set(o, [text]);
        start = i;
      }
    }
    return new Map([...parts].map(([o, list]) => [o, list.join('')]));
  }
}

/**
 * Where the text of `content` sits in a chunk as a string literal, in any of the spellings a
 * bundler emits (template literal, double or single quotes), or null.
 */
export function findInlinedText(code: string, content: string): { start: number; end: number } | null {
  const spellings = [
    '`' + content.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`',
    JSON.stringify(content),
    "'" + JSON.stringify(content).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'") + "'",
  ];
  for (const s of spellings) {
    const at = code.indexOf(s);
    if (at >= 0) return { start: at, end: at + s.length };
  }
  // A minifier may re-escape a few characters; fall back to the first and last 200 characters.
  const head = content.slice(0, 200);
  const tail = content.slice(-200);
  const a = code.indexOf(head);
  if (a >= 0) {
    const b = code.indexOf(tail, a);
    if (b >= 0 && b - a < content.length * 1.2) return { start: a - 1, end: b + tail.length + 1 };
  }
  return null;
}
