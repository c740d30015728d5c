// The registry of selection kinds: what can be selected, one entry per kind in KINDS — how its id is
// written in the address (`sel=KAZ`, `sel=casa-1000`, `sel=place:aktau`, `sel=programme:pgi`,
// `sel=passage:economic-energy-corridor-2`, `sel=declaration`, `sel=commitments`,
// `sel=commitment:economic-energy-corridor-1.s4`), its title, the features it lights, whether the
// camera frames it and how the map marks it. Everything that branches on a kind reads it here; the
// kind's words are in the catalog keyed by kind (selectionKindLabel), and its panel and slide caption
// sit in the lazily loaded chunks as tables keyed by kind (SidePanel's PANELS, the deck's SLIDE_BY_KIND),
// which the compiler keeps complete. Adding a kind: one entry here, its label, one panel, one caption.
// Each address prefix (`place`, `programme`…) is written as a literal in this module alone (a test checks).
import { proseOrNull } from '../../data/lang';
import type { Content } from '../content/build';
import { paragraphOf, passageTitle } from '../content/passages';
import { waterOfPassage, waterOfProgramme } from '../content/water';
import { selectionKindLabel } from '../data/labels';
import { t } from '../i18n';
import { NO_RELATED, type Related } from '../map/types';
import { WATER_INTERACTIVE_LAYERS } from '../map/physical';

export interface KnownIds {
  states: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  places: ReadonlySet<string>;
  programmes: ReadonlySet<string>;
  passages: ReadonlySet<string>;
  /** Rivers and lakes the map draws in its first view, by water.json id. */
  water: ReadonlySet<string>;
  /** Optional so a catalogue built before the follow-through loaded still resolves everything else. */
  commitments?: ReadonlySet<string>;
}

/** What a kind's title and lit features are read from: the content, and the map's names for its features. */
export type KindContent = Pick<Content, 'declaration' | 'links' | 'known' | 'programmeById' | 'commitmentById' | 'mapNames'>;

/** The map's names for its features, by the set of ids they belong to; undefined for an unknown id. */
export type MapNames = Record<'states' | 'routes' | 'places' | 'water', (id: string) => string | undefined>;

/**
 * How a kind's id is written in the address: behind a prefix (`place:aktau`), bare (a state's ISO
 * code, a route's id: they cannot collide), or as the kind's one fixed id (`declaration`).
 */
type Address =
  | { prefix: string; known: keyof KnownIds }
  | { bare: (raw: string) => string; known: keyof KnownIds }
  | { fixed: string };

/** A map feature of this kind: the interactive layers it is picked from, its id and name in their properties. */
interface OnMap {
  /** 'feature-state': the map marks it by feature-state; 'filter': the style's filters light it (water). */
  marked: 'feature-state' | 'filter';
  layers: readonly string[];
  /** Its id in a picked feature's properties; null when the feature is not selectable (a non-signatory country). */
  id: (p: Record<string, unknown>) => string | null;
}

