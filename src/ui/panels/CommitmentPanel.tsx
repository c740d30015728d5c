// One commitment: its sentence verbatim, its status and why, what it concerns, and the dated events
// since the summit with their sources. Plain props only; the app highlights `concerns` on the map.
import { prose } from '../../../data/lang';
import { displayDate, type Commitment } from '../../content/commitments';
import { themeById } from '../../content/themes';
import { LinkList, SelectLink, SourceList, type OnSelect } from './common';
import { StatusLabel } from './CommitmentsPanel';
import { idOf } from '../../state/selection';
import { formatList, t } from '../../i18n/later';

export interface CommitmentPanelProps {
  commitment: Commitment;
  onSelect: OnSelect;
  /** Display names by id for states, routes and programmes; ids are shown where a name is missing. */
  names?: Record<string, string>;
}

export function CommitmentPanel({ commitment: c, onSelect, names = {} }: CommitmentPanelProps) {
  const name = (id: string) => names[id] ?? id;
  const concerns = [
    ...(c.concerns.states ?? []).map((id) => ({ id, label: name(id) })),
    ...(c.concerns.routes ?? []).map((id) => ({ id, label: name(id) })),
    ...(c.concerns.programmes ?? []).map((id) => ({ id: idOf('programme', id), label: name(id) })),
  ];
  return (
    <>
      <blockquote className="commitment-quote" lang="en">
        {c.text}
      </blockquote>
      <p className="passage-meta">
        <SelectLink id={idOf('passage', c.passageId)} onSelect={onSelect}>
          {t('commitment.readParagraph')}
        </SelectLink>
      </p>
      <dl className="facts">
        <dt>{t('commitments.status')}</dt>
        <dd>
          <StatusLabel status={c.status} />
          {c.statusSince && <> {t('commitment.statusSince', { date: displayDate(c.statusSince) })}</>}
        </dd>
        <dt>{t('commitment.by')}</dt>
        <dd>{c.by === 'all' ? t('commitment.byAll') : formatList(c.by.map(name))}</dd>
        <dt>{t('commitments.theme')}</dt>
        <dd>{prose(themeById(c.theme).label)}</dd>
        <dt>{t('commitment.evidence')}</dt>
        <dd>{c.evidence ? <time dateTime={c.evidence}>{displayDate(c.evidence.slice(0, 7))}</time> : t('commitments.noEvidence')}</dd>
        <dt>{t('commitment.lastChecked')}</dt>
        <dd>
          <time dateTime={c.checked}>{displayDate(c.checked)}</time>
        </dd>
      </dl>
      <p>{c.statusNote ? prose(c.statusNote) : t('commitment.nothingYet')}</p>
      {concerns.length > 0 && (
        <>
          <h3>{t('commitment.concerns')}</h3>
          <LinkList items={concerns} onSelect={onSelect} className="chips" />
        </>
      )}
      <h3>{t('commitment.since')}</h3>
      {c.events.length === 0 ? (
        <p className="muted">{c.statuses.some((s) => s.status !== 'no-public-record') ? t('commitment.nothingYet') : t('commitment.noRecord')}</p>
      ) : (
        <ol className="timeline" aria-label={t('commitment.events')}>
          {c.events.map((e) => (
            <li key={`${e.date}|${prose(e.summary)}`}>
              <time dateTime={e.date}>{displayDate(e.date)}</time> {e.announced && <span className="tag">{t('commitment.announced')}</span>} {prose(e.summary)}
              <SourceList sources={e.sources} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
