// The registry of selection kinds: every kind's id is read back from what it writes, through the
// address too; ids the data does not hold are refused; the map's layers and marks follow the table.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/build';
import { INTERACTIVE_LAYERS } from '../../src/map/style';
import {
  COMMITMENTS,
  DECLARATION,
  KINDS,
  SELECTION_KINDS,
  framesCamera,
  idOf,
  lightsOf,
  mapFeatureOf,
  markedFeatureOf,
  pickedFeature,
  resolveSelection,
  sameSelection,
  selectionToId,
  type KnownIds,
  type Selection,
  type SelectionKind,
} from '../../src/state/selection';
import { formatHash, parseHash } from '../../src/state/url';
import { idsByKind, loadRealData } from '../support/real-data';

const known: KnownIds = {
  states: new Set(['KAZ', 'UZB']),
  routes: new Set(['casa-1000']),
  places: new Set(['aktau']),
  programmes: new Set(['pgi']),
  passages: new Set(['economic-energy-corridor-2', 'security-1.s2']),
  water: new Set(['amu-darya']),
  commitments: new Set(['economic-energy-corridor-1.s4']),
};

/** One id of every kind as the address writes it; typed by the registry, so a new kind needs its own here. */
const ADDRESS: Record<SelectionKind, string> = {
  state: 'KAZ',
  route: 'casa-1000',
  place: 'place:aktau',
  water: 'water:amu-darya',
  programme: 'programme:pgi',
  passage: 'passage:economic-energy-corridor-2',
  declaration: 'declaration',
  commitments: 'commitments',
  commitment: 'commitment:economic-energy-corridor-1.s4',
};

/** parse(format(sel)), directly and through the address bar's writer and reader. */
function roundTrips(sel: Selection, ids: KnownIds): { direct: Selection | null; viaHash: Selection | null } {
  const id = selectionToId(sel);
  const hash = formatHash({ sel: id, map: { zoom: 5, lat: 42, lon: 62 } });
  const read = parseHash(hash);
  expect(read.notices, hash).toEqual([]);
  return { direct: resolveSelection(id, ids), viaHash: read.state.sel ? resolveSelection(read.state.sel, ids) : null };
}

describe('selection ids', () => {
  it('has an address example for every kind of the registry, and no more', () => {
    expect(Object.keys(ADDRESS).sort()).toEqual([...SELECTION_KINDS].sort());
  });

  it('resolves every kind the URL can name, and writes it back the same way, through the address too', () => {
    for (const kind of SELECTION_KINDS) {
      const sel = resolveSelection(ADDRESS[kind], known);
      expect(sel, kind).toEqual({ kind, id: expect.any(String) });
      expect(selectionToId(sel!)).toBe(ADDRESS[kind]);
      expect(idOf(kind, sel!.id)).toBe(ADDRESS[kind]);
      expect(roundTrips(sel!, known)).toEqual({ direct: sel, viaHash: sel });
    }
    expect(resolveSelection('kaz', known)).toEqual({ kind: 'state', id: 'KAZ' });
    // A sentence id opens its paragraph's passage kind.
    expect(resolveSelection('passage:security-1.s2', known)).toEqual({ kind: 'passage', id: 'security-1.s2' });
  });

  it('gives every prefixed kind its own prefix, none of them a fixed id', () => {
    const written = SELECTION_KINDS.map((k) => KINDS[k].address).map((a) => ('prefix' in a ? `${a.prefix}:` : 'fixed' in a ? a.fixed : null));
    const used = written.filter((w) => w !== null);
    expect(new Set(used).size).toBe(used.length);
  });

  it('refuses ids the data does not hold', () => {
    for (const id of ['RUS', 'place:nowhere', 'programme:aktau', 'water:aktau', 'javascript:alert', 'constructor', '__proto__', 'toString:x', 'commitment:nothing', 'commitment:KAZ', 'state:KAZ', 'declaration:x', 'Declaration', ':aktau', ':KAZ']) {
      expect(resolveSelection(id, known), id).toBeNull();
    }
  });
});

describe('commitment ids', () => {
  it('resolves the list and one commitment, and refuses a commitment when none is known', () => {
    expect(resolveSelection('commitments', known)).toEqual({ kind: 'commitments', id: 'commitments' });
    expect(resolveSelection('commitment:economic-energy-corridor-1.s4', known)).toEqual({ kind: 'commitment', id: 'economic-energy-corridor-1.s4' });
    const { commitments: _, ...older } = known;
    expect(resolveSelection('commitment:economic-energy-corridor-1.s4', older)).toBeNull();
  });
});

