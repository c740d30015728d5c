// Writes app state into the address bar: a new selection is a history entry (so Back and Forward
// walk through selections); a map move only replaces the current entry.
import { formatHash, parseHash, type HashState } from './url';

export type WriteMode = 'push' | 'replace';

export function writeHash(patch: HashState, mode: WriteMode, win: Window = window): void {
  const current = parseHash(win.location.hash);
  const next: HashState = { ...current.state, ...patch };
  for (const k of Object.keys(patch) as (keyof HashState)[]) if (patch[k] === undefined) delete next[k];
  const hash = formatHash(next, current.rest);
  if (hash === win.location.hash) return;
  const url = `${win.location.pathname}${win.location.search}${hash}`;
  if (mode === 'push') win.history.pushState(null, '', url);
  else win.history.replaceState(null, '', url);
}
