// What is selected, as the URL writes it (`sel=KAZ`, `sel=casa-1000`, `sel=place:aktau`,
// `sel=programme:pgi`, `sel=passage:economic-energy-corridor-2`, `sel=declaration`, `sel=commitments`,
// `sel=commitment:economic-energy-corridor-1.s4`) and as the app uses it.

export type SelectionKind = 'state' | 'route' | 'place' | 'water' | 'programme' | 'passage' | 'declaration' | 'commitments' | 'commitment';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

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

export const DECLARATION: Selection = { kind: 'declaration', id: 'declaration' };
/** The list of every commitment and what became of it. */
export const COMMITMENTS: Selection = { kind: 'commitments', id: 'commitments' };

// A Map, not an object literal: a URL prefix such as `toString:` must not find Object's prototype.
const PREFIXED = new Map<string, { kind: SelectionKind; set: keyof KnownIds }>([
  ['place', { kind: 'place', set: 'places' }],
  ['programme', { kind: 'programme', set: 'programmes' }],
  ['passage', { kind: 'passage', set: 'passages' }],
  ['water', { kind: 'water', set: 'water' }],
  ['commitment', { kind: 'commitment', set: 'commitments' }],
]);

/** Resolves a URL id against what the data holds; null when it names nothing we have. */
export function resolveSelection(raw: string, known: KnownIds): Selection | null {
  if (raw === 'declaration') return DECLARATION;
  if (raw === 'commitments') return COMMITMENTS;
  const colon = raw.indexOf(':');
  if (colon >= 0) {
    const p = PREFIXED.get(raw.slice(0, colon));
    const id = raw.slice(colon + 1);
    return p && known[p.set]?.has(id) ? { kind: p.kind, id } : null;
  }
  if (known.states.has(raw.toUpperCase())) return { kind: 'state', id: raw.toUpperCase() };
  if (known.routes.has(raw)) return { kind: 'route', id: raw };
  return null;
}

export function selectionToId(sel: Selection): string {
  switch (sel.kind) {
    case 'state':
    case 'route':
    case 'declaration':
    case 'commitments':
      return sel.id;
    default:
      return `${sel.kind}:${sel.id}`;
  }
}

export const sameSelection = (a: Selection | null, b: Selection | null) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
