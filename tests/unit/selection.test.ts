import { describe, expect, it } from 'vitest';
import { resolveSelection, selectionToId, type KnownIds } from '../../src/state/selection';

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
