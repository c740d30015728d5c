import { describe, expect, it } from 'vitest';
import { COMMITMENTS, DECLARATION, resolveSelection, sameSelection, selectionToId, type KnownIds } from '../../src/state/selection';

const known: KnownIds = {
  states: new Set(['KAZ', 'UZB']),
  routes: new Set(['casa-1000']),
  places: new Set(['aktau']),
  programmes: new Set(['pgi']),
  passages: new Set(['economic-energy-corridor-2']),
  water: new Set(['amu-darya']),
  commitments: new Set(['economic-energy-corridor-1.s4']),
};

describe('selection ids', () => {
  it('resolves every kind the URL can name, and writes it back the same way', () => {
    const ids = ['KAZ', 'casa-1000', 'place:aktau', 'programme:pgi', 'passage:economic-energy-corridor-2', 'declaration', 'commitments', 'commitment:economic-energy-corridor-1.s4'];
    for (const id of ids) {
      const sel = resolveSelection(id, known);
      expect(sel, id).not.toBeNull();
      expect(selectionToId(sel!)).toBe(id);
    }
    expect(resolveSelection('kaz', known)).toEqual({ kind: 'state', id: 'KAZ' });
  });

  it('refuses ids the data does not hold', () => {
    for (const id of ['RUS', 'place:nowhere', 'programme:aktau', 'javascript:alert', 'constructor', '__proto__', 'toString:x', 'commitment:nothing', 'commitment:KAZ']) {
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
