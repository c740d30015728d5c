// The shape of bench/results.json: what the measuring half writes and the report half reads. Keeping
// it in one place lets the report re-render old results without a browser.
import type { Category } from './bytes';
import type { HotSpot } from './profile';
import type { Summary } from './stats';

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

export interface Met {
  idle: boolean;
  click: boolean;
  total: boolean;
  own: boolean;
  heap: boolean;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  webgl: string;
  loadAverage: { start: number; end: number };
}

/** One load's timeline from navigation start, in ms (null when the page had no such event). */
export interface LoadTimes {
  dcl: number;
  fcp: number | null;
  data?: number | null;
  worker: number | null;
}

export interface Click {
  state: string;
  selected: string | null;
  external: number;
  /** From the click itself (its event's time, at the button's release) to `panel-open`. */
  fromClick?: number;
  measure: number;
  toPaint: number | null;
}

export interface HeapPoint {
  cycle: number;
  used: number;
  nodes: number;
  listeners: number;
}

export interface PageProfile {
  totalMs: number;
  byOwner: { owner: string; selfMs: number }[];
  top: HotSpot[];
}

export interface Results {
  date: string;
  machine: Machine;
  config: {
    runs: number;
    warmup: number;
    clickRounds: number;
    cycles: number;
    viewport: { width: number; height: number };
    build: string;
    /** How long the whole measuring took, in whole minutes (absent in results before it was recorded). */
    minutes?: number;
  };
  targets: Targets;
  met: Met;
  firstIdle: {
    app: Summary;
    bare: Summary;
    bareLabels: Summary;
    ratio: number;
    ratioToBareLabels: number;
    labelsOnBare: number;
    perRunRatios: { appToBare: Summary; appToBareLabels: Summary; bareLabelsToBare: Summary };
    order: string;
    appRuns: LoadTimes[];
    bareRuns: LoadTimes[];
    bareLabelsRuns: LoadTimes[];
    camera: { w: number; h: number; lon: number; lat: number; zoom: number };
  };
  clickToPanel: {
    /** From the pointerdown: includes the press itself, here the driver's two input messages. */
    external: Summary;
    /** From the click (the button's release, when the browser dispatches `click`): the judged figure. */
    fromClick?: Summary;
    measure: Summary;
    toNextPaint: Summary | null;
    clicks: Click[];
  };
  bytes: {
    total: number;
    own: number;
    byCategory: Record<Category, number>;
    bare: number;
    bareLabels: number;
    files: { path: string; bytes: number; gzip: number }[];
    largest: { category: Category; owner: string; gzip: number }[];
    loadedOnUseOnly: { path: string; gzip: number }[];
    /** Loaded in the seconds after the first idle (the content, the side panel, the full boundaries…); not in the first load. */
    afterIdle?: { path: string; gzip: number }[];
    lazyButInFirstLoad: { source: string; gzip: number }[];
  };
  memory: {
    /** From the app once opened (its first idle and what it then loads by itself) to the last cycle: the judged figure. */
    growthBytes: number;
    /** From the first idle itself, which also counts the loads the app makes after it (absent in older results). */
    fromIdleBytes?: number;
    points: HeapPoint[];
    /** The heap at the first idle, before those loads. */
    atIdle?: HeapPoint;
    via: { legend: number; hash: number };
    cycleMs: number;
    /** Cycles in one pass over every state and route (absent before it was recorded: the first checkpoint). */
    firstPass?: number;
    cameraOnly: { moves: number; growth: number; points: HeapPoint[] };
  } | null;
  profile: Record<'app' | 'bare' | 'bareLabels', PageProfile> | null;
}
