// The app's reducer, action by action: what is selected, what the address, the camera and the host
// page are asked to do, and what is announced.
import { describe, expect, it } from 'vitest';
import { initialState, reducer, type AppAction, type AppState, type Catalog } from '../../src/state/app';
import type { Selection } from '../../src/state/selection';
import { LAST_DAY, type AsOf } from '../../src/state/url';
import { DECLARATION_DATE } from '../../data/types';
import { formatDate } from '../../src/i18n';

const catalog: Catalog = {
  known: {
    states: new Set(['KAZ', 'TJK']),
    routes: new Set(['casa-1000']),
    places: new Set(['aktau']),
    programmes: new Set(['usaid']),
    passages: new Set(['security-1', 'security-1.s2']),
    water: new Set(['amu-darya']),
    commitments: new Set(['energy-climate-1.s4']),
  },
  titleOf: (sel: Selection) => ({ KAZ: 'Kazakhstan', TJK: 'Tajikistan', 'casa-1000': 'CASA-1000' })[sel.id] ?? sel.id,
};

const open = (hash = '', opts: Partial<Parameters<typeof initialState>[1]> = {}) =>
  initialState(hash, { tour: false, autoplay: null, notices: [], ...opts });
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(reducer, state);
const ready = (hash = '') => run(open(hash), { type: 'link resolved', catalog });

describe('opening the atlas', () => {
  it('starts with nothing selected and asks nothing of the address for a clean link', () => {
    const s = open('#map=4/42/62');
    expect(s.selection).toBeNull();
    expect(s.address).toBeNull();
    expect(s.step).toBeNull();
  });

  it('rewrites a link with unusable parts clean, and says why', () => {
    const s = open('#map=99/x/y&sel=KAZ');
    expect(s.address).toMatchObject({ mode: 'replace', patch: {} });
    expect(s.notices[0]).toMatch(/map position/);
  });

  it('opens the tour at the step the link names, or at 1 when the embed asks for the tour', () => {
    expect(open('#step=3').step).toBe(3);
    expect(open('', { tour: true }).step).toBe(1);
  });
});

describe('link resolved (the content has arrived)', () => {
  it('selects what the link names, frames it and tells the host the atlas is ready', () => {
    const s = ready('#sel=casa-1000');
    expect(s.selection).toEqual({ kind: 'route', id: 'casa-1000' });
    expect(s.camera?.target).toEqual({ kind: 'selection' });
    expect(s.announcement).toBe('Selected CASA-1000.');
    expect(s.outbox?.messages).toEqual([{ type: 'atlas:ready' }]);
    // The link is already in the address: no new history entry.
    expect(s.address).toBeNull();
  });

  it("keeps the link's own view instead of framing the selection", () => {
    expect(ready('#map=5/40/70&sel=KAZ').camera).toBeNull();
  });

  it('opens a sentence id as a passage', () => {
    expect(ready('#sel=passage:security-1.s2').selection).toEqual({ kind: 'passage', id: 'security-1.s2' });
  });

  it('drops an id the map does not have, with a notice, and removes it from the address', () => {
    const s = ready('#sel=atlantis');
    expect(s.selection).toBeNull();
    expect(s.notices).toEqual(['The link asks for “atlantis”, which is not on this map; showing the whole map instead.']);
    expect(s.address).toMatchObject({ mode: 'replace', patch: { sel: undefined } });
  });

  it('carries out a choice made before the content could resolve it', () => {
    const s = run(open(), { type: 'select', origin: 'list', target: 'TJK' }, { type: 'link resolved', catalog });
    expect(s.selection).toEqual({ kind: 'state', id: 'TJK' });
    expect(s.queued).toBeNull();
  });
});

