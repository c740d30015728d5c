// Clipping a segment to a box, shared by the geo build (the world beyond the detailed box,
// scripts/geo/world.ts) and the SVG export's names along lines (lineLabels.ts).
import type { Position } from 'geojson';

/** [west, south, east, north], or [left, top, right, bottom] on a drawing. */
type Extent = readonly [number, number, number, number];

/** The point a fraction `t` of the way from a to b. */
export const pointAt = (a: Position, b: Position, t: number): [number, number] => [
  (a[0] as number) + ((b[0] as number) - (a[0] as number)) * t,
  (a[1] as number) + ((b[1] as number) - (a[1] as number)) * t,
];

/**
 * The part of segment a→b inside a box, as parameters [t0, t1] along it (Liang–Barsky); null when
 * it misses the box.
 */
export function segmentInBox(a: Position, b: Position, box: Extent): [number, number] | null {
  const [w, s, e, n] = box;
  const dx = (b[0] as number) - (a[0] as number);
  const dy = (b[1] as number) - (a[1] as number);
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, (a[0] as number) - w],
    [dx, e - (a[0] as number)],
    [-dy, (a[1] as number) - s],
    [dy, n - (a[1] as number)],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}
