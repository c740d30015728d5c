// A route's legs in order (from → to, mode, km, states) and what the journey adds up to: the drawn
// and published lengths, km by mode, borders, ferries and transshipments with their sources.
// Presentational: takes a RouteMeta from routes.json, knows nothing of the map.
import { prose } from '../../../data/lang';
import { useId } from 'react';
import { DECLARATION_DATE, type CountryId, type LegMeta, type RouteMeta, type Source } from '../../../data/types';
import { entryAt, statusAt } from '../../../data/history';
import { LAST_DAY } from '../../state/url';
import { journeySummary } from '../../data/journey';
import { modeLabel, trackLabel } from '../../data/labels';
import { formatDate, formatNumber, t } from '../../i18n/later';

interface Props {
  route: RouteMeta;
  /** The state's name for an ISO3 id; the id itself when not given. */
  countryName?: (id: CountryId) => string;
}

const km = (x: number) => t('legs.km', { km: Math.round(x) });

/** Only http(s) URLs become links; anything else is shown as text. */
function Cite({ source }: { source: Source }) {
  return /^https?:\/\//.test(source.url) ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  ) : (
    <>{source.title}</>
  );
}

function Cites({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <span className="muted">{t('legs.fromData')}</span>;
  return (
    <>
      {' — '}
      {sources.map((s, i) => (
        <span key={`${s.title}|${s.url}`}>
          {i > 0 && '; '}
          <Cite source={s} />
        </span>
      ))}
    </>
  );
}

/**
 * A source in a narrow table cell: the outlet as the link's text ("Qazinform"), the whole title as its
 * accessible name and tooltip, so the Track column stays one or two lines at every width.
 */
function ShortCite({ source }: { source: Source }) {
  const colon = source.title.indexOf(': ');
  const outlet = colon > 0 && colon <= 40 ? source.title.slice(0, colon) : t('legs.source');
  if (!/^https?:\/\//.test(source.url)) return <>{source.title}</>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title} aria-label={t('legs.sourceNamed', { title: source.title })}>
      {outlet}
    </a>
  );
}

/** A leg's track: the state of its line now, since when (with the source), and in September 2023 where that differed. */
function TrackCell({ track }: { track: LegMeta['track'] }) {
  const latest = entryAt(track, LAST_DAY);
  // Since when: the entry that first gave the status now (a later upgrade does not reset it).
  const now = latest && (track.find((h) => h.status === latest.status) ?? latest);
  const then = statusAt(track, DECLARATION_DATE);
  if (!now) return <>—</>;
  return (
    <>
      {t('legs.trackSince', { status: trackLabel[now.status], date: formatDate(now.date) })} <ShortCite source={now.source} />
      {then !== now.status && <span className="muted"> {t('legs.track2023', { status: then ? trackLabel[then] : t('route.notYet') })}</span>}
    </>
  );
}

export function LegInspector({ route, countryName = (id) => id }: Props) {
  const legs = route.legs ?? [];
  const summary = journeySummary(route);
  const states = (ids: CountryId[]) => ids.map(countryName).join(' → ');
  const published = route.publishedLength ?? null;
  const transId = useId();
  return (
    <section className="leg-inspector" aria-label={t('legs.label', { name: prose(route.name) })}>
      <dl className="facts">
        <dt>{t('legs.drawnLength')}</dt>
        <dd>{t('legs.alongLine', { length: km(route.lengthKm) })}</dd>
        {published && (
          <>
            <dt>{t('legs.publishedLength')}</dt>
            <dd>
              {prose(published.text)}
              {published.covers && !prose(published.text).includes(prose(published.covers)) ? ` (${prose(published.covers)})` : ''} — <Cite source={published.source} />
            </dd>
          </>
        )}
      </dl>
      {route.lengthReason && <p className="muted">{prose(route.lengthReason)}</p>}
      {(route.sections ?? []).length > 0 && (
        <ul className="sections">
          {(route.sections ?? []).map((s) => (
            <li key={prose(s.name)}>
              {t('legs.sectionDrawn', { name: prose(s.name), length: km(s.drawnKm) })}
              {s.publishedKm !== null && (
                <>
                  {t('legs.sectionPublished', { length: km(s.publishedKm) })}
                  {s.source && <Cites sources={[s.source]} />}
                </>
              )}
              {s.existing && t('legs.existingNotCounted')}
            </li>
          ))}
        </ul>
      )}

      <table className="legs">
        <caption>{t('legs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('legs.leg')}</th>
            <th scope="col">{t('legs.fromTo')}</th>
            <th scope="col">{t('legs.mode')}</th>
            <th scope="col">{t('legs.kmHeading')}</th>
            <th scope="col">{t('legs.track')}</th>
            <th scope="col">{t('legs.country')}</th>
          </tr>
        </thead>
        <tbody>
          {legs.map((l, i) => (
            <tr key={`${l.from}-${l.to}-${i}`} className={l.existing ? 'existing' : undefined}>
              <th scope="row">{i + 1}</th>
              <td>
                {l.fromName} → {l.toName}
                {l.existing && <span className="muted">{t('legs.existing')}</span>}
              </td>
              <td>{modeLabel[l.mode]}</td>
              <td>{formatNumber(Math.round(l.km))}</td>
              <td>
                <TrackCell track={l.track} />
              </td>
              <td>
                {states(l.countries)}
                {l.crossesBorder && <span className="muted">{t('legs.crossesBorder')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('legs.journey')}</h3>
      <dl className="facts journey">
        <dt>{t('legs.byMode')}</dt>
        <dd>{summary.kmByMode.map((m) => t('legs.modeKm', { mode: modeLabel[m.mode], length: km(m.km) })).join(', ') || '—'}</dd>
        <dt>{t('legs.borderCrossings')}</dt>
        <dd>
          {summary.borderCrossings.length === 0
            ? t('legs.none')
            : summary.borderCrossings.map((b) => t('legs.crossing', { from: b.fromName, to: b.toName, states: states(b.countries) })).join('; ')}
        </dd>
        <dt>{t('legs.ferryLegs')}</dt>
        <dd>{summary.ferryLegs.length === 0 ? t('legs.none') : summary.ferryLegs.map((f) => t('legs.ferry', { from: f.fromName, to: f.toName, length: km(f.km) })).join('; ')}</dd>
      </dl>
      <h4 id={transId}>{t('legs.transshipments')}</h4>
      {summary.transshipments.length === 0 ? (
        <p>{t('legs.noTransshipments')}</p>
      ) : (
        <ul className="transshipments" aria-labelledby={transId}>
          {summary.transshipments.map((t) => (
            <li key={`${t.at}-${t.kind}`}>
              <strong>{t.atName}</strong>: {prose(t.text)}
              <Cites sources={t.sources} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