describe('select', () => {
  it('from a click: a new history entry, the camera brought to it, an announcement, the host told', () => {
    const s = run(ready(), { type: 'select', origin: 'click', target: { kind: 'state', id: 'KAZ' } });
    expect(s.selection).toEqual({ kind: 'state', id: 'KAZ' });
    expect(s.address).toMatchObject({ mode: 'push', patch: { sel: 'KAZ', step: undefined } });
    expect(s.camera?.target).toEqual({ kind: 'selection' });
    expect(s.announcement).toBe('Selected Kazakhstan.');
    expect(s.outbox?.messages).toEqual([{ type: 'atlas:selected', id: 'KAZ' }]);
  });

  it('from a list, by id as links write it (any case for a state)', () => {
    expect(run(ready(), { type: 'select', origin: 'list', target: 'kaz' }).selection).toEqual({ kind: 'state', id: 'KAZ' });
    expect(run(ready(), { type: 'select', origin: 'list', target: 'place:aktau' }).selection).toEqual({ kind: 'place', id: 'aktau' });
  });

  it('gives every request a new key, so the same selection twice still frames the map again', () => {
    const once = run(ready(), { type: 'select', origin: 'list', target: 'KAZ' });
    const twice = run(once, { type: 'select', origin: 'list', target: 'KAZ' });
    expect(twice.camera!.key).toBeGreaterThan(once.camera!.key);
  });

  it('leaves the view alone for the whole declaration', () => {
    const s = run(ready(), { type: 'select', origin: 'list', target: { kind: 'declaration', id: 'declaration' } });
    expect(s.camera).toBeNull();
    expect(s.announcement).toBe('Selected the whole declaration.');
  });

  it('ignores an id it cannot resolve', () => {
    const before = ready();
    expect(run(before, { type: 'select', origin: 'list', target: 'nowhere' })).toBe(before);
  });

  it('from the tour ("Read the passage") leaves the tour', () => {
    const s = run(ready('#step=2'), { type: 'tour loaded', titles: ['a', 'b', 'c'] }, { type: 'select', origin: 'tour', target: 'passage:security-1' });
    expect(s.step).toBeNull();
    expect(s.address?.patch).toEqual({ sel: 'passage:security-1', step: undefined });
  });
});

describe('clear', () => {
  it('closes the panel with a history entry and tells the host', () => {
    const s = run(ready('#sel=KAZ'), { type: 'clear' });
    expect(s.selection).toBeNull();
    expect(s.address).toMatchObject({ mode: 'push', patch: { sel: undefined } });
    expect(s.announcement).toBe('Selection cleared.');
    expect(s.outbox?.messages).toEqual([{ type: 'atlas:selected', id: null }]);
  });

  it('does nothing when nothing is selected', () => {
    const s = ready();
    expect(run(s, { type: 'clear' })).toBe(s);
  });
});

describe('step (the tour)', () => {
  const inTour = () => run(ready(), { type: 'step', step: 1, origin: 'user' }, { type: 'tour loaded', titles: ['One', 'Two', 'Three'] });

  it('replaces the address with the step, frames the step and announces it', () => {
    const s = run(inTour(), { type: 'step', step: 2, origin: 'user' });
    expect(s.step).toBe(2);
    expect(s.address).toMatchObject({ mode: 'replace', patch: { step: 2, sel: undefined } });
    expect(s.camera?.target).toEqual({ kind: 'step' });
    expect(s.announcement).toBe('Tour step 2 of 3: Two.');
    expect(s.outbox?.messages).toEqual([{ type: 'atlas:step', index: 2, total: 3 }]);
  });

  it('clamps to the steps there are', () => {
    expect(run(inTour(), { type: 'step', step: 9, origin: 'user' }).step).toBe(3);
    expect(run(ready('#step=9'), { type: 'tour loaded', titles: ['One', 'Two'] }).step).toBe(2);
  });

  it('waits for the tour to load before announcing or framing', () => {
    const s = run(ready(), { type: 'step', step: 1, origin: 'user' });
    expect(s.step).toBe(1);
    expect(s.camera).toBeNull();
    expect(run(s, { type: 'tour loaded', titles: ['One'] }).announcement).toBe('Tour step 1 of 1: One.');
  });

  it('entering the tour closes the panel; leaving it removes the step from the address', () => {
    const s = run(ready('#sel=KAZ'), { type: 'step', step: 1, origin: 'user' });
    expect(s.selection).toBeNull();
    expect(run(s, { type: 'step', step: null, origin: 'user' }).address?.patch).toEqual({ step: undefined, sel: undefined });
  });

  it("a reader's step stops autoplay; the timer's keeps it going", () => {
    const kiosk = run(open('#step=1', { autoplay: 8 }), { type: 'link resolved', catalog }, { type: 'tour loaded', titles: ['a', 'b'] });
    expect(run(kiosk, { type: 'step', step: 2, origin: 'autoplay' }).autoplay).toBe(8);
    expect(run(kiosk, { type: 'step', step: 2, origin: 'user' }).autoplay).toBeNull();
    expect(run(kiosk, { type: 'stop autoplay' }).autoplay).toBeNull();
  });
});

