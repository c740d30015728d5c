// The benchmark's tables: bench/results.json and bench/scale.json → the README's short tables and
// docs/benchmark.md's full ones, each between `<!-- bench:start -->` and `<!-- bench:end -->` (the
// method and the analysis around them are written by hand). Pure, so old results re-render without
// a browser: `npm run bench:report`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORIES, CATEGORY_LABEL } from './bytes';
import { SCALE_AIMS, SCALE_MEASURES, type Results, type ScaleMeasure, type ScaleResults, type Summary } from './results';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

export const ms = (x: number) => `${Math.round(x)} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const x = (r: number) => `${r.toFixed(2)}×`;
const signed = (d: number) => `${d >= 0 ? '+' : '−'}${ms(Math.abs(d))}`;
/** "1802 ms (1650–1950)". */
const spread = (s: Summary) => `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Each target met or not, from the figures themselves. */
export function judge(r: Results): Record<'idle' | 'click' | 'total' | 'own' | 'heap', boolean> {
  const t = r.targets;
  return {
    idle: r.firstIdle.app.median / r.firstIdle.bare.median <= t.idleRatio,
    click: r.clickToPanel.fromClick.median <= t.clickMs,
    total: r.bytes.total <= t.totalBytes,
    own: r.bytes.own <= t.ownBytes,
    heap: r.memory !== null && r.memory.growthBytes <= t.heapBytes,
  };
}

/** "met", or how far off: "**missed** by 122.0 KB". */
const verdict = (met: boolean, by: string) => (met ? 'met' : `**missed** by ${by}`);

/** The five targets in one short table: the README's part. */
export function summaryTable(r: Results): string {
  const met = judge(r);
  const { targets: t, bytes: b, memory: m } = r;
  const ratio = r.firstIdle.app.median / r.firstIdle.bare.median;
  const click = r.clickToPanel.fromClick.median;
  return table(
    ['measure', 'result', 'target', 'verdict'],
    [
      ['First map idle, app / bare MapLibre page', x(ratio), `≤ ${t.idleRatio}×`, verdict(met.idle, x(ratio - t.idleRatio))],
      ['Click to panel, median', ms(click), `≤ ${t.clickMs} ms`, verdict(met.click, ms(click - t.clickMs))],
      ['First load, gzipped', kb(b.total), `≤ ${kb(t.totalBytes)}`, verdict(met.total, kb(b.total - t.totalBytes))],
      ...(b.russian ? [['… in Russian (`?lang=ru`)', kb(b.russian), 'reported', '—']] : []),
      ["… the app's own code and content", kb(b.own), `≤ ${kb(t.ownBytes)}`, verdict(met.own, kb(b.own - t.ownBytes))],
      m
        ? [`JS heap growth, ${r.config.cycles} select-and-close cycles`, mb(m.growthBytes), `≤ ${mb(t.heapBytes)}`, verdict(met.heap, mb(m.growthBytes - t.heapBytes))]
        : ['JS heap growth', 'not measured', `≤ ${mb(t.heapBytes)}`, '—'],
    ],
  );
}

