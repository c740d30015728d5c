// The legend: what each colour and dash means (read from the same scales as the map), the layer
// toggles, the "Since 2023" switch between the routes' status in September 2023 and now, and
// keyboard-reachable lists of every state and route.
import { prose } from '../../data/lang';
import { LazyDetails } from './LazyDetails';
import { useId, useState } from 'react';
import type { RouteMeta } from '../../data/types';
import { MODES, ROUTE_GROUPS, STATUSES } from '../../data/types';
import { groupLabel, groupShortLabel, modeLabel, statusLabel } from '../data/labels';
import { basemap, modeColour, routeStatusDash } from '../map/palette';
import type { LayerVisibility } from '../map/style';
import type { AsOf } from '../state/url';
import { COMMITMENTS, selectionToId } from '../state/selection';

export interface StateItem {
  id: string;
  name: string;
}

interface Props {
  visibility: LayerVisibility;
  onToggle: (key: keyof LayerVisibility) => void;
  states: StateItem[];
  /** Null until the routes' metadata has loaded (after the first map): their lists then appear. */
  routes: RouteMeta[] | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  compact?: boolean;
  /** Which date the routes are drawn at; the switch shows only when `onAsOf` is given. */
  asOf?: AsOf;
  onAsOf?: (value: AsOf) => void;
  /** 'YYYY-MM-DD': when the status now was last checked. */
  statusNowChecked?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "28 November 2026" from '2026-11-28'. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
};

/** What the legend says the map shows: the words are the test of which date is drawn. */
export function asOfTitle(asOf: AsOf, checked?: string): string {
  return asOf === 'latest' ? `Status now${checked ? `, checked ${day(checked)}` : ''}` : 'Status as of September 2023';
}

const GROUPS: { key: keyof LayerVisibility; label: string }[] = [
  { key: 'states', label: 'The five states' },
  ...ROUTE_GROUPS.map((g) => ({ key: g, label: groupLabel[g] })),
  { key: 'places', label: 'Places' },
  { key: 'physical', label: 'Physical geography' },
];

function LineSwatch({ colour, dash }: { colour: string; dash: number[] }) {
  const w = 3;
  return (
    <svg width="34" height="10" aria-hidden="true" className="swatch">
      <line x1="1" y1="5" x2="33" y2="5" stroke={colour} strokeWidth={w} strokeDasharray={dash.length ? dash.map((d) => d * w).join(' ') : undefined} />
    </svg>
  );
}

export function Legend({ visibility, onToggle, states, routes, selectedId, onSelect, compact = false, asOf = '2023', onAsOf, statusNowChecked }: Props) {
  const radioName = useId();
  const routeList = (group: RouteMeta['group']) => (routes ?? []).filter((r) => r.group === group);
  // On phones the legend folds behind a button so the map stays usable; on wide screens it is open.
  const [open, setOpen] = useState(false);
  return (
    <section className={`legend${compact ? ' legend-compact' : ''}${open ? ' legend-open' : ''}`} aria-label="Legend and layers">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide legend' : 'Legend & layers'}
      </button>
      <h2 className="legend-title">Layers</h2>
      <ul className="legend-groups">
        {GROUPS.map((g) => (
          <li key={g.key}>
            <label>
              <input type="checkbox" checked={visibility[g.key]} onChange={() => onToggle(g.key)} /> {g.label}
            </label>
          </li>
        ))}
      </ul>
      {onAsOf && (
        <fieldset className="asof">
          <legend className="legend-sub">Since 2023</legend>
          <label>
            <input type="radio" name={radioName} value="2023" checked={asOf === '2023'} onChange={() => onAsOf('2023')} /> Routes as of September 2023
          </label>
          <label>
            <input type="radio" name={radioName} value="latest" checked={asOf === 'latest'} onChange={() => onAsOf('latest')} /> Routes now
          </label>
          <button type="button" className="link-button since-open" aria-current={selectedId === selectionToId(COMMITMENTS) || undefined} onClick={() => onSelect(selectionToId(COMMITMENTS))}>
            What became of the commitments
          </button>
        </fieldset>
      )}
      <h3 className="legend-sub">Route mode</h3>
      <ul className="legend-key">
        {MODES.map((m) => (
          <li key={m}>
            <LineSwatch colour={modeColour(m)} dash={[]} /> {modeLabel[m]}
          </li>
        ))}
      </ul>
      <h3 className="legend-sub" id="legend-asof">
        {asOfTitle(asOf, statusNowChecked)}
      </h3>
      <ul className="legend-key">
        {STATUSES.map((s) => (
          <li key={s}>
            <LineSwatch colour="#444" dash={routeStatusDash(s)} /> {statusLabel[s]}
          </li>
        ))}
        {asOf === 'latest' && (
          <li>
            <LineSwatch colour="#444" dash={routeStatusDash('stalled')} /> Stalled
          </li>
        )}
        <li>
          <svg width="34" height="12" aria-hidden="true" className="swatch">
            <rect x="2" y="1" width="30" height="10" fill={basemap.c5Fill} stroke={basemap.c5Border} />
          </svg>{' '}
          C5 signatory state
        </li>
      </ul>
      <p className="legend-note">Lines run through the stations and towns of each route; where its alignment is not public, the route panel says so. Each mode is also written along its line; faint lines are context the declaration does not name.</p>
      {!compact && (
        <nav aria-label="Everything on the map" className="legend-lists">
          <details open>
            <summary>States ({states.length})</summary>
            <ul>
              {states.map((s) => (
                <li key={s.id}>
                  <button type="button" className="link-button" aria-current={selectedId === s.id || undefined} onClick={() => onSelect(s.id)}>
                    {s.name}
                  </button>
                </li>
              ))}
            </ul>
          </details>
          {routes && ROUTE_GROUPS.map((g) => (
            // Built when opened: a selection re-renders the legend, and these lists grow with the data.
            <LazyDetails key={g} summary={`${groupShortLabel[g]} (${routeList(g).length})`}>
              {() => (
                <ul>
                  {routeList(g).map((r) => (
                    <li key={r.id}>
                      <button type="button" className="link-button" aria-current={selectedId === r.id || undefined} onClick={() => onSelect(r.id)}>
                        {prose(r.name)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </LazyDetails>
          ))}
        </nav>
      )}
    </section>
  );
}
