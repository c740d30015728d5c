// Reads a CPU profile of one page load: where the main thread's time went, by function and by
// package or source folder (minified positions are mapped back through the build's source maps).
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChunkMap } from './sourcemap';
import { categoryOfSource, loadChunkMap, packageOf, showSource } from './bytes';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotSpot {
  fn: string;
  where: string;
  owner: string;
  selfMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  top: HotSpot[];
  byOwner: { owner: string; selfMs: number }[];
}

/** `urlToFile` maps a script URL to the built file (with a .map next to it), or null. */
export function summarizeProfile(profile: CpuProfile, urlToFile: (url: string) => string | null, root: string, topN = 10): ProfileSummary {
  const maps = new Map<string, ChunkMap | null>();
  const chunkFor = (url: string): ChunkMap | null => {
    if (!maps.has(url)) {
      const file = urlToFile(url);
      maps.set(url, file ? loadChunkMap(file) : null);
    }
    return maps.get(url) ?? null;
  };
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < deltas.length ? deltas[i + 1] : 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt / 1000);
  }
  const fns = new Map<string, HotSpot>();
  const owners = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (t === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let owner: string;
    let where: string;
    if (!url) {
      owner = functionName.startsWith('(') ? functionName : '(native)';
      where = '';
    } else {
      const chunk = chunkFor(url);
      const at = chunk?.sourceAt(lineNumber, columnNumber) ?? null;
      const file = basename(new URL(url).pathname);
      if (at) {
        const { source } = at;
        owner = packageOf(source) ?? categoryOfSource(source, root).owner;
        where = `${showSource(source, root)}:${at.line}`;
      } else {
        owner = file;
        where = `${file}:${lineNumber + 1}:${columnNumber + 1}`;
      }
    }
    const key = `${functionName}\0${where}`;
    const prev = fns.get(key);
    if (prev) prev.selfMs += t;
    else fns.set(key, { fn: functionName || '(anonymous)', where, owner, selfMs: t });
    owners.set(owner, (owners.get(owner) ?? 0) + t);
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    totalMs: r((profile.endTime - profile.startTime) / 1000),
    top: [...fns.values()]
      .filter((f) => f.owner !== '(idle)' && f.owner !== '(program)')
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, topN)
      .map((f) => ({ ...f, selfMs: r(f.selfMs) })),
    byOwner: [...owners].map(([owner, t]) => ({ owner, selfMs: r(t) })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

export const fileUnder = (dir: string, base: string) => (url: string) => {
  if (!url.startsWith(base)) return null;
  const f = join(dir, decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length)));
  return existsSync(f) ? f : null;
};
