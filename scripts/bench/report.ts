// The benchmark's second half: bench/results.json → the README's short table (between
// `<!-- bench:start -->` and `<!-- bench:end -->`) and the full profile in docs/benchmark.md (between
// the same markers there; the hand-written analysis around them stays). Pure functions, so old
// results re-render without a browser: `npm run bench:report`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORIES, CATEGORY_LABEL } from './bytes';
import type { LoadTimes, Met, PageProfile, Results } from './results';
import { readScale, scaleSection } from './scale-report';
import { kb, mb, median, ms, spread, table, type Summary } from './stats';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';
export const DOC_PATH = 'docs/benchmark.md';

const x = (r: number) => `${r.toFixed(2)}×`;
const plus = (d: number) => `${d >= 0 ? '+' : '−'}${ms(Math.abs(d))}`;

/** Each target met or not, from the figures themselves (not from what the measuring run stored). */
export function judge(r: Results): Met {
  const t = r.targets;
  return {
    idle: r.firstIdle.app.median / r.firstIdle.bare.median <= t.idleRatio,
    click: clickFigure(r).median <= t.clickMs,
    total: r.bytes.total <= t.totalBytes,
    own: r.bytes.own <= t.ownBytes,
    heap: r.memory !== null && r.memory.growthBytes <= t.heapBytes,
  };
}

/** "met", or how far off: "**missed** by 122.0 KB". */
export function verdict(met: boolean, by: string): string {
  return met ? 'met' : `**missed** by ${by}`;
}

/** The five targets in one short table: the README's part. */
export function summaryTable(r: Results): string {
  const met = judge(r);
  const t = r.targets;
  const idle = r.firstIdle;
  const ratio = idle.app.median / idle.bare.median;
  const rows = [
    ['First map idle, app / bare MapLibre page', x(ratio), `≤ ${t.idleRatio}×`, verdict(met.idle, `${x(ratio - t.idleRatio)}`)],
    ['Click to panel, median', ms(clickFigure(r).median), `≤ ${t.clickMs} ms`, verdict(met.click, ms(clickFigure(r).median - t.clickMs))],
    ['First load, gzipped', kb(r.bytes.total), `≤ ${kb(t.totalBytes)}`, verdict(met.total, kb(r.bytes.total - t.totalBytes))],
    ["… the app's own code and content", kb(r.bytes.own), `≤ ${kb(t.ownBytes)}`, verdict(met.own, kb(r.bytes.own - t.ownBytes))],
    r.memory
      ? [`JS heap growth, ${r.config.cycles} select-and-close cycles`, mb(r.memory.growthBytes), `≤ ${mb(t.heapBytes)}`, verdict(met.heap, mb(r.memory.growthBytes - t.heapBytes))]
      : ['JS heap growth', 'not measured', `≤ ${mb(t.heapBytes)}`, '—'],
  ];
  return table(['measure', 'result', 'target', 'verdict'], rows);
}

/**
 * For each missed target: where the figures say the time or the memory goes, and what would close
 * it. The figures are this run's; the reading of them rests on docs/benchmark.md's profile notes.
 */