describe('history changed (Back and Forward)', () => {
  it('restores the selection and the view the address holds, without writing the address', () => {
    const s = run(ready('#sel=KAZ'), { type: 'history changed', hash: '#map=5/40/70&sel=casa-1000' });
    expect(s.selection).toEqual({ kind: 'route', id: 'casa-1000' });
    expect(s.camera?.target).toEqual({ kind: 'view', view: { zoom: 5, lat: 40, lon: 70 } });
    expect(s.address).toBeNull();
  });

  it('frames the selection when the address holds no view, and clears it when it holds none', () => {
    expect(run(ready(), { type: 'history changed', hash: '#sel=KAZ' }).camera?.target).toEqual({ kind: 'selection' });
    const cleared = run(ready('#sel=KAZ'), { type: 'history changed', hash: '' });
    expect(cleared.selection).toBeNull();
    expect(cleared.announcement).toBe('Selection cleared.');
  });

  it('keeps only the newest three notices when bad addresses pile up', () => {
    const s = run(ready(), ...['a1', 'a2', 'a3', 'a4'].map((id) => ({ type: 'history changed', hash: `#sel=${id}` }) as const));
    expect(s.notices).toHaveLength(3);
    expect(s.notices[2]).toContain('a4');
  });
});

describe('host message', () => {
  it('selects by id, and answers null for an id it does not know', () => {
    expect(run(ready(), { type: 'host message', message: { type: 'atlas:select', id: 'TJK' } }).selection).toEqual({ kind: 'state', id: 'TJK' });
    const s = run(ready(), { type: 'host message', message: { type: 'atlas:select', id: 'nowhere' } });
    expect(s.selection).toBeNull();
    expect(s.outbox?.messages).toEqual([{ type: 'atlas:selected', id: null }]);
  });

  it('steps the tour: next from outside starts it, prev stops at 1, next stops at the end', () => {
    const start = ready();
    expect(run(start, { type: 'host message', message: { type: 'atlas:next' } }).step).toBe(1);
    const loaded = run(start, { type: 'host message', message: { type: 'atlas:step', index: 2 } }, { type: 'tour loaded', titles: ['a', 'b'] });
    expect(run(loaded, { type: 'host message', message: { type: 'atlas:next' } }).step).toBe(2);
    expect(run(loaded, { type: 'host message', message: { type: 'atlas:prev' } }, { type: 'host message', message: { type: 'atlas:prev' } }).step).toBe(1);
  });

  it('clear closes the panel and leaves the tour', () => {
    const s = run(ready('#step=2'), { type: 'host message', message: { type: 'atlas:clear' } });
    expect(s.step).toBeNull();
    expect(s.selection).toBeNull();
  });
});

describe('notices', () => {
  it('adds a map error once and dismisses by position', () => {
    const s = run(ready(), { type: 'notice', text: 'boom' }, { type: 'notice', text: 'boom' });
    expect(s.notices).toEqual(['boom']);
    expect(run(s, { type: 'dismiss notice', index: 0 }).notices).toEqual([]);
  });
});

