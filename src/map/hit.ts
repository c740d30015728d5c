// Which of several routes under the pointer a click means: the one whose line passes closest to
// it on screen. Overlapping ferry lines and parallel tracks would otherwise go to whichever is on top.

export type Pt = { x: number; y: number };

export function distanceToSegment(p: Pt, a: Pt, b: Pt): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function distanceToLine(p: Pt, line: Pt[]): number {
  if (line.length === 1) return Math.hypot(p.x - line[0].x, p.y - line[0].y);
  let best = Infinity;
  for (let i = 1; i < line.length; i++) best = Math.min(best, distanceToSegment(p, line[i - 1], line[i]));
  return best;
}

/** The index of the nearest candidate; ties go to the earlier one, so the order of the data decides. */
export function nearest<T>(p: Pt, candidates: { item: T; lines: Pt[][] }[]): T | null {
  let best: T | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = Math.min(...c.lines.map((l) => distanceToLine(p, l)));
    if (d < bestD - 0.01) {
      best = c.item;
      bestD = d;
    }
  }
  return best;
}