/** Every measure against the app, the two bare pages and its target: docs/benchmark.md's part. */
export function fullTable(r: Results): string {
  const met = judge(r);
  const { targets: t, firstIdle: i, clickToPanel: c, bytes: b, memory: m } = r;
  const ratio = i.app.median / i.bare.median;
  const allowed = i.bare.median * t.idleRatio;
  const rows = [
    [`First map idle (\`atlas:map-idle\`), median (min–max) of ${r.config.runs}`, spread(i.app), spread(i.bare), spread(i.bareLabels), `app ≤ ${t.idleRatio}× bare`, `**${x(ratio)}**, ${verdict(met.idle, `${ms(i.app.median - allowed)}: ${t.idleRatio} × ${ms(i.bare.median)} allows ${ms(allowed)}`)}`],
    ['… the app against the bare page with the same labels (same drawing)', '', '', '', 'for reference', `**${x(i.app.median / i.bareLabels.median)}** (app ${signed(i.app.median - i.bareLabels.median)}); the labels cost the bare page ${signed(i.bareLabels.median - i.bare.median)} (${x(i.bareLabels.median / i.bare.median)})`],
    [`Click to panel, the click → \`panel-open\`, median (min–max) of ${c.clicks.length}`, spread(c.fromClick), '—', '—', `≤ ${t.clickMs} ms`, verdict(met.click, ms(c.fromClick.median - t.clickMs))],
    [`… the app's \`click-to-panel\` measure (\`select\` → \`panel-open\`)`, spread(c.measure), '—', '—', '', ''],
    ['First load, gzipped, everything', kb(b.total), kb(b.bare), kb(b.bareLabels), `≤ ${kb(t.totalBytes)}`, verdict(met.total, kb(b.total - t.totalBytes))],
    ...(b.russian ? [['… a Russian reader\'s first load (`?lang=ru`: the Russian catalog, texts, names and Cyrillic glyphs added)', kb(b.russian), '—', '—', 'reported', `+${kb(b.russian - b.total)} over English`]] : []),
    ["… the app's own code and content (+ libraries other than React and MapLibre)", `${kb(b.own)} (code ${kb(b.byCategory.app)}, content ${kb(b.byCategory.content)}, libraries ${kb(b.byCategory.libs)})`, '—', '—', `≤ ${kb(t.ownBytes)}`, verdict(met.own, kb(b.own - t.ownBytes))],
    m
      ? [`JS heap growth after ${r.config.cycles} select-and-close cycles (after GC)`, `${mb(m.growthBytes)} (${mb(m.points[0].used)} → ${mb(m.points[m.points.length - 1].used)}); from the first idle: ${mb(m.fromIdleBytes)}`, '—', '—', `≤ ${mb(t.heapBytes)}`, `${verdict(met.heap, mb(m.growthBytes - t.heapBytes))}; the same camera moves with nothing selected: +${mb(m.cameraOnly.growth)}`]
      : ['JS heap growth', 'not measured (--cycles 0)', '—', '—', `≤ ${mb(t.heapBytes)}`, ''],
  ];
  const bytes = CATEGORIES.map((k) => [CATEGORY_LABEL[k], kb(b.byCategory[k]), `${((b.byCategory[k] / b.total) * 100).toFixed(0)}%`]);
  const mc = r.machine;
  return [
    `\`npm run bench\`, ${r.date.slice(0, 16).replace('T', ' ')} UTC: ${mc.cpu}, ${mc.cores} cores${mc.chromium ? `, Chromium ${mc.chromium} headless (software WebGL)` : ''}, load average ${mc.loadAverage.start} at the start and ${mc.loadAverage.end} at the end; ${r.config.warmup} warm-up and ${r.config.runs} runs per page, ${r.config.clickRounds} click rounds, ${r.config.cycles} memory cycles.`,
    '',
    table(['measure', 'app', 'bare page', 'bare + labels', 'target', 'result'], rows),
    '',
    table(['first load, gzipped', 'size', 'share'], [...bytes, ['**total**', `**${kb(b.total)}**`, '100%']]),
    '',
    `Largest parts: ${b.largest.map((o) => `${o.owner} ${kb(o.gzip)}`).join(', ')}.`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The scaling run

export const SCALE_LABEL: Record<ScaleMeasure, string> = {
  firstIdle: 'First map idle (`atlas:map-idle`)',
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

/** The least-squares slope of log(time) against log(N): 1 linear, 0 flat, 2 quadratic; null with fewer than two sizes. */
export function growthExponent(points: { n: number; ms: number }[]): number | null {
  const pts = points.filter((p) => p.n > 0 && Number.isFinite(p.ms));
  if (new Set(pts.map((p) => p.n)).size < 2) return null;
  const xs = pts.map((p) => Math.log(p.n));
  const ys = pts.map((p) => Math.log(Math.max(p.ms, TIMER_TICK_MS)));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const sxy = xs.reduce((a, xi, i) => a + (xi - mx) * (ys[i] - my), 0);
  const sxx = xs.reduce((a, xi) => a + (xi - mx) ** 2, 0);
  return sxy / sxx;
}

export const exponentOf = (r: Pick<ScaleResults, 'sizes'>, m: ScaleMeasure) => growthExponent(r.sizes.map((s) => ({ n: s.n, ms: s[m].median })));

/** "0.4 ms" under 10 ms (sub-millisecond measures matter here), "123 ms" above. */
export const time = (t: number): string => (t < 10 ? `${round1(t).toFixed(1)} ms` : ms(t));
const round1 = (t: number) => Math.round(t * 10) / 10;

/** One measure against its aims: `met`, or `**missed**` with what missed. */
export function scaleVerdict(m: ScaleMeasure, r: Pick<ScaleResults, 'sizes'>): string {
  const exponent = exponentOf(r, m);
  if (exponent === null) return '—';
  const misses = exponent > SCALE_AIMS.exponent ? [`grows as N^${exponent.toFixed(2)}`] : [];
  if (m === 'clickToPanel') {
    const at = r.sizes.find((s) => s.n === SCALE_AIMS.clickAtN);
    if (!at) misses.push(`not measured at ${SCALE_AIMS.clickAtN}×`);
    else if (!(at.clickToPanel.median < SCALE_AIMS.clickMs)) misses.push(`${time(at.clickToPanel.median)} at ${SCALE_AIMS.clickAtN}×`);
  }
  return misses.length ? `**missed**: ${misses.join('; ')}` : 'met';
}

export function scaleTable(r: Pick<ScaleResults, 'sizes'>): string {
  const aim = (m: ScaleMeasure) => `≤ ${SCALE_AIMS.exponent} (linear)${m === 'clickToPanel' ? `; < ${SCALE_AIMS.clickMs} ms at ${SCALE_AIMS.clickAtN}×` : ''}`;
  const rows = SCALE_MEASURES.map((m) => [SCALE_LABEL[m], ...r.sizes.map((s) => time(s[m].median)), exponentOf(r, m)?.toFixed(2) ?? '—', aim(m), scaleVerdict(m, r)]);
  return table(['measure, median', ...r.sizes.map((s) => `${s.n}×`), 'growth exponent', 'aim', 'result'], rows);
}

/** The lead line, the table, what N× holds, and clicks or notices that went wrong. */
export function scaleSection(r: ScaleResults): string {
  const met = SCALE_MEASURES.filter((m) => scaleVerdict(m, r) === 'met').length;
  const counts = r.sizes.map((s) => `${s.n}× = ${s.counts.routes} routes (${s.counts.legs} legs), ${s.counts.places} places, ${s.counts.commitments} commitments`);
  const wrong = r.sizes.flatMap((s) => s.clicks.filter((c) => c.selected !== c.state).map((c) => `${s.n}×: ${c.state} → ${c.selected}`));
  const notices = r.sizes.filter((s) => s.notices.length).map((s) => `${s.n}×: ${s.notices.join(' / ')}`);
  return [
    `**Scaling** (\`npm run bench:scale\`, ${r.date.slice(0, 10)}; ${met} of ${SCALE_MEASURES.length} measures met their aims), median of ${r.config.runs} loads per size; the growth exponent is the slope of log(time) against log(N) (1 = linear):`,
    '',
    scaleTable(r),
    '',
    `N× is the real data and N − 1 shifted copies of every route, place and commitment: ${counts.join('; ')}.`,
    ...(wrong.length ? ['', `Clicks that selected something else than the state under the pointer: ${wrong.join(', ')}.`] : []),
    ...(notices.length ? ['', `Notices the page showed: ${notices.join('; ')}.`] : []),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Into the README and docs/benchmark.md

/** `text` with what lies between the markers replaced by `body`; throws when the markers are missing. */
export function replaceBetween(text: string, body: string): string {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`the markers ${START} … ${END} are missing or out of order`);
  return `${text.slice(0, a + START.length)}\n${body.trim()}\n${text.slice(b)}`;
}

export function readmeSection(r: Results, scale: ScaleResults | null): string {
  const met = Object.values(judge(r)).filter(Boolean).length;
  const line = `\`npm run bench\` measured the production build in headless Chromium on ${r.date.slice(0, 10)}: ${met} of 5 targets met (software WebGL on a shared ${r.machine.cores}-core machine, so read the ratios rather than the times). The method, every figure and where the time goes: [docs/benchmark.md](docs/benchmark.md).`;
  return [summaryTable(r), '', line, ...(scale ? ['', scaleSection(scale)] : [])].join('\n');
}

export function docSection(r: Results, scale: ScaleResults | null): string {
  return [fullTable(r), ...(scale ? ['', '## How the cost grows with the data', '', scaleSection(scale)] : [])].join('\n');
}

const readJson = <T>(file: string): T | null => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null);

/** Re-renders the README's tables and docs/benchmark.md's from bench/results.json (and bench/scale.json when it exists). */
export function writeReport(root = process.cwd()): Results {
  const results = readJson<Results>(resolve(root, 'bench/results.json'));
  if (!results) throw new Error('bench/results.json is missing: run `npm run bench` first');
  const scale = readJson<ScaleResults>(resolve(root, 'bench/scale.json'));
  const rewrite = (file: string, body: string) => writeFileSync(resolve(root, file), replaceBetween(readFileSync(resolve(root, file), 'utf8'), body));
  rewrite('README.md', readmeSection(results, scale));
  rewrite('docs/benchmark.md', docSection(results, scale));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`${summaryTable(writeReport())}\n\nwrote README.md and docs/benchmark.md (between ${START} and ${END})`);
}
