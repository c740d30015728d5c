// Small statistics and formatting helpers for the benchmark's tables.

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

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function summarize(xs: number[], digits = 1): Summary {
  return {
    n: xs.length,
    median: round(median(xs), digits),
    min: round(Math.min(...xs), digits),
    max: round(Math.max(...xs), digits),
    runs: xs.map((x) => round(x, digits)),
  };
}

export const ms = (x: number) => `${Math.round(x)} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** "1802 ms (1650–1950)". */
export const spread = (s: Summary, unit = (x: number) => ms(x)) => `${unit(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A `--name N` whole-number option of the bench's command line, or the fallback. */
export function flag(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} wants a whole number, not ${argv[i + 1]}`);
  return v;
}