describe('the real data', () => {
  let content: Content;
  beforeAll(async () => {
    ({ content } = await loadRealData());
  });

  it('round-trips every id of every kind it holds through the address, each with a title of its own', () => {
    const sets = idsByKind(content);
    for (const kind of SELECTION_KINDS) {
      const ids = [...sets[kind]];
      expect(ids.length, kind).toBeGreaterThan(0);
      for (const id of ids) {
        const sel = { kind, id };
        expect(roundTrips(sel, content.known), selectionToId(sel)).toEqual({ direct: sel, viaHash: sel });
        expect(content.titleOf(sel).length, selectionToId(sel)).toBeGreaterThan(0);
      }
    }
    expect(content.titleOf({ kind: 'state', id: 'KAZ' })).toBe('Kazakhstan');
    expect(content.titleOf({ kind: 'passage', id: 'security-1.s2' })).toBe(content.titleOf({ kind: 'passage', id: 'security-1' }));
  });

  it('lights a feature itself, a programme’s and a passage’s linked features, and nothing for the whole-map kinds', () => {
    expect(lightsOf({ kind: 'route', id: 'casa-1000' }, null).routes).toEqual(['casa-1000']);
    expect(lightsOf({ kind: 'water', id: 'amu-darya' }, null).water).toEqual(['amu-darya']);
    // Before the content arrives a programme lights nothing; after, the features its passages link.
    expect(lightsOf({ kind: 'programme', id: 'casa-1000' }, null)).toEqual({ states: [], routes: [], places: [], water: [] });
    const p = content.programmes.find((x) => content.links!.featuresForProgramme(x.id).length > 0)!;
    const lit = lightsOf({ kind: 'programme', id: p.id }, content);
    expect([...lit.states, ...lit.routes].sort()).toEqual(content.links!.featuresForProgramme(p.id).map((f) => f.id).sort());
    // States and routes apart, each once.
    const refs = content.links!.featuresForProgramme(p.id);
    expect(lit.states).toEqual(refs.filter((f) => f.kind === 'state').map((f) => f.id));
    expect(lit.routes).toEqual(refs.filter((f) => f.kind === 'route').map((f) => f.id));
    // A commitment lights each state, route and place it concerns once, however many ways it reaches them.
    for (const c of content.commitmentById.values()) {
      const l = lightsOf({ kind: 'commitment', id: c.id }, content);
      for (const ids of [l.states, l.routes, l.places]) expect(new Set(ids).size).toBe(ids.length);
      for (const s of c.concerns.states ?? []) expect(l.states).toContain(s);
    }
    const passage = lightsOf({ kind: 'passage', id: 'economic-energy-corridor-2' }, content);
    expect(passage.states.length + passage.routes.length).toBeGreaterThan(0);
    for (const kind of ['declaration', 'commitments'] as const) {
      expect(lightsOf({ kind, id: kind }, content)).toEqual({ states: [], routes: [], places: [], water: [] });
    }
  });
});

