// The scaling run's half of the report: bench/scale.json (written by scale.ts) → a markdown table of
// each measure at 1×, 4× and 16× the data with its growth exponent against the aims. Pure, so old
// results re-render without a browser and the tests need none.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { table, type Summary } from './stats';

export const SCALE_PATH = 'bench/scale.json';

/** The aims the issue sets: cost at most linear in the data, and click → panel under 50 ms at 16×. */
export const SCALE_AIMS = { exponent: 1, clickMs: 50, clickAtN: 16 } as const;

/** What N× holds: the real data is 1×. */
export interface ScaleCounts {
  routes: number;
  /** Route legs: the LineStrings in routes.geojson. */
  legs: number;
  places: number;
  commitments: number;
}

export interface ScaleClick {
  state: string;
  selected: string | null;
  /** The click event (a capture listener, its own timeStamp) → the `panel-open` mark. */
  external: number;
  /** The app's own `click-to-panel` measure (`select` → `panel-open`). */
  measure: number;
}

/** One size's figures, each a summary over the runs (ms). */
export interface ScaleSize {
  n: number;
  counts: ScaleCounts;
  /** What the map was actually given, read back from its sources on a loaded page. */
  drawn: { routes: number; places: number } | null;
  firstIdle: Summary;
  contentBuild: Summary;
  searchIndex: Summary;
  /** The query for the whole word, after typing it key by key. */
  searchQuery: Summary;
  clickToPanel: Summary;
  clickMeasure: Summary;
  clicks: ScaleClick[];
  /** Notices the page showed (a data error would be one); empty when all is well. */
  notices: string[];
}

export interface ScaleResults {
  date: string;
  machine: { cpu: string; cores: number; loadAverage: { start: number; end: number } };
  config: { sizes: number[]; runs: number; warmup: number; query: string; viewport: { width: number; height: number }; build: string; seconds: number };
  sizes: ScaleSize[];
  /** Growth exponents as measured (the report recomputes them from the figures). */
  exponents: Record<ScaleMeasure, number | null>;
}

export const SCALE_MEASURES = ['firstIdle', 'contentBuild', 'searchIndex', 'searchQuery', 'clickToPanel'] as const;
export type ScaleMeasure = (typeof SCALE_MEASURES)[number];

export const SCALE_LABEL: Record<ScaleMeasure, string> = {
  firstIdle: 'First map idle (`map-idle`)',
  contentBuild: 'Link building (`content-build`)',
  searchIndex: 'Search index (`search-index`)',
  searchQuery: 'Search query (`search-query`)',
  clickToPanel: 'Click → panel (the click → `panel-open`)',
};

/**
 * Below this a time is read as this: Chromium's timer is coarsened to 0.1 ms on a page that is not
 * cross-origin isolated, so a 0 means "under a tick" and log(0) would make the fit meaningless.
 */
export const TIMER_TICK_MS = 0.1;

/**
 * The growth exponent: the least-squares slope of log(time) against log(N). 1 is linear, 0 flat,
 * 2 quadratic. Null with fewer than two distinct sizes.
 */
