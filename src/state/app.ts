// The app's state as one pure reducer: what is selected, the tour step, what the camera is asked to
// do, what the address bar and the host page are told, and what is announced. Components dispatch
// what the user did; small hooks at the edges (useUrlSync, the host bridge, the tour timer) carry
// out the requests this state holds. Tested action by action in node.
import type { OutMessage, StateMessage } from '../embed/messages';
import { announcedName, COMMITMENTS, framesCamera, idOf, resolveSelection, sameSelection, selectionToId, type KnownIds, type Selection } from './selection';
import { asOfDay, asOfFor, parseHash, quote, type AsOf, type HashState, type MapView as View } from './url';
import { formatDate, t } from '../i18n';

/** Where a selection came from: it decides the address entry, the camera and what the host hears. */
export type SelectOrigin = 'click' | 'list' | 'link' | 'history' | 'host' | 'tour';

/** What the reducer needs to know of the loaded content to resolve ids and name things. */
export interface Catalog {
  known: KnownIds;
  titleOf: (sel: Selection) => string;
}

/** A request to write the address: `patch` keys set to undefined are removed. */
export interface AddressRequest {
  key: number;
  mode: 'push' | 'replace';
  patch: HashState;
}

/** What the camera should show: the selection's features, the tour step's, or a view from the address. */
export type CameraTarget = { kind: 'selection' } | { kind: 'step' } | { kind: 'view'; view: View };

export interface CameraOrder {
  key: number;
  target: CameraTarget;
}

export interface AppState {
  selection: Selection | null;
  /** Which date the routes are drawn at: September 2023 (the default) or their status now. */
  asOf: AsOf;
  /** 1-based tour step; null outside the tour. */
  step: number | null;
  /** The titles of the tour's steps, once its chunk has loaded. */
  tour: string[] | null;
  /** Seconds between tour steps in a kiosk; null when not playing. */
  autoplay: number | null;
  catalog: Catalog | null;
  /** The address's selection, waiting for the content that can resolve it. */
  pendingLink: { sel: string | null; hasView: boolean } | null;
  /** A choice made before the content could resolve it (a list clicked in the first instant). */
  queued: Selection | string | null;
  camera: CameraOrder | null;
  address: AddressRequest | null;
  /** Messages for the host page, newest batch; `key` changes with every batch. */
  outbox: { key: number; messages: OutMessage[] } | null;
  notices: string[];
  /** Read out by the live region. */
  announcement: string;
  /** Counter behind every request key. */
  seq: number;
}

export type AppAction =
  | { type: 'select'; origin: Exclude<SelectOrigin, 'link' | 'history'>; target: Selection | string }
  | { type: 'clear' }
  | { type: 'step'; step: number | null; origin: 'user' | 'autoplay' }
  /** The "Since 2023" switch: a view setting, so it replaces the address entry rather than adding one. */
  | { type: 'as of'; value: AsOf }
  | { type: 'history changed'; hash: string }
  | { type: 'host message'; message: StateMessage }
  /** The content arrived: the address's selection is resolved now. */
  | { type: 'link resolved'; catalog: Catalog }
  | { type: 'tour loaded'; titles: string[] }
  | { type: 'stop autoplay' }
  | { type: 'notice'; text: string }
  | { type: 'dismiss notice'; index: number };

/** The most notices shown at once: a flood of bad links must not bury the map. */
const MAX_NOTICES = 3;

export function initialState(hash: string, opts: { tour: boolean; autoplay: number | null; notices: string[] }): AppState {
  const parsed = parseHash(hash);
  const notices = [...parsed.notices, ...opts.notices];
  return {
    selection: null,
    asOf: parsed.state.asof ?? (followsThrough(parsed.state.sel) ? 'latest' : '2023'),
    step: parsed.state.step ?? (opts.tour ? 1 : null),
    tour: null,
    autoplay: opts.autoplay,
    catalog: null,
    pendingLink: { sel: parsed.state.sel ?? null, hasView: parsed.state.map !== undefined },
    queued: null,
    camera: null,
    // A link with parts the atlas could not use is rewritten without them, so it can be shared cleanly.
    address: parsed.notices.length > 0 ? { key: 1, mode: 'replace', patch: {} } : null,
    outbox: null,
    notices,
    announcement: '',
    seq: 1,
  };
}