export function missedReasons(r: Results): string[] {
  const met = judge(r);
  const i = r.firstIdle;
  const out: string[] = [];
  if (!met.idle) {
    out.push(
      `- **First idle, ${x(i.ratio)} the bare page.** The bare page draws the same first-view files; with the app's labels (the same prebuilt glyphs, no fade-in) it takes ${x(i.labelsOnBare)} its own time, and the app is ${x(i.ratioToBareLabels)} that labelled page, so the labels, not the app, are most of the gap. A trace of one load of each page says why on this machine: headless Chromium has no GPU here, so every map frame shown is drawn by SwiftShader and then read back into the page's compositor (\`Commit\` → \`GLES2::ReadPixels\`, 170–400 ms a frame), and the main thread waits for it. The bare page shows 5 frames before its idle; with labels it shows 9–11: the symbol layers' tiles take longer in the worker (text layout, and glyphs asked of the main thread) and arrive in more batches, each drawn as a frame. Tried: keeping the canvas hidden until the first idle; the idle mark came 40 % sooner, but the hidden frames' drawing was only queued, and the first frame shown waited 2.4 s for it, so the map appeared later; reverted. What would close it: a GPU, where a frame costs milliseconds and nothing is read back, or MapLibre holding its frames until the first view's tiles are in, which it has no option for.`,
    );
  }
  if (!met.heap && r.memory) {
    const m = r.memory;
    const pass = m.points.find((p) => p.cycle === m.firstPass);
    const last = m.points[m.points.length - 1];
    out.push(
      `- **Heap growth, ${mb(m.growthBytes)}.** The same camera moves with nothing selected grow the heap by ${mb(m.cameraOnly.growth)}: MapLibre's tiles and its copy of each detail file (a GeoJSON source keeps the parsed data on the page, even one loaded from a URL) for the places and zoom levels visited, which level off once every place has been seen${pass ? `; after the first pass over every state and route the heap grows ${mb(last.used - pass.used)} in ${r.config.cycles - pass.cycle} cycles` : ''}. What would close it: serving the detail as vector tiles, so that no parsed copy stays on the page.`,
    );
  }
  return out;
}

/** The README's part: the table, why a missed target is missed, a link to the full profile. */
export function readmeSection(r: Results): string {
  const met = Object.values(judge(r)).filter(Boolean).length;
  const why = missedReasons(r);
  return [
    summaryTable(r),
    ...(why.length ? ['', ...why] : []),
    '',
    `\`npm run bench\` measured the production build in headless Chromium on ${r.date.slice(0, 10)} (${met} of 5 targets met; software WebGL on a shared ${r.machine.cores}-core machine, so read the ratios rather than the times); the method, every figure and where the time goes are in [docs/benchmark.md](docs/benchmark.md).`,
  ].join('\n');
}

export function headline(r: Results): string {
  const i = r.firstIdle;
  return `First map idle: the app takes **${x(i.ratio)}** the bare page (the target, ≤ ${r.targets.idleRatio}×, is judged on this) and **${x(i.ratioToBareLabels)}** the bare page with the same labels (the same drawing: what React, the interface and the data checks cost); the labels alone take the bare page to ${x(i.labelsOnBare)}.`;
}

