// The follow-through inside the feature panels: a route's status in September 2023 and now, one under
// the other, and a state's commitments with their status. Plain props in, ids out.
import { prose, proseOrNull } from '../../../data/lang';
import type { Commitment } from '../../content/commitments';
import { displayDate } from '../../content/commitments';
import type { RouteNow } from '../../content/focus';
import { serviceLabel } from '../../data/labels';
import { labelTable } from '../../i18n';
import { DECLARATION_DATE, HISTORY_EVENTS, type HistoryEvent, type RouteMeta, type StatusChange } from '../../../data/types';
import { serviceOn, trackWords } from '../../data/routeStatus';
import { LAST_DAY } from '../../state/url';
import { CommitmentItem } from './CommitmentsPanel';
import { SourceList, useCapped, type OnSelect } from './common';
import { Rich } from '../../i18n/Rich';
import { t } from '../../i18n/later';

/** What a dated status change records ("Agreement signed"), as a history lists it: here, so its words and list load with the panels. */
const historyEventLabel: Readonly<Record<HistoryEvent, string>> = labelTable('event', HISTORY_EVENTS);

/** The date a history first reached a status: the day it took effect, not its latest event. */
const firstDateOf = <S extends string>(history: readonly StatusChange<S>[], status: S): string => history.find((h) => h.status === status)?.date ?? '';

/** One status on the summit's day, on the map's date (when it is neither end), and now, each with the day it took effect. */
function ThenAndNow({ then, onDay, now }: { then: string | null; onDay?: { day: string; status: string | null }; now: { status: string; since: string } | null }) {
  return (
    <ul className="status-pair">
      <li>{t('route.onDeclaration', { status: then ?? t('route.notYet') })}</li>
      {onDay && <li className="status-on-day">{t('route.onDay', { date: displayDate(onDay.day), status: onDay.status ?? t('route.notYet') })}</li>}
      {now && (
        <li>
          {t('route.onNow', { status: now.status })}
          {t('route.sinceDate', { date: displayDate(now.since) })}
        </li>
      )}
    </ul>
  );
}

/**
 * A route's service and track, apart: the service from the route's own dated history, the track
 * from the lines its legs run over, each as the declaration found it and now; then the service's
 * dated history with its sources, and what the follow-through search found since.
 */
export function RouteStatusBlock({ route, now, day = LAST_DAY }: { route: RouteMeta; now: RouteNow | null; day?: string }) {
  const then = serviceOn(route, DECLARATION_DATE);
  const latest = serviceOn(route, LAST_DAY);
  const track2023 = trackWords(route.legs ?? [], DECLARATION_DATE);
  const trackNow = trackWords(route.legs ?? [], LAST_DAY);
  // The map's date gets a row of its own when it is neither the summit nor the newest evidence.
  const between = day > DECLARATION_DATE && day < LAST_DAY;
  const serviceThen = between ? serviceOn(route, day) : null;
  const trackThen = between ? trackWords(route.legs ?? [], day) : '';
  const note = proseOrNull(route.statusNote);
  return (
    <>
      <dl className="facts route-status">
        <dt>{t('route.service')}</dt>
        <dd>
          <ThenAndNow
            then={then ? serviceLabel[then.status] : null}
            onDay={between ? { day, status: serviceThen ? serviceLabel[serviceThen.status] : null } : undefined}
            now={latest ? { status: serviceLabel[latest.status], since: firstDateOf(route.service, latest.status) } : null}
          />
        </dd>
        <dt>{t('route.track')}</dt>
        <dd>
          <ul className="status-pair">
            <li>{t('route.onDeclaration', { status: track2023 || t('route.notYet') })}</li>
            {between && <li className="status-on-day">{t('route.onDay', { date: displayDate(day), status: trackThen || t('route.notYet') })}</li>}
            {trackNow !== track2023 && <li>{t('route.onNow', { status: trackNow })}</li>}
          </ul>
        </dd>
        {now?.kind === 'record' && (
          <>
            <dt>
              <Rich id="since.nowAsOf" values={{ month: <time dateTime={now.record.asOf}>{displayDate(now.record.asOf)}</time>, date: <time dateTime={now.record.checked}>{displayDate(now.record.checked)}</time> }} />
            </dt>
            <dd>
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
      {note && <p>{note}</p>}
      <details className="history">
        <summary>{t('route.history', { count: route.service.length })}</summary>
        <HistoryList history={route.service} label={(s) => serviceLabel[s]} />
      </details>
    </>
  );
}

/** A dated status history, oldest first: when, what happened, the status from then on, and its source. */
export function HistoryList<S extends string>({ history, label }: { history: readonly StatusChange<S>[]; label: (s: S) => string }) {
  return (
    <ol className="history-list">
      {history.map((h) => (
        <li key={`${h.date}|${h.event}|${h.status}`}>
          <time dateTime={h.date}>{displayDate(h.date)}</time> — {t('route.historyEntry', { event: historyEventLabel[h.event], status: label(h.status) })}
          {h.note && <>{t('since.noteSeparator')}{prose(h.note)}</>}
          <SourceList sources={[h.source]} />
        </li>
      ))}
    </ol>
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
