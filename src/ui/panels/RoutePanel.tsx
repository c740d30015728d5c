// A route: what it is, its status as of September 2023 and now, how long the drawn line is, what it
// crosses and passes, its sources, the passages and programmes that apply, and the commitments on it.
import { prose } from '../../../data/lang';
import { C5 } from '../../../data/types';
import type { GeoLoad } from '../../data/geo';
import { groupShortLabel, modeLabel } from '../../data/labels';
import type { Content } from '../../content/build';
import { commitmentsForRoute } from '../../content/commitments';
import { routeNow } from '../../content/focus';
import { LegInspector } from './LegInspector';
import { LinkList, PassageQuote, SelectLink, SourceList, programmeItems, type OnSelect } from './common';
import { RouteStatusBlock, SinceList } from './since';
import { RouteSeries } from './SeriesChart';
import { idOf } from '../../state/selection';
import { formatList, t } from '../../i18n/later';

interface Props {
  id: string;
  geo: GeoLoad;
  content: Content;
  onSelect: OnSelect;
  /** 'YYYY-MM-DD': the map's date. */
  day?: string;
}

export function RoutePanel({ id, geo, content, onSelect, day }: Props) {
  const route = geo.index.routes.get(id);
  if (!route) return <p>{t('route.missing')}</p>;
  const countryName = (c: string) => geo.index.countries.get(c)?.name ?? c;
  const c5 = new Set<string>(C5);
  const links = content.links?.forRoute(id);
  const commitments = commitmentsForRoute(content.commitments, id);
  return (
    <>
      <RouteStatusBlock route={route} now={routeNow(id)} day={day} />
      <dl className="facts">
        <dt>{t('route.group')}</dt>
        <dd>{groupShortLabel[route.group]}</dd>
        <dt>{t('legs.mode')}</dt>
        <dd>{formatList(route.modes.map((m) => modeLabel[m]))}</dd>
        <dt>{t('route.crosses')}</dt>
        <dd>
          {route.countries.map((c, i) => (
            <span key={c}>
              {i > 0 && ', '}
              {c5.has(c) ? (
                <SelectLink id={c} onSelect={onSelect}>
                  {countryName(c)}
                </SelectLink>
              ) : (
                countryName(c)
              )}
            </span>
          ))}
        </dd>
      </dl>
      {/* Said once, here: the legs below no longer repeat it. */}
      {route.named === false && <p className="muted">{route.namedNote ?? t('route.notNamed')}</p>}
      <LegInspector route={route} countryName={countryName} />
      {route.facts.length > 0 && (
        <>
          <h3>{t('route.figures')}</h3>
          <ul>
            {route.facts.map((f) => (
              <li key={prose(f.text)}>
                {prose(f.text)} —{' '}
                {/^https?:\/\//.test(f.source.url) ? (
                  <a href={f.source.url} target="_blank" rel="noopener noreferrer">
                    {f.source.title}
                  </a>
                ) : (
                  f.source.title
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <RouteSeries routeId={id} day={day} />
      <h3>{t('route.places', { count: route.nodes.length })}</h3>
      <ol className="nodes">
        {route.nodes.map((n) => (
          <li key={n}>
            <SelectLink id={idOf('place', n)} onSelect={onSelect}>
              {geo.index.places.get(n)?.name ?? n}
            </SelectLink>
          </li>
        ))}
      </ol>
      <h3>{t('route.passages', { count: links?.specific.length ?? 0 })}</h3>
      {!links && <p className="muted">{content.linkError}</p>}
      {links?.specific.map((l) => (
        <PassageQuote key={l.passageId} content={content} passageId={l.passageId} highlight={l.sentenceIds} reasons={l.reasons} onSelect={onSelect} />
      ))}
      <h3>{t('panel.programmes', { count: links?.programmes.length ?? 0 })}</h3>
      <LinkList items={programmeItems(content, links?.programmes ?? [])} onSelect={onSelect} />
      <h3>{t('route.commitments', { count: commitments.length })}</h3>
      <SinceList commitments={commitments} onSelect={onSelect} empty={t('route.noCommitments')} />
      <h3>{t('panel.sources')}</h3>
      <SourceList sources={route.sources} />
    </>
  );
}