/** Every measure against the app, the two bare pages and its target. */
export function mainTable(r: Results): string {
  const met = judge(r);
  const { targets: t, firstIdle: i, clickToPanel: c, bytes: b, memory: m } = r;
  const ratio = i.app.median / i.bare.median;
  const allowedIdle = i.bare.median * t.idleRatio;
  const paints = c.clicks.filter((k) => k.toPaint !== null).length;
  const rows: string[][] = [
    [
      `First map idle (\`map-idle\`, from navigation start), median (min–max) of ${r.config.runs}`,
      spread(i.app),
      spread(i.bare),
      spread(i.bareLabels),
      `app ≤ ${t.idleRatio}× bare`,
      `**${x(ratio)}**, ${verdict(met.idle, `${ms(i.app.median - allowedIdle)} (${((ratio / t.idleRatio - 1) * 100).toFixed(0)}%): ${t.idleRatio} × ${ms(i.bare.median)} allows ${ms(allowedIdle)}`)}`,
    ],
    [
      '… the app against the bare page with the same labels (same drawing; no target)',
      '',
      '',
      '',
      'for reference',
      `**${x(i.ratioToBareLabels)}** (app ${plus(i.app.median - i.bareLabels.median)}); the labels cost the bare page ${plus(i.bareLabels.median - i.bare.median)} (${x(i.labelsOnBare)})`,
    ],
    ...(c.fromClick
      ? [
          [`Click to panel, the click (button released) → \`panel-open\`, median (min–max) of ${c.clicks.length}`, spread(c.fromClick), '—', '—', `≤ ${t.clickMs} ms`, verdict(met.click, ms(c.fromClick.median - t.clickMs))],
          [`… from the pointerdown (adds the press: here the driver's two input messages)`, spread(c.external), '—', '—', '', ''],
        ]
      : [[`Click to panel, pointerdown → \`panel-open\`, median (min–max) of ${c.clicks.length}`, spread(c.external), '—', '—', `≤ ${t.clickMs} ms`, verdict(met.click, ms(c.external.median - t.clickMs))]]),
    [`… the app's \`click-to-panel\` measure (\`select\` → \`panel-open\`)`, spread(c.measure), '—', '—', '', ''],
    [
      `… click to the next paint (Event Timing, 8 ms steps)`,
      c.toNextPaint ? `${spread(c.toNextPaint)}${paints < c.clicks.length ? `; ${c.clicks.length - paints} under 16 ms` : ''}` : 'all under 16 ms',
      '—',
      '—',
      '',
      '',
    ],
    ['First load, gzipped, everything', kb(b.total), kb(b.bare), kb(b.bareLabels), `≤ ${kb(t.totalBytes)}`, verdict(met.total, kb(b.total - t.totalBytes))],
    [
      "… the app's own code and content (+ libraries other than React and MapLibre)",
      `${kb(b.own)} (code ${kb(b.byCategory.app)}, content ${kb(b.byCategory.content)}, libraries ${kb(b.byCategory.libs)})`,
      '—',
      '—',
      `≤ ${kb(t.ownBytes)}`,
      verdict(met.own, kb(b.own - t.ownBytes)),
    ],
    m
      ? [
          `JS heap growth after ${r.config.cycles} select-and-close cycles (after GC)`,
          `${mb(m.growthBytes)} (${mb(m.points[0].used)} → ${mb(m.points[m.points.length - 1].used)})${m.fromIdleBytes !== undefined ? `; from the first idle, with the app's own later loads: ${mb(m.fromIdleBytes)}` : ''}`,
          '—',
          '—',
          `≤ ${mb(t.heapBytes)}`,
          `${verdict(met.heap, mb(m.growthBytes - t.heapBytes))}; the same camera moves with nothing selected: +${mb(m.cameraOnly.growth)}`,
        ]
      : ['JS heap growth', 'not measured (--cycles 0)', '—', '—', `≤ ${mb(t.heapBytes)}`, ''],
  ];
  return table(['measure', 'app', 'bare page', 'bare + labels', 'target', 'result'], rows);
}

export function bytesTable(r: Results): string {
  const b = r.bytes;
  const rows = CATEGORIES.map((c) => [CATEGORY_LABEL[c], kb(b.byCategory[c]), `${((b.byCategory[c] / b.total) * 100).toFixed(0)}%`]);
  rows.push(['**total**', `**${kb(b.total)}**`, '100%']);
  return table(['first load, gzipped', 'size', 'share'], rows);
}

export function machineLine(r: Results): string {
  const m = r.machine;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium} headless, WebGL by ${m.webgl}; load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end; ${r.date.slice(0, 16).replace('T', ' ')} UTC`;
}

function medianOf(xs: (number | null | undefined)[]): string {
  const v = xs.filter((n): n is number => typeof n === 'number');
  return v.length ? ms(median(v)) : 'n/a';
}

function timeline(runs: LoadTimes[], idles: number[], data = 'data fetched'): string {
  return [
    `scripts run (DOMContentLoaded) ${ms(median(runs.map((x) => x.dcl)))}`,
    `first paint ${medianOf(runs.map((x) => x.fcp))}`,
    runs.some((x) => typeof x.data === 'number') ? `${data} ${medianOf(runs.map((x) => x.data))}` : '',
    `map created (worker requested) ${medianOf(runs.map((x) => x.worker))}`,
    `first idle ${ms(median(idles))}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The judged click figure: from the click when the run has it, else (older runs) from the pointerdown. */
export function clickFigure(r: Results): Summary {
  return r.clickToPanel.fromClick ?? r.clickToPanel.external;
}

