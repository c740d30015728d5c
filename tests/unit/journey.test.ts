// journeySummary: km by mode, borders, ferries and transshipments, on a made-up route and on the
// generated routes.json (the breaks of gauge the issue names must be there, each with a source).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LegMeta, RouteMeta, TransferMeta } from '../../data/types';
import { journeySummary } from '../../src/data/journey';

const leg = (from: string, to: string, mode: LegMeta['mode'], km: number, countries: string[], existing = false): LegMeta => ({
  from,
  fromName: from.toUpperCase(),
  to,
  toName: to.toUpperCase(),
  mode,
  km,
  countries,
  crossesBorder: countries.length > 1,
  section: null,
  existing,
  line: `${from}-${to}`,
  lineName: { en: `${from} – ${to}` },
  gaugeMm: null,
  track: [],
});
const src = { title: 'An article', url: 'https://example.org/article' };

describe('journeySummary on a made-up route', () => {
  const transfers: TransferMeta[] = [
    { at: 'a', atName: 'A', kind: 'break-of-gauge', text: { en: 'Gauge changes.' }, sources: [src] },
    { at: 'c', atName: 'C', kind: 'sea-land', text: { en: 'Train to ferry.' }, sources: [] },
  ];
  const route = {
    legs: [
      leg('a', 'b', 'rail', 100.25, ['CHN', 'KAZ']),
      leg('b', 'c', 'rail', 50.1, ['KAZ']),
      leg('c', 'd', 'sea', 300, ['KAZ', 'AZE']),
      leg('d', 'e', 'rail', 20, ['AZE'], true),
    ],
    transfers,
  };
  const s = journeySummary(route);

  it('adds up km by mode in MODES order, leaving out existing network', () => {
    expect(s.kmByMode).toEqual([
      { mode: 'rail', km: 150.4 },
      { mode: 'sea', km: 300 },
    ]);
    expect(s.totalKm).toBe(450.4);
  });

  it('lists the border crossings and the ferry legs with their leg index', () => {
    expect(s.borderCrossings.map((b) => [b.leg, b.from, b.to, b.countries])).toEqual([
      [0, 'a', 'b', ['CHN', 'KAZ']],
      [2, 'c', 'd', ['KAZ', 'AZE']],
    ]);
    expect(s.ferryLegs).toEqual([{ leg: 2, from: 'c', fromName: 'C', to: 'd', toName: 'D', km: 300 }]);
  });

  it('passes the transshipments through in route order and counts breaks of gauge', () => {
    expect(s.transshipments).toEqual(transfers);
    expect(s.breaksOfGauge).toBe(1);
  });

  it('gives an empty summary for a route without legs', () => {
    expect(journeySummary({})).toEqual({ kmByMode: [], totalKm: 0, borderCrossings: [], ferryLegs: [], transshipments: [], breaksOfGauge: 0 });
  });
});

describe('journeySummary on public/geo/routes.json', () => {
  const meta = JSON.parse(readFileSync(resolve(__dirname, '../../public/geo/routes.json'), 'utf8')) as RouteMeta[];
  const summary = (id: string) => journeySummary(meta.find((r) => r.id === id) as RouteMeta);
  const gauge = (id: string) => summary(id).transshipments.filter((t) => t.kind === 'break-of-gauge');

  it('finds the breaks of gauge the sources give, each with an article', () => {
    expect(gauge('middle-corridor-core').map((t) => t.at)).toEqual(['dostyk']);
    expect(gauge('middle-corridor-khorgos').map((t) => t.at)).toEqual(['altynkol']);
    expect(gauge('china-kyrgyzstan-uzbekistan-railway').map((t) => t.at)).toEqual(['makmal']);
    expect(gauge('baku-tbilisi-kars').map((t) => t.at)).toEqual(['akhalkalaki']);
    expect(gauge('lapis-lazuli-corridor').map((t) => t.at)).toEqual(['akhalkalaki']);
    expect(gauge('trans-afghan-railway').map((t) => t.at)).toEqual(['parachinar']);
    expect(gauge('trans-afghan-railway')[0]?.text.en).toMatch(/1,676 mm/);
    for (const r of meta) for (const t of gauge(r.id)) expect(t.sources.length, `${r.id} ${t.at}`).toBeGreaterThan(0);
  });

  it('finds the port transfers and the road-to-rail change at Osh from the modes', () => {
    expect(summary('middle-corridor-core').transshipments.filter((t) => t.kind === 'sea-land').map((t) => t.at)).toEqual(['aktau', 'alat']);
    expect(summary('middle-corridor-southern-branch').transshipments.find((t) => t.kind === 'road-rail')?.at).toBe('osh');
    expect(summary('middle-corridor-core').ferryLegs.map((f) => `${f.from}→${f.to}`)).toEqual(['aktau→alat']);
  });

  it('counts each route’s km by mode to its drawn length', () => {
    for (const r of meta) expect(Math.abs(journeySummary(r).totalKm - r.lengthKm), r.id).toBeLessThanOrEqual(5);
  });
});
