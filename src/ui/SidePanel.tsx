// The side panel (a bottom sheet on phones): a heading for the selection, a close button, and the
// panel for its kind, from PANELS: one panel per kind of the registry (src/state/selection.ts). Focus moves to the heading when it opens, so keyboard and screen-reader
// users land on what they chose.
import { DEFAULT_LANG, prose } from '../../data/lang';
import { activeLang } from '../i18n';
import { useEffect, useMemo, useRef, type ComponentType } from 'react';
import type { GeoLoad } from '../data/geo';
import { kindLabel, type Selection, type SelectionKind } from '../state/selection';
import { CommitmentPanel } from './panels/CommitmentPanel';
import { CommitmentsPanel } from './panels/CommitmentsPanel';
import { DeclarationPanel } from './panels/DeclarationPanel';
import { PassagePanel } from './panels/PassagePanel';
import { PlacePanel } from './panels/PlacePanel';
import { ProgrammePanel } from './panels/ProgrammePanel';
import { RoutePanel } from './panels/RoutePanel';
import { StatePanel } from './panels/StatePanel';
import { WaterPanel } from './panels/WaterPanel';
import type { OnSelect } from './panels/common';
import { contentOn, type Content } from '../content/build';
import { LAST_DAY } from '../state/url';
import { t } from '../i18n/later';
import './panel.css';

interface Props {
  selection: Selection;
  geo: GeoLoad;
  content: Content;
  onSelect: OnSelect;
  onClose: () => void;
  /** 'YYYY-MM-DD': the map's date; the commitments, their counts and the statuses are read at it. Default: the last day. */
  day?: string;
}


/** The six signatories for the list's state filter, by the names the map uses. */
function signatoryStates(geo: GeoLoad, content: Content): { id: string; name: string }[] {
  return content.declaration.signatories.map((s) => ({
    id: s.country,
    name: geo.index.countries.get(s.country)?.name ?? (s.country === 'USA' ? t('state.usa') : s.stateAsWritten),
  }));
}

/** Names for a commitment's states, routes and programmes. */
function names(geo: GeoLoad, content: Content): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of signatoryStates(geo, content)) out[s.id] = s.name;
  for (const [id, r] of geo.index.routes) out[id] = prose(r.name);
  for (const p of content.programmes) out[p.id] = p.name;
  return out;
}

/** What every kind's panel is given: the selection's id, the data and content, and how to select something else. */
export interface PanelProps {
  id: string;
  geo: GeoLoad;
  /** Read at the map's date (see `contentOn`). */
  content: Content;
  onSelect: OnSelect;
  /** 'YYYY-MM-DD': the map's date. */
  day: string;
}

/**
 * The panel of each kind of selection. Typed by the registry's kinds, so the compiler refuses a kind
 * without its panel; it lives here, in the lazily loaded panel chunk, not in the registry (first load).
 */
export const PANELS: { [K in SelectionKind]: ComponentType<PanelProps> } = {
  state: StatePanel,
  route: RoutePanel,
  place: PlacePanel,
  water: WaterPanel,
  programme: ProgrammePanel,
  passage: PassagePanel,
  declaration: DeclarationPanel,
  commitments: ({ geo, content, onSelect, day }) => (
    <CommitmentsPanel commitments={content.commitments} states={signatoryStates(geo, content)} checked={content.commitmentsChecked} day={day} onSelect={onSelect} />
  ),
  commitment: ({ id, geo, content, onSelect }) => {
    const commitment = content.commitmentById.get(id);
    // Keyed by id: another commitment starts with its own list state.
    return commitment ? <CommitmentPanel key={id} commitment={commitment} names={names(geo, content)} onSelect={onSelect} /> : null;
  },
};

export function SidePanel({ selection, geo, content: all, onSelect, onClose, day = LAST_DAY }: Props) {
  const content = useMemo(() => contentOn(all, day), [all, day]);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The reader lands on what was chosen, unless they are working in an open dialog (a host page
    // may change the selection behind it).
    if (!document.activeElement?.closest('[aria-modal="true"]')) heading.current?.focus({ preventScroll: true });
    body.current?.scrollTo?.({ top: 0 });
    // User Timing for the benchmark: from the click on the map ('select') to the rendered panel.
    performance.mark('panel-open');
    if (performance.getEntriesByName('select', 'mark').length > 0) {
      performance.measure('click-to-panel', 'select', 'panel-open');
      performance.clearMarks('select');
    }
  }, [selection.kind, selection.id]);
  const title = content.titleOf(selection);
  const Panel = PANELS[selection.kind];
  return (
    <aside className="side-panel" aria-labelledby="panel-title" data-furniture>
      <div className="panel-head">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          <span className="panel-kicker">{kindLabel(selection.kind)}</span>
          {title}
        </h2>
        <button type="button" className="panel-close" onClick={onClose} aria-label={t('panel.closeLabel')}>
          {t('panel.close')}
        </button>
      </div>
      <div className="panel-body" ref={body}>
        {/* Outside English, the quotes stay as signed: the panel says why they are in English. */}
        {activeLang() !== DEFAULT_LANG && <p className="official-text">{t('declaration.officialText')}</p>}
        <Panel id={selection.id} geo={geo} content={content} onSelect={onSelect} day={day} />
      </div>
    </aside>
  );
}

/**
 * The route charts (and d3-scale) live in this chunk; the tour's card loads them from here, so they
 * add no chunk of their own to the first load's list of lazy files.
 */
export { RouteSeries } from './panels/SeriesChart';