describe('the map and the camera', () => {
  it('frames every kind but the two that concern the whole map', () => {
    expect(SELECTION_KINDS.filter((k) => !framesCamera({ kind: k, id: k }))).toEqual(['declaration', 'commitments']);
  });

  it('highlights states, routes, places and water; marks by feature-state all but water', () => {
    expect(SELECTION_KINDS.filter((k) => mapFeatureOf({ kind: k, id: 'x' }) !== null)).toEqual(['state', 'route', 'place', 'water']);
    expect(SELECTION_KINDS.filter((k) => markedFeatureOf({ kind: k, id: 'x' }) !== null)).toEqual(['state', 'route', 'place']);
    expect(mapFeatureOf(null)).toBeNull();
    expect(markedFeatureOf({ kind: 'place', id: 'aktau' })).toEqual({ kind: 'place', id: 'aktau' });
  });

  it('gives every interactive layer of the style to exactly one kind', () => {
    for (const layer of INTERACTIVE_LAYERS) {
      const owners = SELECTION_KINDS.filter((k) => KINDS[k].onMap?.layers.some((l) => l === layer));
      expect(owners, layer).toHaveLength(1);
    }
  });

  it('reads a picked feature as its kind’s entry says', () => {
    const noName = () => undefined;
    expect(pickedFeature('countries-fill', { id: 'KAZ', name: 'Kazakhstan', c5: true }, noName)).toEqual({ kind: 'state', id: 'KAZ', name: 'Kazakhstan' });
    // Only the five are selectable: a neighbour's polygon is not.
    expect(pickedFeature('countries-fill', { id: 'AFG', name: 'Afghanistan', c5: false }, noName)).toBeNull();
    expect(pickedFeature('routes-hit', { route: 'casa-1000', leg: 2 }, (kind, id) => (kind === 'route' && id === 'casa-1000' ? 'CASA-1000' : undefined))).toEqual({
      kind: 'route',
      id: 'casa-1000',
      name: 'CASA-1000',
    });
    expect(pickedFeature('places-dot', { id: 'aktau', name: 'Aktau' }, noName)).toEqual({ kind: 'place', id: 'aktau', name: 'Aktau' });
    const riverLayer = INTERACTIVE_LAYERS.find((l) => KINDS.water.onMap.layers.some((w) => w === l))!;
    expect(pickedFeature(riverLayer, { id: 'amu-darya' }, noName)).toEqual({ kind: 'water', id: 'amu-darya', name: 'amu-darya' });
    expect(pickedFeature(riverLayer, { name: 'unnamed' }, noName)).toBeNull();
    expect(pickedFeature('background', { id: 'KAZ' }, noName)).toBeNull();
    // An empty or non-text id is no feature.
    expect(pickedFeature('places-dot', { id: '' }, noName)).toBeNull();
    expect(pickedFeature('places-dot', { id: 7 }, noName)).toBeNull();
    // An empty name falls back to the name the map knows.
    expect(pickedFeature('places-dot', { id: 'aktau', name: '' }, () => 'Aktau')).toEqual({ kind: 'place', id: 'aktau', name: 'Aktau' });
  });
});

describe('selection ids, at their edges (what mutation testing asks of the parser)', () => {
  it('resolves each kind to exactly its kind and id', () => {
    expect(resolveSelection('KAZ', known)).toEqual({ kind: 'state', id: 'KAZ' });
    expect(resolveSelection('casa-1000', known)).toEqual({ kind: 'route', id: 'casa-1000' });
    expect(resolveSelection('place:aktau', known)).toEqual({ kind: 'place', id: 'aktau' });
    expect(resolveSelection('programme:pgi', known)).toEqual({ kind: 'programme', id: 'pgi' });
    expect(resolveSelection('passage:economic-energy-corridor-2', known)).toEqual({ kind: 'passage', id: 'economic-energy-corridor-2' });
    expect(resolveSelection('water:amu-darya', known)).toEqual({ kind: 'water', id: 'amu-darya' });
    expect(resolveSelection('declaration', known)).toBe(DECLARATION);
    expect(resolveSelection('commitments', known)).toBe(COMMITMENTS);
  });

  it('looks an id up in its own kind only, and routes by their exact spelling', () => {
    for (const id of ['place:pgi', 'water:aktau', 'passage:amu-darya', 'programme:KAZ', 'state:KAZ', 'route:casa-1000', 'CASA-1000', 'aktau', 'place:', ':aktau', 'place:aktau:x', 'Declaration', 'commitment:']) {
      expect(resolveSelection(id, known), id).toBeNull();
    }
    expect(resolveSelection('uZb', known)).toEqual({ kind: 'state', id: 'UZB' });
  });

  it('writes every kind back as the URL spells it', () => {
    expect(selectionToId({ kind: 'state', id: 'KAZ' })).toBe('KAZ');
    expect(selectionToId({ kind: 'route', id: 'casa-1000' })).toBe('casa-1000');
    expect(selectionToId(DECLARATION)).toBe('declaration');
    expect(selectionToId(COMMITMENTS)).toBe('commitments');
    expect(selectionToId({ kind: 'water', id: 'amu-darya' })).toBe('water:amu-darya');
    expect(selectionToId({ kind: 'commitment', id: 'x.s1' })).toBe('commitment:x.s1');
  });

  it('compares selections by kind and id', () => {
    const a = { kind: 'state', id: 'KAZ' } as const;
    expect(sameSelection(a, a)).toBe(true);
    expect(sameSelection(a, { kind: 'state', id: 'KAZ' })).toBe(true);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(a, null)).toBe(false);
    expect(sameSelection(null, a)).toBe(false);
    expect(sameSelection(a, { kind: 'state', id: 'UZB' })).toBe(false);
    expect(sameSelection({ kind: 'place', id: 'x' }, { kind: 'water', id: 'x' })).toBe(false);
  });
});
