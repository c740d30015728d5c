// The list of every commitment with its status, filterable by status, state and theme, with the
// counts for what is shown. Plain props only (records in, ids out): the app decides what a selection does.
import { prose } from '../../../data/lang';
import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  COMMITMENT_STATUSES,
  STATUS_LABELS,
  displayDate,
  filterCommitments,
  newestDate,
  tallyText,
  type Commitment,
  type CommitmentFilter,
  type CommitmentStatus,
} from '../../content/commitments';
import { THEMES, themeById } from '../../content/themes';
import type { ThemeId } from '../../content/types';
import { SelectLink, type OnSelect } from './common';
import { idOf } from '../../state/selection';
import { Rich } from '../../i18n/Rich';
import { formatList, t } from '../../i18n/later';

export interface CommitmentsPanelProps {
  commitments: Commitment[];
  /** The states offered in the state filter, e.g. the six signatories. */
  states: { id: string; name: string }[];
  onSelect: OnSelect;
  /** 'YYYY-MM-DD': the latest check date, shown so readers know how fresh the list is. */
  checked?: string;
  /** 'YYYY-MM-DD': the day the statuses are read at (the map's date). */
  day?: string;
  initialFilter?: CommitmentFilter;
}

export function StatusLabel({ status }: { status: CommitmentStatus }) {
  // The label is text, not colour alone: the class only adds a tint.
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** One commitment in a list: its title as a link to its own panel, its status and the month of its newest evidence; `children` adds detail after them. */
export function CommitmentItem({ commitment: c, onSelect, children }: { commitment: Commitment; onSelect: OnSelect; children?: ReactNode }) {
  return (
    <li>
      <SelectLink id={idOf('commitment', c.id)} onSelect={onSelect}>
        {prose(c.title)}
      </SelectLink>{' '}
      <StatusLabel status={c.status} />
      {c.evidence && <span className="evidence"> {t('commitment.evidenceShort', { date: displayDate(c.evidence.slice(0, 7)) })}</span>}
      {children}
    </li>
  );
}

export function CommitmentsPanel({ commitments, states, onSelect, checked, day, initialFilter = {} }: CommitmentsPanelProps) {
  const [filter, setFilter] = useState<CommitmentFilter>(initialFilter);
  const shown = useMemo(() => filterCommitments(commitments, filter), [commitments, filter]);
  const ids = { status: useId(), state: useId(), theme: useId(), count: useId() };
  const set = (patch: CommitmentFilter) => setFilter((f) => ({ ...f, ...patch }));
  const filtered = Boolean(filter.status || filter.state || filter.theme);
  // The newest source the list rests on at its day: the evidence date, apart from the search date.
  const evidence = newestDate(commitments.map((c) => c.evidence));

  return (
    <>
      <p className="muted">{t('commitments.intro')}</p>
      {day && (
        <p className="dates-line">
          <Rich id="commitments.onDay" values={{ date: <time dateTime={day}>{displayDate(day)}</time> }} />
        </p>
      )}
      {checked && (
        // The two dates apart: the newest evidence the list rests on at its day, and the search.
        <p className="dates-line">
          {evidence ? (
            <Rich id="commitments.lastChecked" values={{ month: displayDate(evidence.slice(0, 7)), date: <time dateTime={checked}>{displayDate(checked)}</time> }} />
          ) : (
            <Rich id="commitments.searchedOnly" values={{ date: <time dateTime={checked}>{displayDate(checked)}</time> }} />
          )}
        </p>
      )}
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('commitments.filter')}>
        <label htmlFor={ids.status}>{t('commitments.status')}</label>
        <select id={ids.status} value={filter.status ?? ''} onChange={(e) => set({ status: (e.target.value || null) as CommitmentStatus | null })}>
          <option value="">{t('commitments.allStatuses')}</option>
          {COMMITMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.state}>{t('commitments.state')}</label>
        <select id={ids.state} value={filter.state ?? ''} onChange={(e) => set({ state: e.target.value || null })}>
          <option value="">{t('commitments.allStates')}</option>
          {states.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.theme}>{t('commitments.theme')}</label>
        <select id={ids.theme} value={filter.theme ?? ''} onChange={(e) => set({ theme: (e.target.value || null) as ThemeId | null })}>
          <option value="">{t('commitments.allThemes')}</option>
          {THEMES.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {prose(theme.label)}
            </option>
          ))}
        </select>
        {filtered && (
          <button type="button" onClick={() => setFilter({})}>
            {t('commitments.clearFilters')}
          </button>
        )}
      </form>
      <p id={ids.count} className="tally" role="status">
        {shown.length === commitments.length
          ? t('commitments.count', { total: commitments.length, tally: tallyText(shown) })
          : t('commitments.countFiltered', { shown: shown.length, total: commitments.length, tally: tallyText(shown) })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('commitments.noMatch')}</p>
      ) : (
        <ul className="commitments" aria-describedby={ids.count}>
          {shown.map((c) => (
            <CommitmentItem key={c.id} commitment={c} onSelect={onSelect}>
              <span className="muted">
                {' '}
                · {prose(themeById(c.theme).label)}
                {c.by !== 'all' && <> · {t('commitments.by', { states: formatList(c.by) })}</>}
              </span>
            </CommitmentItem>
          ))}
        </ul>
      )}
    </>
  );
}