interface KindDef {
  address: Address;
  /** Whether choosing it moves the camera to its features; the whole-map kinds leave the view where the reader put it. */
  frame: boolean;
  onMap: OnMap | null;
  /** The name it is shown under (the panel's heading, the PNG, the announcement). */
  title: (id: string, c: KindContent) => string;
  /** How the live region names it when that differs from its title ("Selected the whole declaration."). */
  announced?: () => string;
  /** The map features it lights, for the highlight and the camera; before the content arrives, what it can tell alone. */
  lights: (id: string, c: KindContent | null) => Related;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The states and routes among features the links found. */
function linked(refs: readonly FeatureRef[]): Pick<Related, 'states' | 'routes'> {
  return { states: refs.filter((r) => r.kind === 'state').map((r) => r.id), routes: refs.filter((r) => r.kind === 'route').map((r) => r.id) };
}

const uniq = (xs: string[]) => [...new Set(xs)];

export const KINDS = {
  state: {
    address: { bare: (raw) => raw.toUpperCase(), known: 'states' },
    frame: true,
    onMap: { marked: 'feature-state', layers: ['countries-fill'], id: (p) => (p.c5 === true ? str(p.id) : null) },
    title: (id, c) => c.mapNames.states(id) ?? id,
    lights: (id) => ({ ...NO_RELATED, states: [id] }),
  },
  route: {
    address: { bare: (raw) => raw, known: 'routes' },
    frame: true,
    onMap: { marked: 'feature-state', layers: ['routes-hit'], id: (p) => str(p.route) },
    title: (id, c) => c.mapNames.routes(id) ?? id,
    lights: (id) => ({ ...NO_RELATED, routes: [id] }),
  },
  place: {
    address: { prefix: 'place', known: 'places' },
    frame: true,
    onMap: { marked: 'feature-state', layers: ['places-dot'], id: (p) => str(p.id) },
    title: (id, c) => c.mapNames.places(id) ?? id,
    lights: (id) => ({ ...NO_RELATED, places: [id] }),
  },
  water: {
    address: { prefix: 'water', known: 'water' },
    frame: true,
    onMap: { marked: 'filter', layers: WATER_INTERACTIVE_LAYERS, id: (p) => str(p.id) },
    title: (id, c) => c.mapNames.water(id) ?? id,
    lights: (id) => ({ ...NO_RELATED, water: [id] }),
  },
  programme: {
    address: { prefix: 'programme', known: 'programmes' },
    frame: true,
    onMap: null,
    title: (id, c) => c.programmeById.get(id)?.name ?? id,
    lights: (id, c) => (c?.links ? { ...NO_RELATED, ...linked(c.links.featuresForProgramme(id)), water: waterOfProgramme(id) } : NO_RELATED),
  },
  passage: {
    address: { prefix: 'passage', known: 'passages' },
    frame: true,
    onMap: null,
    title: (id, c) => passageTitle(paragraphOf(id), c.declaration),
    lights: (id, c) =>
      c?.links
        ? { ...NO_RELATED, ...linked(c.links.featuresForPassage(paragraphOf(id)).map((x) => x.feature)), water: waterOfPassage(id, c.declaration) }
        : NO_RELATED,
  },
  declaration: {
    address: { fixed: 'declaration' },
    frame: false,
    onMap: null,
    title: (_, c) => c.declaration.title,
    announced: () => t('selection.declaration.announced'),
    lights: () => NO_RELATED,
  },
  commitments: {
    address: { fixed: 'commitments' },
    frame: false,
    onMap: null,
    title: () => t('selection.commitments.title'),
    lights: () => NO_RELATED,
  },
  commitment: {
    address: { prefix: 'commitment', known: 'commitments' },
    frame: true,
    onMap: null,
    title: (id, c) => proseOrNull(c.commitmentById.get(id)?.title) ?? id,
    // The states and routes it concerns, its programmes' features, and the places it names.
    lights: (id, c) => {
      const m = c?.commitmentById.get(id);
      if (!c || !m) return NO_RELATED;
      const refs = linked((m.concerns.programmes ?? []).flatMap((p) => c.links?.featuresForProgramme(p) ?? []));
      return {
        ...NO_RELATED,
        states: uniq([...(m.concerns.states ?? []), ...refs.states]).filter((s) => c.known.states.has(s)),
        routes: uniq([...(m.concerns.routes ?? []), ...refs.routes]).filter((r) => c.known.routes.has(r)),
        places: uniq(m.concerns.features ?? []).filter((p) => c.known.places.has(p)),
      };
    },
  },
} as const satisfies Record<string, KindDef>;

export type SelectionKind = keyof typeof KINDS;

/** Every kind, in the table's order. */
export const SELECTION_KINDS = Object.keys(KINDS) as SelectionKind[];

/** The kinds that are features of the map (states, routes, places, rivers and lakes). */
export type MapKind = { [K in SelectionKind]: (typeof KINDS)[K]['onMap'] extends null ? never : K }[SelectionKind];

/** The kinds the map marks by feature-state (the PNG export marks them the same way). */
export type MarkedKind = { [K in SelectionKind]: (typeof KINDS)[K]['onMap'] extends { marked: 'feature-state' } ? K : never }[SelectionKind];

export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** A feature of the map, as the pointer finds it, the links name it and the map marks it: its kind, id and name. */
export interface FeatureRef {
  kind: MapKind;
  id: string;
  name: string;
}

const def = (kind: SelectionKind): KindDef => KINDS[kind];

/** The kinds with one fixed id, each as its one selection, so every read of `sel=declaration` gives the same object. */
const FIXED = new Map(SELECTION_KINDS.flatMap((kind) => {
  const a = def(kind).address;
  return 'fixed' in a ? [[a.fixed, { kind, id: a.fixed } as Selection] as const] : [];
}));

export const DECLARATION: Selection = FIXED.get(KINDS.declaration.address.fixed)!;
/** The list of every commitment and what became of it. */
export const COMMITMENTS: Selection = FIXED.get(KINDS.commitments.address.fixed)!;

// A Map, not an object lookup: a URL prefix such as `toString:` must not find Object's prototype.
const BY_PREFIX = new Map(SELECTION_KINDS.flatMap((kind) => {
  const a = def(kind).address;
  return 'prefix' in a ? [[a.prefix, { kind, known: a.known }] as const] : [];
}));

/** Resolves a URL id against what the data holds; null when it names nothing we have. */
export function resolveSelection(raw: string, known: KnownIds): Selection | null {
  const colon = raw.indexOf(':');
  if (colon >= 0) {
    const p = BY_PREFIX.get(raw.slice(0, colon));
    const id = raw.slice(colon + 1);
    return p && known[p.known]?.has(id) ? { kind: p.kind, id } : null;
  }
  // Fixed ids first, then bare ids in the table's order (a state's code before a route's id).
  const fixed = FIXED.get(raw);
  if (fixed) return fixed;
  for (const kind of SELECTION_KINDS) {
    const a = def(kind).address;
    if ('bare' in a && known[a.known]?.has(a.bare(raw))) return { kind, id: a.bare(raw) };
  }
  return null;
}

export function selectionToId(sel: Selection): string {
  const a = def(sel.kind).address;
  return 'prefix' in a ? `${a.prefix}:${sel.id}` : sel.id;
}

/** The address id of one thing of a kind: `idOf('programme', 'pgi')` is `programme:pgi`. */
export const idOf = (kind: SelectionKind, id: string): string => selectionToId({ kind, id });

export const sameSelection = (a: Selection | null, b: Selection | null) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

/** What the panel's kicker and a slide's subtitle call the kind ("Signatory state"). */
export const kindLabel = (kind: SelectionKind): string => selectionKindLabel[kind];

/** How the live region names a selection, where that is not its title; undefined: say its title. */
export const announcedName = (sel: Selection): string | undefined => def(sel.kind).announced?.();

/** The name a selection is shown under. */
export const titleOf = (sel: Selection, c: KindContent): string => def(sel.kind).title(sel.id, c);

/** Which map features a selection points at, for the highlight, the camera and the PNG. */
export const lightsOf = (sel: Selection | null, c: KindContent | null): Related => (sel ? def(sel.kind).lights(sel.id, c) : NO_RELATED);

/** Whether choosing the selection moves the camera to its features. */
export const framesCamera = (sel: Selection): boolean => def(sel.kind).frame;

const isMapKind = (kind: SelectionKind): kind is MapKind => def(kind).onMap !== null;
const isMarked = (kind: SelectionKind): kind is MarkedKind => def(kind).onMap?.marked === 'feature-state';

/** The selection as the map highlights it: a state, route, place, river or lake; null for the rest. */
export function mapFeatureOf(sel: Selection | null): FeatureRef | null {
  return sel && isMapKind(sel.kind) ? { kind: sel.kind, id: sel.id, name: '' } : null;
}

/** The selection as feature-state marks it (the map and the PNG); water is lit by the style's filters instead. */
export function markedFeatureOf(sel: Selection | null): { kind: MarkedKind; id: string } | null {
  return sel && isMarked(sel.kind) ? { kind: sel.kind, id: sel.id } : null;
}

/**
 * The feature a pointer picked on an interactive layer, or null when it is not selectable.
 * `nameOf` gives names the feature's properties do not hold (a route's, from the routes' index).
 */
export function pickedFeature(layerId: string, p: Record<string, unknown>, nameOf: (kind: MapKind, id: string) => string | undefined): FeatureRef | null {
  for (const kind of SELECTION_KINDS) {
    const onMap = def(kind).onMap;
    if (!isMapKind(kind) || !onMap?.layers.includes(layerId)) continue;
    const id = onMap.id(p);
    if (id === null) return null;
    return { kind, id, name: str(p.name) ?? nameOf(kind, id) ?? id };
  }
  return null;
}