const unknownLink = (raw: string, wholeMap = false): string => t(wholeMap ? 'notice.unknownLinkWholeMap' : 'notice.unknownLink', { link: quote(raw) });

function addNotices(notices: string[], more: string[]): string[] {
  if (more.length === 0) return notices;
  return [...notices, ...more].filter((x, i, all) => all.indexOf(x) === i).slice(-MAX_NOTICES);
}

function selectedAnnouncement(state: AppState, sel: Selection | null): string {
  if (!sel) return t('announce.cleared');
  const name = announcedName(sel) ?? state.catalog?.titleOf(sel) ?? sel.id;
  return t('announce.selected', { name });
}

/** Requests bundled with a new key each: the address, the camera, the host page. */
function requests(
  state: AppState,
  r: { address?: Omit<AddressRequest, 'key'>; camera?: CameraTarget; post?: OutMessage[] },
): Pick<AppState, 'address' | 'camera' | 'outbox' | 'seq'> {
  let seq = state.seq;
  const address = r.address ? { key: ++seq, ...r.address } : state.address;
  const camera = r.camera ? { key: ++seq, target: r.camera } : state.camera;
  const outbox = r.post?.length ? { key: ++seq, messages: r.post } : state.outbox;
  return { address, camera, outbox, seq };
}

function resolve(state: AppState, target: Selection | string): Selection | null {
  if (typeof target !== 'string') return target;
  return state.catalog ? resolveSelection(target, state.catalog.known) : null;
}

/**
 * "What became of the commitments" asks about now: the commitments opened while the map shows the
 * summit's day (the default, when nothing had happened yet) move the map to the newest evidence. Any
 * other day the reader chose stays, and a link with its own date keeps it.
 */
const FOLLOW_THROUGH_KINDS: readonly string[] = ['commitments', 'commitment'];
function followsThrough(sel: string | undefined): boolean {
  // The address forms come from the registry: the list's fixed id, and one commitment's prefix.
  return !!sel && (sel === selectionToId(COMMITMENTS) || sel.startsWith(idOf('commitment', '')));
}

function select(state: AppState, sel: Selection): AppState {
  const toLatest = FOLLOW_THROUGH_KINDS.includes(sel.kind) && state.asOf === '2023';
  return {
    ...state,
    ...(toLatest ? { asOf: 'latest' as const } : {}),
    selection: sel,
    // Choosing something leaves the tour.
    step: null,
    announcement: selectedAnnouncement(state, sel),
    ...requests(state, {
      address: { mode: 'push', patch: { sel: selectionToId(sel), step: undefined, ...(toLatest ? { asof: 'latest' as const } : {}) } },
      // A kind that concerns the whole map (the declaration, the commitments list) leaves the view where the reader put it.
      camera: framesCamera(sel) ? { kind: 'selection' } : undefined,
      post: [{ type: 'atlas:selected', id: selectionToId(sel) }],
    }),
  };
}

function clear(state: AppState, leaveTour: boolean): AppState {
  const step = leaveTour ? null : state.step;
  return {
    ...state,
    selection: null,
    step,
    announcement: t('announce.cleared'),
    ...requests(state, {
      address: { mode: 'push', patch: { sel: undefined, step: step ?? undefined } },
      post: [{ type: 'atlas:selected', id: null }],
    }),
  };
}

/** Announcement, camera and host message for a tour step, once the tour's steps are known. */
function stepEffects(state: AppState): Partial<AppState> {
  if (state.step === null || !state.tour) return {};
  const total = state.tour.length;
  return {
    announcement: t('announce.step', { step: state.step, total, title: state.tour[state.step - 1] }),
    ...requests(state, { camera: { kind: 'step' }, post: [{ type: 'atlas:step', index: state.step, total }] }),
  };
}

function goStep(state: AppState, n: number | null): AppState {
  const total = state.tour?.length ?? null;
  const step = n === null ? null : Math.max(1, total ? Math.min(n, total) : n);
  const next: AppState = {
    ...state,
    step,
    selection: step !== null ? null : state.selection,
    ...requests(state, {
      address: {
        mode: 'replace',
        patch: { step: step ?? undefined, sel: step !== null || !state.selection ? undefined : selectionToId(state.selection) },
      },
    }),
  };
  return { ...next, ...stepEffects(next) };
}