/** The explanations under the tables, one bullet each. */
export function notes(r: Results): string[] {
  const { firstIdle: i, bytes: b, memory: m, clickToPanel: c } = r;
  const rr = i.perRunRatios;
  const out: string[] = [
    `Two floors. The **bare page** (scripts/bench/bare) draws the app's first-view files (countries-low, physical, routes and places, the files the app loads before its first idle) with MapLibre alone, in a map the size of the app's (${i.camera.w}×${i.camera.h}) at the app's first camera, with no React, no interface and no labels: the issue's floor, against which the ${r.targets.idleRatio}× target is judged (${x(i.ratio)}). **Bare + labels** is the same page with \`?labels=1\`: the app's label layers (country, place, water and landform names) from the same prebuilt glyph ranges (public/glyphs, the style's \`glyphs\` URL), with the same layout and paint, the country names at the \`label\` points the geo build wrote into the boundaries, from a copy of countries-low it fetches beside MapLibre's own requests as the app does. The labels take the bare page from ${ms(i.bare.median)} to ${ms(i.bareLabels.median)} (${x(i.labelsOnBare)}), and **app / bare + labels = ${x(i.ratioToBareLabels)}** is what React, the interface, the app's fetching and checking of the data and its extra layers cost. What still differs in the drawing: the app has more line layers for the routes (a white casing, one per status with its dashes, the mode words along them, an invisible wide one for clicks), the C5 borders and tints and a mask outside the mapped area. The bare page with labels loads ${kb(b.bareLabels - b.bare)} more than without, the glyph ranges its names need (the same the app loads); countries-low, which it asks for twice, is counted once.`,
    `Each run loads the three pages in a rotating order (app first, then the bare page first, then bare + labels first), every load in a fresh browser context. Ratios of the loads within one run, median (min–max): app / bare ${x(rr.appToBare.median)} (${x(rr.appToBare.min)}–${x(rr.appToBare.max)}), app / bare + labels ${x(rr.appToBareLabels.median)} (${x(rr.appToBareLabels.min)}–${x(rr.appToBareLabels.max)}), bare + labels / bare ${x(rr.bareLabelsToBare.median)} (${x(rr.bareLabelsToBare.min)}–${x(rr.bareLabelsToBare.max)}).`,
    "The split of the main chunk and the CSS bundle is an estimate: each package's minified bytes (from the build's source map; the CSS by selector) gzipped on their own, scaled to add up to the file's real gzip size. Other files are counted whole.",
  ];
  if (b.lazyButInFirstLoad.length) {
    out.push(`In the first load though the app loads it with \`import()\` (so some static import pulls it in): ${b.lazyButInFirstLoad.map((s) => `${s.source} ${kb(s.gzip)}`).join(', ')}.`);
  }
  out.push(
    `Where the load goes, medians from navigation start: app — ${timeline(i.appRuns, i.app.runs)}; bare — ${timeline(i.bareRuns, i.bare.runs)}; bare + labels — ${timeline(i.bareLabelsRuns, i.bareLabels.runs, 'countries fetched for the label points')}. The bare pages leave the geo files to MapLibre's worker, whose requests the page's timings do not show.`,
  );
  out.push(
    'Click to panel: the pointer rests on the state for 250 ms (its hover highlight draws), then clicks; reduced motion, so the camera jumps. The next-paint figure also covers MapLibre redrawing the map for the new camera, in software here.',
  );
  if (b.afterIdle?.length) {
    const sum = b.afterIdle.reduce((a, f) => a + f.gzip, 0);
    out.push(`Loaded after the first idle, not in the first load (${kb(sum)} in the ${Math.round(6.5)} s after it): ${b.afterIdle.map((f) => `${f.path} (${kb(f.gzip)})`).join(', ')}. The content (the declaration's text, the links, the commitments) and the side panel load right after the first idle, at once when the address asks for a selection; the full-detail boundaries a few seconds later.`);
  }
  if (b.loadedOnUseOnly.length) out.push(`Built but not loaded at first view: ${b.loadedOnUseOnly.map((f) => `${f.path} (${kb(f.gzip)})`).join(', ')}.`);
  const wrong = c.clicks.filter((k) => k.selected !== k.state);
  if (wrong.length) out.push(`${wrong.length} clicks selected something else than the state under the pointer: ${wrong.map((k) => `${k.state}→${k.selected}`).join(', ')}.`);
  if (m) {
    const last = m.points[m.points.length - 1];
    const pass = m.firstPass ?? m.points[1]?.cycle;
    const afterPass = m.points.find((p) => p.cycle === pass);
    const cycles = r.config.cycles;
    out.push(
      `Memory: ${m.via.legend} selections by the legend's buttons${m.via.hash ? `, ${m.via.hash} by the URL` : ''}, each closed by Escape or the close button alternately, about ${ms(m.cycleMs)} a cycle. JS heap after GC: ${m.atIdle ? `${mb(m.atIdle.used)} at the first idle, ` : ''}${m.points.map((p) => (p.cycle === 0 ? `${mb(p.used)} once the app has opened (the content and the full boundaries loaded)` : `${mb(p.used)} after ${p.cycle}`)).join(', ')}${afterPass && afterPass.cycle < cycles ? ` — so ${mb(afterPass.used - m.points[0].used)} in the first pass over every state and route, ${mb(last.used - afterPass.used)} in the ${cycles - afterPass.cycle} cycles after it` : ''}. DOM nodes ${m.points[0].nodes} → ${last.nodes}, event listeners ${m.points[0].listeners} → ${last.listeners}. Control: the cameras of the first pass replayed with \`jumpTo\` in a fresh page, nothing selected: ${m.cameraOnly.points.map((p) => (p.cycle === 0 ? mb(p.used) : `${mb(p.used)} after ${p.cycle} moves`)).join(', ')}; that growth is MapLibre's own (its tiles and caches for the places and zoom levels visited), and it levels off once every place has been seen.`,
    );
  }
  return out;
}

