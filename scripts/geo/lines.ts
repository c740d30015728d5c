// Which line (data/lines.ts) each leg of a route runs over. A route is a service over lines; a leg
// from one place to the next (its waypoints included) must follow the nodes of exactly one line, in
// either direction, so its track status is that line's and never the route's.
import type { LineDef, RouteDef } from '../../data/types';

/** True when `seq` stands in `nodes` as consecutive entries, forwards or backwards. */
function runsAlong(nodes: readonly string[], seq: readonly string[]): boolean {
  const fits = (list: readonly string[]) => {
    for (let i = 0; i + seq.length <= list.length; i++) if (seq.every((n, k) => list[i + k] === n)) return true;
    return false;
  };
  return fits(nodes) || fits([...nodes].reverse());
}

/** The lines a stretch of nodes runs along: exactly one for a sound leg. */
export function linesAlong(lines: readonly LineDef[], seq: readonly string[], mode: string): LineDef[] {
  return lines.filter((l) => l.mode === mode && runsAlong(l.nodes, seq));
}

/** The node stretch [start, end] of a route's leg. */
export const legNodes = (r: RouteDef, start: number, end: number): string[] => r.nodes.slice(start, end + 1);
