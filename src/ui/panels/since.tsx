// The follow-through inside the feature panels: a route's status in September 2023 and now, one under
// the other, and a state's commitments with their status. Plain props in, ids out.
import { prose } from '../../../data/lang';
import type { Commitment } from '../../content/commitments';
import { displayDate } from '../../content/commitments';
import type { RouteNow } from '../../content/focus';
import { statusLabel, statusNowLabel } from '../../data/labels';
import type { Status } from '../../../data/types';
import { CommitmentItem } from './CommitmentsPanel';
import { SourceList, useCapped, type OnSelect } from './common';
import { Rich } from '../../i18n/Rich';
import { t } from '../../i18n/later';

export function RouteStatusBlock({ status, statusAsOf, note, now }: { status: Status; statusAsOf: string; note?: string | null; now: RouteNow | null }) {
  return (
    <dl className="facts route-status">
      <dt>{t('since.statusAt', { date: displayDate(statusAsOf) })}</dt>
      <dd>
        <strong>{statusLabel[status]}</strong>
        {note && <>{t('since.noteSeparator')}{note}</>}
      </dd>
      {now?.kind === 'record' && (
        <>
          <dt>
            <Rich id="since.nowAsOf" values={{ date: <time dateTime={now.record.asOf}>{displayDate(now.record.asOf)}</time> }} />
          </dt>
          <dd>
            <strong>{statusNowLabel[now.record.status]}</strong>
            {t('since.noteSeparator')}
            {prose(now.record.note)}
            <SourceList sources={now.record.sources} />
          </dd>
        </>
      )}
      {now?.kind === 'no-newer-record' && (
        <>
          <dt>
            <Rich id="since.nowChecked" values={{ date: <time dateTime={now.checked}>{displayDate(now.checked)}</time> }} />
          </dt>
          <dd>{prose(now.note)}</dd>
        </>
      )}
    </dl>
  );
}

export function SinceList({ commitments, onSelect, empty }: { commitments: Commitment[]; onSelect: OnSelect; empty: string }) {
  const { shown, more } = useCapped(commitments);
  if (commitments.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="commitments">
        {shown.map((c) => (
          <CommitmentItem key={c.id} commitment={c} onSelect={onSelect} />
        ))}
      </ul>
      {more}
    </>
  );
}
