// Names written along lines, as MapLibre's `symbol-placement: line` writes a river's name and a
// route's mode word: where a stretch of the line inside the view is long and straight enough for
// the text, repeated every `spacing` px along long lines, always reading left to right. Pure
// geometry in screen px, for the SVG export (exportSvg.ts), which adds the collision check.
import { pointAt, segmentInBox } from './clip';

export type Pt = [number, number];

/** A rectangle on the drawing: what a label covers, for the collision check. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LineLabelOptions {
  /** The drawing's size: a label lies wholly inside it. */
  width: number;
  height: number;
  /** The space the text takes along the line, in px. */
  length: number;
  /** Distance between repeated labels on one stretch (MapLibre's `symbol-spacing`). */
  spacing: number;
  /** The sharpest bend the text may follow, in degrees (MapLibre's `text-max-angle`)... */
  maxAngle: number;
  /** ...summed over any stretch this long, in px (about the text's size). */
  angleWindow: number;
}

const dist = (a: Pt, b: Pt) => Math.hypot(b[0] - a[0], b[1] - a[1]);

/**
 * The stretches of a line inside the drawing, each its own polyline: segments that cross the edge
 * are cut at it, so a leg with one end beyond the view still has its part in view. Points less than
 * 0.5 px apart are dropped.
 */
export function stretchesInside(line: readonly Pt[], width: number, height: number): Pt[][] {
  const out: Pt[][] = [];
  let run: Pt[] = [];
  const end = () => {
    if (run.length > 1) out.push(run);
    run = [];
  };
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const t = [...a, ...b].every(Number.isFinite) ? segmentInBox(a, b, [0, 0, width, height]) : null;
    const clipped = t && ([pointAt(a, b, t[0]), pointAt(a, b, t[1])] as const);
    if (!clipped) {
      end();
      continue;
    }
    const [from, to] = clipped;
    // A segment that enters the drawing starts a new stretch; one that goes on from the last continues it.
    if (!run.length || dist(run[run.length - 1], from) >= 0.5) {
      end();
      run.push(from);
    }
    if (dist(run[run.length - 1], to) >= 0.5) run.push(to);
  }
  end();
  return out;
}

/** The piece of a polyline between distances `from` and `to` along it. */
export function slice(line: readonly Pt[], from: number, to: number): Pt[] {
  const out: Pt[] = [];
  let at = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const len = dist(a, b);
    const end = at + len;
    // Strictly: a cut that falls on a vertex must not push that point twice (a false bend).
    if (end > from && at < to && len > 0) {
      if (!out.length) out.push(pointAt(a, b, Math.max(0, (from - at) / len)));
      if (end <= to) out.push(b);
      else {
        out.push(pointAt(a, b, (to - at) / len));
        break;
      }
    }
    at = end;
  }
  return out;
}

/**
 * The largest total turn of a polyline within any `window` px along it, in degrees: how sharply text
 * written along it must bend (MapLibre's text-max-angle is judged over a window, not a vertex).
 */
export function sharpestBend(line: readonly Pt[], window = 0): number {
  // Each inner vertex's turn, at its distance along the line.
  const turns: { at: number; deg: number }[] = [];
  let at = 0;
  for (let i = 1; i < line.length - 1; i++) {
    at += dist(line[i - 1], line[i]);
    const a = Math.atan2(line[i][1] - line[i - 1][1], line[i][0] - line[i - 1][0]);
    const b = Math.atan2(line[i + 1][1] - line[i][1], line[i + 1][0] - line[i][0]);
    let turn = Math.abs(b - a);
    if (turn > Math.PI) turn = 2 * Math.PI - turn;
    turns.push({ at, deg: (turn * 180) / Math.PI });
  }
  let worst = 0;
  for (let i = 0; i < turns.length; i++) {
    let sum = 0;
    for (let j = i; j < turns.length && turns[j].at - turns[i].at <= window; j++) sum += turns[j].deg;
    worst = Math.max(worst, sum);
  }
  return worst;
}

/**
 * The paths a label is written along on one line. Each stretch inside the drawing is cut into
 * windows about `spacing` long (one window on a stretch shorter than that), and each window gets at
 * most one label: the piece of line `length` long around the anchor nearest the window's middle
 * that bends no more sharply than `maxAngle` and that `free` accepts (the caller's collision check,
 * which claims the space when it says yes). The piece is turned to read left to right.
 */
export function lineLabelPaths(line: readonly Pt[], o: LineLabelOptions, free: (piece: Pt[]) => boolean = () => true): Pt[][] {
  const out: Pt[][] = [];
  // Anchors tried within a window: its middle, then a quarter of the text's length either side, and so on.
  const step = Math.max(o.length / 4, 4);
  for (const run of stretchesInside(line, o.width, o.height)) {
    let total = 0;
    for (let i = 1; i < run.length; i++) total += dist(run[i - 1], run[i]);
    if (total < o.length) continue;
    // At least the text's length apart: a spacing of 0 would ask for labels without end.
    const n = Math.max(1, Math.floor(total / Math.max(o.spacing, o.length)));
    for (let k = 0; k < n; k++) {
      const [lo, hi] = [Math.max((k * total) / n, o.length / 2), Math.min(((k + 1) * total) / n, total - o.length / 2)];
      const mid = (lo + hi) / 2;
      for (let j = 0; mid - j * step >= lo || mid + j * step <= hi; j++) {
        const tries = j === 0 ? [mid] : [mid - j * step, mid + j * step].filter((a) => a >= lo && a <= hi);
        const hit = tries
          .map((a) => slice(run, a - o.length / 2, a + o.length / 2))
          .map((piece) => (piece.length > 1 && piece[piece.length - 1][0] < piece[0][0] ? piece.reverse() : piece))
          .find((piece) => piece.length > 1 && sharpestBend(piece, o.angleWindow) <= o.maxAngle && free(piece));
        if (hit) {
          out.push(hit);
          break;
        }
      }
    }
  }
  return out;
}

/** Boxes along a path, `size` px square around points at most `size` apart: what the text covers, for collisions. */
export function boxesAlong(path: readonly Pt[], size: number): Box[] {
  const h = size / 2;
  const pts: Pt[] = [path[0]];
  for (let i = 1; i < path.length; i++) {
    const steps = Math.ceil(dist(path[i - 1], path[i]) / size);
    for (let s = 1; s <= steps; s++) pts.push(pointAt(path[i - 1], path[i], s / steps));
  }
  return pts.map(([x, y]) => ({ x0: x - h, y0: y - h, x1: x + h, y1: y + h }));
}