const PAGE_LABEL = { app: 'app', bare: 'bare page', bareLabels: 'bare + labels' } as const;

function byPackage(p: PageProfile): string {
  return p.byOwner
    .filter((o) => o.selfMs >= 5 && o.owner !== '(idle)')
    .slice(0, 8)
    .map((o) => `${o.owner} ${ms(o.selfMs)}`)
    .join(', ');
}

/** Where the main thread's time goes, from `--profile`; empty without it. */
export function profileSection(r: Results): string {
  const p = r.profile;
  if (!p) return '';
  const lines = [
    '## What the time is spent on',
    '',
    "A CPU profile of one load to the first idle (`--profile`; main thread only, MapLibre's worker not included; `(program)` is the browser's own work outside JavaScript: parsing, style, layout, paint and WebGL calls), self time by package:",
    '',
    ...(['app', 'bare', 'bareLabels'] as const).map((k) => `- ${PAGE_LABEL[k]} (${ms(p[k].totalMs)} profiled): ${byPackage(p[k])}`),
    '',
    "The app's busiest functions:",
    '',
    table(['self', 'function', 'where'], p.app.top.map((t) => [ms(t.selfMs), `\`${t.fn}\``, t.where || t.owner])),
  ];
  return lines.join('\n');
}

/** The generated part of docs/benchmark.md: the method, every figure, the notes and the profile. */
export function fullReport(r: Results): string {
  const c = r.config;
  const method = `\`npm run bench\` measures the production build in headless Chromium against the targets. It builds first, always, into \`dist-bench/\` (the app with the project's Vite config plus hidden source maps; the same app in the \`e2e\` mode, whose only difference is the test hook the browser tests read the map through; and the bare page; \`dist/\` is not touched), serves them on 127.0.0.1 and drives the system Chromium with the browser tests' driver (tests/e2e/atlas.ts):

- **first map idle**: the production app against a bare MapLibre page (\`scripts/bench/bare/\`: the first view's geo files drawn with maplibre-gl alone, no React, no interface, no labels, a map of the same size at the same camera), the issue's floor, and against the same bare page with the app's label layers (\`?labels=1\`: the same glyph ranges and label layout), which draws what the app draws; the three loaded in a rotating order, ${c.warmup} warm-up and ${c.runs} runs each, every run in a fresh browser context with an empty cache; the time is the \`map-idle\` User Timing mark. The first camera, which the bare pages copy, is read once from the \`e2e\` copy. The ${r.targets.idleRatio}× target is judged on the bare page; the ratio to the labelled page, what React, the interface and the data checks cost, is shown beside it;
- **click to panel**: a real click inside each of the five states on a freshly loaded production page, ${c.clickRounds} rounds, from the click (the \`click\` event, dispatched when the button is released) to the \`panel-open\` mark, with the figure from the pointerdown beside it (the app's own \`click-to-panel\` measure and the click's Event Timing to the next paint are shown too); where to click is worked out once on the \`e2e\` copy, which opens at the same camera in a window of the same size;
- **bytes** of the production build's first load (every file it asks for before the first idle, worker requests included), gzipped as a server would send them, split by package with the build's source map; what it asks for in the seconds after is listed apart;
- **memory**: the JS heap after garbage collection, before and after ${c.cycles} select-and-close cycles over every state and route, starting once the app has opened: its first idle, then what it loads by itself after it (the content at once, the full boundaries 4 s later, the \`countries-detail\` mark), so that the growth judged is the cycles' own; the growth from the first idle is shown beside it. With a control that makes the same camera moves with nothing selected; run on the \`e2e\` copy, whose hook tells when the map is still and replays the cameras (it holds a reference to a map the app keeps anyway).

\`npm run bench\` writes the figures to \`bench/results.json\` (\`npm run bench:measure\`), then renders this page and the README's table from them (\`npm run bench:report\`, no browser needed)${c.minutes ? `; the last run took about ${c.minutes} minutes` : ''}. It is not part of \`npm test\`. \`npm run bench -- --profile\` also writes a CPU profile of one load of each page (\`bench/profile-*.cpuprofile\`, for Chrome DevTools); \`--runs N\`, \`--warmup N\`, \`--click-rounds N\` and \`--cycles N\` change the sample sizes, \`--no-write\` only prints, and \`--strict\` exits with 1 when a target is missed.`;
  const parts = [
    method,
    '',
    `Latest run: ${machineLine(r)}; builds: ${r.config.build}. WebGL is drawn in software here and other jobs shared the cores (the load average), so absolute times are slow and noisy; the ratios to the bare pages, measured in the same runs, are the figures that carry to other machines.`,
    '',
    headline(r),
    '',
    mainTable(r),
    '',
    bytesTable(r),
    '',
    `Largest parts: ${r.bytes.largest.map((o) => `${o.owner} ${kb(o.gzip)}`).join(', ')}.`,
    '',
    ...notes(r).map((n) => `- ${n}`),
  ];
  const prof = profileSection(r);
  if (prof) parts.push('', prof);
  return parts.join('\n');
}

