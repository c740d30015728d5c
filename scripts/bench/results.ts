// The shapes of bench/results.json and bench/scale.json, what the measuring runs write and the
// report reads, with the targets and the summary statistics: so old results re-render without a browser.
import type { Category } from './bytes';

export interface Targets {
  /** First map idle: the app at most this many times the bare page. */
  idleRatio: number;
  /** Click to panel, median, in ms. */
  clickMs: number;
  /** First load, gzipped, in bytes. */
  totalBytes: number;
  /** The app's own code, content and small libraries, gzipped, in bytes. */
  ownBytes: number;
  /** JS heap growth after the select-and-close cycles, in bytes. */
  heapBytes: number;
}

export const TARGETS: Targets = { idleRatio: 1.2, clickMs: 50, totalBytes: 600_000, ownBytes: 60_000, heapBytes: 5_000_000 };

/** The scaling run's aims: cost at most linear in the data, and click → panel under 50 ms at 16×. */
export const SCALE_AIMS = { exponent: 1, clickMs: 50, clickAtN: 16 } as const;

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function summarize(xs: number[], digits = 1): Summary {
  return { n: xs.length, median: round(median(xs), digits), min: round(Math.min(...xs), digits), max: round(Math.max(...xs), digits), runs: xs.map((x) => round(x, digits)) };
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB?: number;
  os?: string;
  node?: string;
  chromium?: string;
  loadAverage: { start: number; end: number };
}

export interface Click {
  state: string;
  selected: string | null;
  /** The click event (its own timeStamp, at the button's release) → the `panel-open` mark: the judged figure. */
  fromClick: number;
  /** The app's own `click-to-panel` measure (`select` → `panel-open`). */
  measure: number;
}

export interface HeapPoint {
  cycle: number;
  used: number;
  nodes: number;
  listeners: number;
}

export interface Results {
  date: string;
  machine: Machine;
  config: { runs: number; warmup: number; clickRounds: number; cycles: number; viewport: { width: number; height: number }; minutes?: number };
  targets: Targets;
  firstIdle: {
    app: Summary;
    bare: Summary;
    bareLabels: Summary;
    /** The first camera and map size, read from the e2e twin, which the bare pages copy. */
    camera: { w: number; h: number; lon: number; lat: number; zoom: number };
  };
  clickToPanel: { fromClick: Summary; measure: Summary; clicks: Click[] };
  bytes: {
    total: number;
    /** The app's code, content and libraries other than React and MapLibre. */
    own: number;
    byCategory: Record<Category, number>;
    bare: number;
    bareLabels: number;
    /** The first load of a Russian reader (`?lang=ru`), gzipped; reported, judged by the same budget. Absent in results from before it was measured. */
    russian?: number;
    largest: { category: Category; owner: string; gzip: number }[];
  };
  memory: {
    /** From the app once opened (its first idle and what it then loads by itself) to the last cycle: the judged figure. */
    growthBytes: number;
    /** From the first idle itself, which also counts the loads the app makes after it. */
    fromIdleBytes: number;
    points: HeapPoint[];
    /** The same camera moves in a fresh page with nothing selected: MapLibre's own growth. */
    cameraOnly: { moves: number; growth: number; points: HeapPoint[] };
  } | null;
}

export const SCALE_MEASURES = ['firstIdle', 'contentBuild', 'searchIndex', 'searchQuery', 'clickToPanel'] as const;
export type ScaleMeasure = (typeof SCALE_MEASURES)[number];

/** What N× holds: the real data is 1×. */
export interface ScaleCounts {
  routes: number;
  /** Route legs: the LineStrings in routes.geojson. */
  legs: number;
  places: number;
  commitments: number;
}

/** One size's figures, each a summary over the runs (ms). */
export type ScaleSize = { n: number; counts: ScaleCounts; clicks: Click[]; notices: string[] } & Record<ScaleMeasure, Summary>;

export interface ScaleResults {
  date: string;
  machine: Machine;
  config: { sizes: number[]; runs: number; warmup: number; query: string; viewport: { width: number; height: number }; seconds: number };
  sizes: ScaleSize[];
}