export function growthExponent(points: { n: number; ms: number }[]): number | null {
  const pts = points.filter((p) => p.n > 0 && Number.isFinite(p.ms));
  if (new Set(pts.map((p) => p.n)).size < 2) return null;
  const xs = pts.map((p) => Math.log(p.n));
  const ys = pts.map((p) => Math.log(Math.max(p.ms, TIMER_TICK_MS)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxy / sxx;
}

export function exponents(r: Pick<ScaleResults, 'sizes'>): Record<ScaleMeasure, number | null> {
  return Object.fromEntries(SCALE_MEASURES.map((m) => [m, growthExponent(r.sizes.map((s) => ({ n: s.n, ms: s[m].median })))])) as Record<ScaleMeasure, number | null>;
}

/** "0.4 ms" under 10 ms (sub-millisecond measures matter here), "123 ms" above. */
export const time = (x: number): string => (x < 10 ? `${(Math.round(x * 10) / 10).toFixed(1)} ms` : `${Math.round(x)} ms`);

/** One measure against its aims: `met`, or `**missed**` with what missed. */
export function scaleVerdict(measure: ScaleMeasure, exponent: number | null, r: Pick<ScaleResults, 'sizes'>): string {
  const misses: string[] = [];
  if (exponent === null) return '—';
  if (exponent > SCALE_AIMS.exponent) misses.push(`grows as N^${exponent.toFixed(2)}`);
  if (measure === 'clickToPanel') {
    const at = r.sizes.find((s) => s.n === SCALE_AIMS.clickAtN);
    if (!at) misses.push(`not measured at ${SCALE_AIMS.clickAtN}×`);
    else if (!(at.clickToPanel.median < SCALE_AIMS.clickMs)) misses.push(`${time(at.clickToPanel.median)} at ${SCALE_AIMS.clickAtN}×`);
  }
  return misses.length ? `**missed**: ${misses.join('; ')}` : 'met';
}

export function scaleTable(r: Pick<ScaleResults, 'sizes'>): string {
  const exp = exponents(r);
  const aim = (m: ScaleMeasure) => `≤ ${SCALE_AIMS.exponent} (linear)${m === 'clickToPanel' ? `; < ${SCALE_AIMS.clickMs} ms at ${SCALE_AIMS.clickAtN}×` : ''}`;
  const rows = SCALE_MEASURES.map((m) => [
    SCALE_LABEL[m],
    ...r.sizes.map((s) => time(s[m].median)),
    exp[m] === null ? '—' : exp[m]!.toFixed(2),
    aim(m),
    scaleVerdict(m, exp[m], r),
  ]);
  return table(['measure, median', ...r.sizes.map((s) => `${s.n}×`), 'growth exponent', 'aim', 'result'], rows);
}

/** The line that says what N× is. */
export function sizesLine(r: Pick<ScaleResults, 'sizes'>): string {
  const c = (s: ScaleSize) =>
    `${s.n}× = ${s.counts.routes} routes (${s.counts.legs} legs), ${s.counts.places} places, ${s.counts.commitments} commitments`;
  return `N× is the real data (1×) and N − 1 synthetic copies of every route, place and commitment, each copy shifted a little on the map: ${r.sizes.map(c).join('; ')}.`;
}

/** The part of the README and of docs/benchmark.md: a lead, the table, what N× is, and any warnings. */
export function scaleSection(r: ScaleResults): string {
  const met = SCALE_MEASURES.filter((m) => scaleVerdict(m, exponents(r)[m], r) === 'met').length;
  const lines = [
    `**Scaling** (\`npm run bench:scale\`, ${r.date.slice(0, 10)}; ${met} of ${SCALE_MEASURES.length} measures met their aims): the same app (\`e2e\` build, reduced motion, ${r.config.viewport.width}×${r.config.viewport.height}) with 1×, 4× and 16× the data, median of ${r.config.runs} loads each in a rotating order; the growth exponent is the least-squares slope of log(time) against log(N) (1 = linear). Search: the declaration's search box, "${r.config.query}" typed key by key; the query time is that of the whole word.`,
    '',
    scaleTable(r),
    '',
    sizesLine(r),
  ];
  const wrong = r.sizes.flatMap((s) => s.clicks.filter((c) => c.selected !== c.state).map((c) => `${s.n}×: ${c.state} → ${c.selected}`));
  const notices = r.sizes.filter((s) => s.notices.length).map((s) => `${s.n}×: ${s.notices.join(' / ')}`);
  if (wrong.length) lines.push('', `Clicks that selected something else than the state under the pointer: ${wrong.join(', ')}.`);
  if (notices.length) lines.push('', `Notices the page showed: ${notices.join('; ')}.`);
  return lines.join('\n');
}

/** bench/scale.json when the scaling run has been measured; null otherwise. */
export function readScale(root = process.cwd()): ScaleResults | null {
  const file = resolve(root, SCALE_PATH);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ScaleResults) : null;
}