/** `text` with what lies between the markers replaced by `body`; throws when the markers are missing. */
export function replaceBetween(text: string, body: string, start = START, end = END): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`the markers ${start} … ${end} are missing or out of order`);
  return `${text.slice(0, a + start.length)}\n${body.trim()}\n${text.slice(b)}`;
}

/** Re-renders the README's table and docs/benchmark.md from bench/results.json. */
export function writeReport(root = process.cwd()): Results {
  const results = JSON.parse(readFileSync(resolve(root, 'bench/results.json'), 'utf8')) as Results;
  // The scaling run (scale.ts, scale-report.ts), when bench/scale.json exists: its table after the main one.
  const scale = readScale(root);
  const withScale = (body: string, heading = '') => (scale ? `${body}\n\n${heading}${scaleSection(scale)}` : body);
  const readme = resolve(root, 'README.md');
  writeFileSync(readme, replaceBetween(readFileSync(readme, 'utf8'), withScale(readmeSection(results))));
  const doc = resolve(root, DOC_PATH);
  writeFileSync(doc, replaceBetween(readFileSync(doc, 'utf8'), withScale(fullReport(results), '## How the cost grows with the data\n\n')));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = writeReport();
  console.log(`${headline(r)}\n\n${summaryTable(r)}\n\nwrote README.md (between ${START} and ${END}) and ${DOC_PATH}`);
}