describe('as of (the map’s date)', () => {
  it('starts at September 2023 unless the link says latest', () => {
    expect(open().asOf).toBe('2023');
    expect(open('#asof=latest&sel=casa-1000').asOf).toBe('latest');
  });

  it('switches at once, replaces the address entry, and leaves the default out of the address', () => {
    const latest = run(ready(), { type: 'as of', value: 'latest' });
    expect(latest.asOf).toBe('latest');
    expect(latest.address).toMatchObject({ mode: 'replace', patch: { asof: 'latest' } });
    expect(latest.announcement).toBe(`The map and the commitments show ${formatDate(LAST_DAY)}.`);
    const back = run(latest, { type: 'as of', value: '2023' });
    expect(back.asOf).toBe('2023');
    expect(back.address?.patch).toHaveProperty('asof', undefined);
    expect(back.address!.key).toBeGreaterThan(latest.address!.key);
  });

  it('does nothing when asked for the date already shown, and keeps the selection', () => {
    const s = ready('#sel=casa-1000');
    expect(run(s, { type: 'as of', value: '2023' })).toBe(s);
    expect(run(s, { type: 'as of', value: 'latest' }).selection).toEqual({ kind: 'route', id: 'casa-1000' });
  });

  it('takes any day in range, names the two ends, and follows a date link', () => {
    const june = run(ready(), { type: 'as of', value: '2024-06-01' });
    expect(june.asOf).toBe('2024-06-01');
    expect(june.address?.patch).toHaveProperty('asof', '2024-06-01');
    expect(june.announcement).toBe('The map and the commitments show 1 June 2024.');
    expect(run(june, { type: 'as of', value: LAST_DAY as AsOf }).asOf).toBe('latest');
    expect(run(june, { type: 'as of', value: DECLARATION_DATE as AsOf }).asOf).toBe('2023');
    expect(open('#asof=2024-06-01').asOf).toBe('2024-06-01');
    expect(run(ready(), { type: 'history changed', hash: '#asof=2025-01-31' }).asOf).toBe('2025-01-31');
  });

  it('opens "what became of the commitments" at the newest evidence when the map shows the summit, never over a chosen day', () => {
    const list = run(ready(), { type: 'select', origin: 'list', target: 'commitments' });
    expect(list.asOf).toBe('latest');
    expect(list.address?.patch).toMatchObject({ sel: 'commitments', asof: 'latest' });
    const june = run(ready('#asof=2024-06-01'), { type: 'select', origin: 'list', target: 'commitment:energy-climate-1.s4' });
    expect(june.asOf).toBe('2024-06-01');
    expect(june.address?.patch).not.toHaveProperty('asof');
    expect(run(ready(), { type: 'select', origin: 'list', target: 'KAZ' }).asOf).toBe('2023');
    expect(open('#sel=commitments').asOf).toBe('latest');
    expect(open('#sel=commitment:energy-climate-1.s4').asOf).toBe('latest');
    expect(open('#asof=2023&sel=commitments').asOf).toBe('2023');
  });

  it('follows Back and Forward', () => {
    expect(run(ready(), { type: 'history changed', hash: '#asof=latest' }).asOf).toBe('latest');
    expect(run(ready('#asof=latest'), { type: 'history changed', hash: '' }).asOf).toBe('2023');
  });
});

describe('commitment selections', () => {
  it('opens the list without moving the camera, and one commitment framing its features', () => {
    const list = run(ready(), { type: 'select', origin: 'list', target: 'commitments' });
    expect(list.selection).toEqual({ kind: 'commitments', id: 'commitments' });
    expect(list.address?.patch.sel).toBe('commitments');
    expect(list.camera).toBeNull();
    const one = run(list, { type: 'select', origin: 'list', target: 'commitment:energy-climate-1.s4' });
    expect(one.selection).toEqual({ kind: 'commitment', id: 'energy-climate-1.s4' });
    expect(one.camera?.target).toEqual({ kind: 'selection' });
    expect(one.address).toMatchObject({ mode: 'push', patch: { sel: 'commitment:energy-climate-1.s4' } });
  });

  it('resolves a deep link to a commitment, and refuses one the content does not hold', () => {
    expect(ready('#sel=commitment:energy-climate-1.s4').selection).toEqual({ kind: 'commitment', id: 'energy-climate-1.s4' });
    const bad = ready('#sel=commitment:nope');
    expect(bad.selection).toBeNull();
    expect(bad.notices[0]).toMatch(/not on this map/);
  });
});
