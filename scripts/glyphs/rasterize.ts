// An anti-aliased, non-zero fill of glyph outlines into an alpha bitmap, in plain TypeScript, so
// that the SDF step can run at build time in node where there is no canvas. Coverage is the exact
// signed area each pixel's segments sweep (the accumulation method of font-rs / stb_truetype 2),
// which is what a browser canvas computes for a simple fill, to within rounding.

export type PathCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** A straight edge, y pointing down as on a canvas. */
export type Segment = readonly [x0: number, y0: number, x1: number, y1: number];

/** Curves become chords short enough (≤ ~0.25 px of sag at glyph sizes) not to show. */
function steps(...pts: number[]): number {
  let len = 0;
  for (let i = 2; i < pts.length; i += 2) len += Math.hypot((pts[i] as number) - (pts[i - 2] as number), (pts[i + 1] as number) - (pts[i - 1] as number));
  return Math.min(64, Math.max(2, Math.ceil(Math.sqrt(len) * 2)));
}

/** Outline commands (offset by dx, dy) to closed polylines' edges. */
export function flatten(commands: readonly PathCommand[], dx = 0, dy = 0): Segment[] {
  const out: Segment[] = [];
  let sx = 0;
  let sy = 0;
  let x = 0;
  let y = 0;
  const lineTo = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) out.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  for (const c of commands) {
    if (c.type === 'M') {
      lineTo(sx, sy); // an unclosed contour still fills as closed, as on a canvas
      sx = x = c.x + dx;
      sy = y = c.y + dy;
    } else if (c.type === 'L') lineTo(c.x + dx, c.y + dy);
    else if (c.type === 'Q') {
      const [x0, y0, x1, y1, x2, y2] = [x, y, c.x1 + dx, c.y1 + dy, c.x + dx, c.y + dy];
      const n = steps(x0, y0, x1, y1, x2, y2);
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        lineTo(u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2);
      }
    } else if (c.type === 'C') {
      const [x0, y0, x1, y1, x2, y2, x3, y3] = [x, y, c.x1 + dx, c.y1 + dy, c.x2 + dx, c.y2 + dy, c.x + dx, c.y + dy];
      const n = steps(x0, y0, x1, y1, x2, y2, x3, y3);
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const d = 3 * u * t * t;
        const e = t * t * t;
        lineTo(a * x0 + b * x1 + d * x2 + e * x3, a * y0 + b * y1 + d * y2 + e * y3);
      }
    } else lineTo(sx, sy);
  }
  lineTo(sx, sy);
  return out;
}

export interface Bounds {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The ink's extent; null for a glyph with no outline (a space). */
export function bounds(segments: readonly Segment[]): Bounds | null {
  if (segments.length === 0) return null;
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (const [x0, y0, x1, y1] of segments) {
    xMin = Math.min(xMin, x0, x1);
    xMax = Math.max(xMax, x0, x1);
    yMin = Math.min(yMin, y0, y1);
    yMax = Math.max(yMax, y0, y1);
  }
  return { xMin, yMin, xMax, yMax };
}

/**
 * Fill the segments into a width × height alpha image (0–255, one byte per pixel). Ink outside the
 * image is clipped: edges left or right of it are pinned to its sides, which keeps the coverage of
 * the pixels inside exact.
 */
export function rasterize(segments: readonly Segment[], width: number, height: number): Uint8ClampedArray {
  const stride = width + 2; // room for the carry past the right edge
  const acc = new Float64Array(stride * height);
  const clampX = (v: number) => Math.min(width + 1, Math.max(0, v));
  for (const [ax, ay, bx, by] of segments) {
    if (ay === by) continue;
    const dir = ay < by ? 1 : -1;
    const [x0, y0, x1, y1] = ay < by ? [ax, ay, bx, by] : [bx, by, ax, ay];
    const dxdy = (x1 - x0) / (y1 - y0);
    const top = Math.max(0, y0);
    const bottom = Math.min(height, y1);
    if (top >= bottom) continue;
    let x = x0 + (top - y0) * dxdy;
    for (let row = Math.floor(top); row < bottom; row++) {
      const line = row * stride;
      const dy = Math.min(row + 1, bottom) - Math.max(row, top);
      const xNext = x + dxdy * dy;
      const d = dy * dir;
      const l = clampX(Math.min(x, xNext));
      const r = clampX(Math.max(x, xNext));
      const lFloor = Math.floor(l);
      const rCeil = Math.ceil(r);
      if (rCeil <= lFloor + 1) {
        // Within one pixel column: split by the mean x.
        const xm = (l + r) / 2 - lFloor;
        acc[line + lFloor] = (acc[line + lFloor] as number) + d * (1 - xm);
        acc[line + lFloor + 1] = (acc[line + lFloor + 1] as number) + d * xm;
      } else {
        const s = 1 / (r - l);
        const lf = l - lFloor;
        const a0 = 0.5 * s * (1 - lf) * (1 - lf);
        const rf = r - rCeil + 1;
        const am = 0.5 * s * rf * rf;
        acc[line + lFloor] = (acc[line + lFloor] as number) + d * a0;
        if (rCeil === lFloor + 2) acc[line + lFloor + 1] = (acc[line + lFloor + 1] as number) + d * (1 - a0 - am);
        else {
          const a1 = s * (1.5 - lf);
          acc[line + lFloor + 1] = (acc[line + lFloor + 1] as number) + d * (a1 - a0);
          for (let xi = lFloor + 2; xi < rCeil - 1; xi++) acc[line + xi] = (acc[line + xi] as number) + d * s;
          const a2 = a1 + (rCeil - lFloor - 3) * s;
          acc[line + rCeil - 1] = (acc[line + rCeil - 1] as number) + d * (1 - a2 - am);
        }
        acc[line + rCeil] = (acc[line + rCeil] as number) + d * am;
      }
      x = xNext;
    }
  }
  const out = new Uint8ClampedArray(width * height);
  for (let row = 0; row < height; row++) {
    let sum = 0;
    for (let col = 0; col < width; col++) {
      sum += acc[row * stride + col] as number;
      out[row * width + col] = Math.round(Math.min(1, Math.abs(sum)) * 255);
    }
  }
  return out;
}