function hostMessage(state: AppState, m: StateMessage): AppState {
  const total = state.tour?.length ?? null;
  switch (m.type) {
    case 'atlas:select': {
      const sel = resolve(state, m.id);
      if (sel) return select(state, sel);
      return { ...state, ...requests(state, { post: [{ type: 'atlas:selected', id: null }] }) };
    }
    case 'atlas:clear':
      return clear(state, true);
    case 'atlas:step':
      return goStep(state, m.index);
    case 'atlas:next':
      return goStep(state, state.step === null ? 1 : total ? Math.min(total, state.step + 1) : state.step + 1);
    case 'atlas:prev':
      return goStep(state, state.step === null ? 1 : Math.max(1, state.step - 1));
  }
}

/** The content has arrived: the address's selection is resolved, and the host told the atlas is ready. */
function resolveLink(state: AppState, catalog: Catalog): AppState {
  const withCatalog: AppState = { ...state, catalog: catalog, pendingLink: null };
  const ready: AppState = { ...withCatalog, ...requests(withCatalog, { post: [{ type: 'atlas:ready' }] }) };
  const link = state.pendingLink;
  if (!link?.sel) return ready;
  const sel = resolveSelection(link.sel, catalog.known);
  if (!sel) {
    return {
      ...ready,
      notices: addNotices(ready.notices, [unknownLink(link.sel, true)]),
      ...requests(ready, { address: { mode: 'replace', patch: { sel: undefined } } }),
    };
  }
  return {
    ...ready,
    selection: sel,
    announcement: selectedAnnouncement(ready, sel),
    // The link's own view wins over framing the selection.
    ...requests(ready, { camera: link.hasView ? undefined : { kind: 'selection' } }),
  };
}
export function reducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'select': {
      if (!state.catalog) return { ...state, queued: action.target };
      const sel = resolve(state, action.target);
      return sel ? select(state, sel) : state;
    }
    case 'clear':
      return state.selection ? clear(state, false) : state;
    case 'step': {
      const next = goStep(state, action.step);
      return action.origin === 'user' ? { ...next, autoplay: null } : next;
    }
    case 'as of':
    {
      // One name per day: the summit is the default, the last day 'latest', so links stay short and comparable.
      const asOf = asOfFor(asOfDay(action.value));
      if (asOf === state.asOf) return state;
      return {
        ...state,
        asOf,
        announcement: t('announce.asOfDay', { date: formatDate(asOfDay(asOf)) }),
        // The default is left out of the address, so a plain link stays plain.
        ...requests(state, { address: { mode: 'replace', patch: { asof: asOf === '2023' ? undefined : asOf } } }),
      };
    }
    case 'stop autoplay':
      return state.autoplay === null ? state : { ...state, autoplay: null };
    case 'host message':
      return hostMessage(state, action.message);
    case 'history changed': {
      const p = parseHash(action.hash);
      const sel = p.state.sel && state.catalog ? resolveSelection(p.state.sel, state.catalog.known) : null;
      const said = [...p.notices];
      if (p.state.sel && state.catalog && !sel) said.push(unknownLink(p.state.sel));
      return {
        ...state,
        selection: sameSelection(state.selection, sel) ? state.selection : sel,
        asOf: p.state.asof ?? '2023',
        notices: addNotices(state.notices, said),
        announcement: selectedAnnouncement(state, sel),
        ...requests(state, { camera: p.state.map ? { kind: 'view', view: p.state.map } : { kind: 'selection' } }),
      };
    }
    case 'link resolved': {
      const linked = resolveLink(state, action.catalog);
      const queued = linked.queued && resolve(linked, linked.queued);
      return queued ? select({ ...linked, queued: null }, queued) : { ...linked, queued: null };
    }
    case 'tour loaded': {
      const withTour: AppState = { ...state, tour: action.titles };
      if (state.step === null) return withTour;
      if (state.step > action.titles.length) return goStep(withTour, action.titles.length);
      return { ...withTour, ...stepEffects(withTour) };
    }
    case 'notice':
      return state.notices.includes(action.text) ? state : { ...state, notices: [...state.notices, action.text] };
    case 'dismiss notice':
      return { ...state, notices: state.notices.filter((_, i) => i !== action.index) };
  }
}
