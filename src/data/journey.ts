// What a shipper meets along a route, from its legs in routes.json: distance by mode, the borders
// crossed, the ferry legs, and the transshipments (breaks of gauge, changes between ship, train and
// truck), each with its sources. Pure: the panel and the tests call it with a RouteMeta.
import { MODES, type CountryId, type LegMeta, type Mode, type RouteMeta, type TransferMeta } from '../../data/types';

export interface BorderCrossing {
  /** Index of the leg in route.legs. */
  leg: number;
  from: string;
  fromName: string;
  to: string;
  toName: string;
  /** The states on either side, in the order the leg enters them. */
  countries: CountryId[];
  mode: Mode;
}

export interface JourneySummary {
  /** Drawn km by mode, in MODES order, only the modes the route uses; existing network left out. */
  kmByMode: { mode: Mode; km: number }[];
  /** Drawn km of the route's own legs (existing network drawn for continuity left out). */
  totalKm: number;
  borderCrossings: BorderCrossing[];
  ferryLegs: { leg: number; from: string; fromName: string; to: string; toName: string; km: number }[];
  transshipments: TransferMeta[];
  /** Breaks of gauge among the transshipments, for a one-line count. */
  breaksOfGauge: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Sums the journey up. A route without legs (older routes.json) gives an empty summary. */
export function journeySummary(route: Pick<RouteMeta, 'legs' | 'transfers'>): JourneySummary {
  const legs: LegMeta[] = route.legs ?? [];
  const counted = legs.filter((l) => !l.existing);
  const byMode = new Map<Mode, number>();
  for (const l of counted) byMode.set(l.mode, (byMode.get(l.mode) ?? 0) + l.km);
  const kmByMode = MODES.filter((m) => byMode.has(m)).map((mode) => ({ mode, km: round1(byMode.get(mode) as number) }));
  const borderCrossings: BorderCrossing[] = [];
  legs.forEach((l, leg) => {
    if (!l.crossesBorder) return;
    borderCrossings.push({ leg, from: l.from, fromName: l.fromName, to: l.to, toName: l.toName, countries: l.countries, mode: l.mode });
  });
  const ferryLegs = legs.flatMap((l, leg) =>
    l.mode === 'sea' ? [{ leg, from: l.from, fromName: l.fromName, to: l.to, toName: l.toName, km: l.km }] : [],
  );
  const transshipments = route.transfers ?? [];
  return {
    kmByMode,
    totalKm: round1(counted.reduce((sum, l) => sum + l.km, 0)),
    borderCrossings,
    ferryLegs,
    transshipments,
    breaksOfGauge: transshipments.filter((t) => t.kind === 'break-of-gauge').length,
  };
}
