// The legend: what each colour and dash means (read from the same scales as the map), the layer
// toggles, the map's date (a slider from the summit to the newest evidence), and
// keyboard-reachable lists of every state and route.
import { prose } from '../../data/lang';
import { LazyDetails } from './LazyDetails';
import { Fragment, useState } from 'react';
import { DateSlider } from './DateSlider';
import type { TimelineMark } from '../state/dates';
import type { RouteMeta } from '../../data/types';
import { ROUTE_GROUPS } from '../../data/types';
import { groupLabel, groupShortLabel } from '../data/labels';
import { t } from '../i18n';
import { drawnStatuses, legendModel, type LegendSwatch } from '../map/legend';
import type { LayerVisibility } from '../map/style';
import { DECLARATION_DATE } from '../../data/types';
import { COMMITMENTS, selectionToId } from '../state/selection';

export { asOfTitle } from '../map/legend';

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
  /** Folded behind its button until the reader opens it (a small embed); phones fold it by their media query. */
  foldable?: boolean;
  /** 'YYYY-MM-DD': the day the map shows; the slider shows only when `onDay` is given. */
  day?: string;
  onDay?: (day: string) => void;
  /** The dated events along the slider, null until the data dating them has loaded. */
  marks?: readonly TimelineMark[] | null;
  reducedMotion?: boolean;
}

/** The layer groups' toggles, in the order the legend lists them; labels read at render. */
const GROUPS: { key: keyof LayerVisibility; label: () => string }[] = [
  { key: 'states', label: () => t('legend.layer.states') },
  ...ROUTE_GROUPS.map((g) => ({ key: g, label: () => groupLabel[g] })),
  { key: 'places', label: () => t('legend.layer.places') },
  { key: 'physical', label: () => t('legend.layer.physical') },
];

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  if (swatch.type === 'area') {
    return (
      <svg width="34" height="12" aria-hidden="true" className="swatch">
        <rect x="2" y="1" width="30" height="10" fill={swatch.fill} stroke={swatch.stroke} />
      </svg>
    );
  }
  const w = 3;
  const { colour, dash, halo } = swatch;
  return (
    <svg width="34" height="12" aria-hidden="true" className="swatch">
      {halo && (
        // The service halo, as the map draws it under the line.
        <line x1="1" y1="6" x2="33" y2="6" stroke={halo.colour} strokeOpacity={halo.opacity} strokeWidth={10} strokeDasharray={halo.dash.length ? halo.dash.map((d) => d * 10).join(' ') : undefined} />
      )}
      <line x1="1" y1="6" x2="33" y2="6" stroke={colour} strokeWidth={w} strokeDasharray={dash.length ? dash.map((d) => d * w).join(' ') : undefined} />
    </svg>
  );
}

export function Legend({ visibility, onToggle, states, routes, selectedId, onSelect, compact = false, foldable = false, day = DECLARATION_DATE, onDay, marks = null, reducedMotion = false }: Props) {
  const routeList = (group: RouteMeta['group']) => (routes ?? []).filter((r) => r.group === group);
  // On phones and in small embeds the legend folds behind a button so the map stays usable; on wide
  // screens it is open. Folded or not, it starts closed: the reader opens it.
  const [open, setOpen] = useState(false);
  // Before the routes' metadata arrives the model lists every status the date can show.
  const statuses = routes?.length ? drawnStatuses(routes, visibility, day) : undefined;
  const sections = legendModel({ visibility, day, statuses });
  return (
    <section className={`legend${compact ? ' legend-compact' : ''}${foldable ? ' legend-foldable' : ''}${open ? ' legend-open' : ''}`} aria-label={t('legend.label')} data-furniture>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('legend.hide') : t('legend.show')}
      </button>
      <h2 className="legend-title">{t('legend.layers')}</h2>
      <ul className="legend-groups">
        {GROUPS.map((g) => (
          <li key={g.key}>
            <label>
              <input type="checkbox" checked={visibility[g.key]} onChange={() => onToggle(g.key)} /> {g.label()}
            </label>
          </li>
        ))}
      </ul>
      {onDay && (
        <fieldset className="asof">
          <legend className="legend-sub">{t('legend.since')}</legend>
          <DateSlider day={day} onDay={onDay} marks={marks} reducedMotion={reducedMotion} />
          <button type="button" className="link-button since-open" aria-current={selectedId === selectionToId(COMMITMENTS) || undefined} onClick={() => onSelect(selectionToId(COMMITMENTS))}>
            {t('legend.openCommitments')}
          </button>
        </fieldset>
      )}
      {sections.map((section) => (
        <Fragment key={section.id}>
          {section.title && (
            <h3 className="legend-sub" id={section.id === 'track' ? 'legend-asof' : undefined}>
              {section.title}
            </h3>
          )}
          {section.note && <p className="legend-evidence">{section.note}</p>}
          <ul className="legend-key">
            {section.rows.map((row) => (
              <li key={row.id}>
                <Swatch swatch={row.swatch} /> {row.label}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
      <p className="legend-note">{t('legend.note')}</p>
      {!compact && (
        <nav aria-label={t('legend.lists')} className="legend-lists">
          <details open>
            <summary>{t('legend.statesList', { count: states.length })}</summary>
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
            <LazyDetails key={g} summary={t('legend.routesList', { group: groupShortLabel[g], count: routeList(g).length })}>
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
