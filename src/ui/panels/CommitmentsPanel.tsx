// The list of every commitment with its status, filterable by status, state and theme, with the
// counts for what is shown. Plain props only (records in, ids out): the app decides what a selection does.
import { prose } from '../../../data/lang';
import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  COMMITMENT_STATUSES,
  STATUS_LABELS,
  displayDate,
  filterCommitments,
  tallyText,
  type Commitment,
  type CommitmentFilter,
  type CommitmentStatus,
} from '../../content/commitments';
import { THEMES, themeById } from '../../content/themes';
import type { ThemeId } from '../../content/types';
import { SelectLink, type OnSelect } from './common';
import { idOf } from '../../state/selection';

export interface CommitmentsPanelProps {
  commitments: Commitment[];
  /** The states offered in the state filter, e.g. the six signatories. */
  states: { id: string; name: string }[];
  onSelect: OnSelect;
  /** 'YYYY-MM-DD': the latest check date, shown so readers know how fresh the list is. */
  checked?: string;
  initialFilter?: CommitmentFilter;
}

export function StatusLabel({ status }: { status: CommitmentStatus }) {
  // The label is text, not colour alone: the class only adds a tint.
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** One commitment in a list: its title as a link to its own panel, and its status; `children` adds detail after them. */
export function CommitmentItem({ commitment: c, onSelect, children }: { commitment: Commitment; onSelect: OnSelect; children?: ReactNode }) {
  return (
    <li>
      <SelectLink id={idOf('commitment', c.id)} onSelect={onSelect}>
        {prose(c.title)}
      </SelectLink>{' '}
      <StatusLabel status={c.status} />
      {children}
    </li>
  );
}

export function CommitmentsPanel({ commitments, states, onSelect, checked, initialFilter = {} }: CommitmentsPanelProps) {
  const [filter, setFilter] = useState<CommitmentFilter>(initialFilter);
  const shown = useMemo(() => filterCommitments(commitments, filter), [commitments, filter]);
  const ids = { status: useId(), state: useId(), theme: useId(), count: useId() };
  const set = (patch: CommitmentFilter) => setFilter((f) => ({ ...f, ...patch }));
  const filtered = Boolean(filter.status || filter.state || filter.theme);

  return (
    <>
      <p className="muted">
        Every commitment in the declaration and what became of it since 21 September 2023, each event with its source.
        {checked && (
          <>
            {' '}
            Last checked <time dateTime={checked}>{displayDate(checked)}</time>.
          </>
        )}
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter the commitments">
        <label htmlFor={ids.status}>Status</label>
        <select id={ids.status} value={filter.status ?? ''} onChange={(e) => set({ status: (e.target.value || null) as CommitmentStatus | null })}>
          <option value="">All statuses</option>
          {COMMITMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.state}>State</label>
        <select id={ids.state} value={filter.state ?? ''} onChange={(e) => set({ state: e.target.value || null })}>
          <option value="">All states</option>
          {states.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.theme}>Theme</label>
        <select id={ids.theme} value={filter.theme ?? ''} onChange={(e) => set({ theme: (e.target.value || null) as ThemeId | null })}>
          <option value="">All themes</option>
          {THEMES.map((t) => (
            <option key={t.id} value={t.id}>
              {prose(t.label)}
            </option>
          ))}
        </select>
        {filtered && (
          <button type="button" onClick={() => setFilter({})}>
            Clear filters
          </button>
        )}
      </form>
      <p id={ids.count} className="tally" role="status">
        {shown.length === commitments.length ? `${commitments.length} commitments: ` : `${shown.length} of ${commitments.length} commitments: `}
        {tallyText(shown)}.
      </p>
      {shown.length === 0 ? (
        <p className="muted">No commitment matches these filters.</p>
      ) : (
        <ul className="commitments" aria-describedby={ids.count}>
          {shown.map((c) => (
            <CommitmentItem key={c.id} commitment={c} onSelect={onSelect}>
              <span className="muted">
                {' '}
                · {prose(themeById(c.theme).label)}
                {c.by !== 'all' && <> · by {c.by.join(', ')}</>}
              </span>
            </CommitmentItem>
          ))}
        </ul>
      )}
    </>
  );
}
