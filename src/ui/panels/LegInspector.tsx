// A route's legs in order (from → to, mode, km, states) and what the journey adds up to: the drawn
// and published lengths, km by mode, borders, ferries and transshipments with their sources.
// Presentational: takes a RouteMeta from routes.json, knows nothing of the map.
import { prose } from '../../../data/lang';
import { useId } from 'react';
import type { CountryId, RouteMeta, Source } from '../../../data/types';
import { journeySummary } from '../../data/journey';
import { modeLabel } from '../../data/labels';

interface Props {
  route: RouteMeta;
  /** The state's name for an ISO3 id; the id itself when not given. */
  countryName?: (id: CountryId) => string;
}

const km = (x: number) => `${Math.round(x).toLocaleString('en-GB')} km`;

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
  if (sources.length === 0) return <span className="muted"> (from the route’s data)</span>;
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

export function LegInspector({ route, countryName = (id) => id }: Props) {
  const legs = route.legs ?? [];
  const summary = journeySummary(route);
  const states = (ids: CountryId[]) => ids.map(countryName).join(' → ');
  const published = route.publishedLength ?? null;
  const transId = useId();
  return (
    <section className="leg-inspector" aria-label={`Legs and journey: ${prose(route.name)}`}>
      {route.named === false && <p className="muted">{route.namedNote ?? 'Not named by the declaration: shown as context.'}</p>}
      <dl className="facts">
        <dt>Drawn length</dt>
        <dd>{km(route.lengthKm)} along the drawn line</dd>
        {published && (
          <>
            <dt>Published length</dt>
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
              {prose(s.name)}: {km(s.drawnKm)} drawn
              {s.publishedKm !== null && (
                <>
                  , {km(s.publishedKm)} published{s.source && <Cites sources={[s.source]} />}
                </>
              )}
              {s.existing && ' (existing network, not counted in the length)'}
            </li>
          ))}
        </ul>
      )}

      <table className="legs">
        <caption>Legs of the route, in order</caption>
        <thead>
          <tr>
            <th scope="col">Leg</th>
            <th scope="col">From → to</th>
            <th scope="col">Mode</th>
            <th scope="col">km</th>
            <th scope="col">Country</th>
          </tr>
        </thead>
        <tbody>
          {legs.map((l, i) => (
            <tr key={`${l.from}-${l.to}-${i}`} className={l.existing ? 'existing' : undefined}>
              <th scope="row">{i + 1}</th>
              <td>
                {l.fromName} → {l.toName}
                {l.existing && <span className="muted"> (existing network)</span>}
              </td>
              <td>{modeLabel[l.mode]}</td>
              <td>{Math.round(l.km).toLocaleString('en-GB')}</td>
              <td>
                {states(l.countries)}
                {l.crossesBorder && <span className="muted"> (crosses a border)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>The journey</h3>
      <dl className="facts journey">
        <dt>By mode</dt>
        <dd>{summary.kmByMode.map((m) => `${modeLabel[m.mode]} ${km(m.km)}`).join(', ') || '—'}</dd>
        <dt>Border crossings</dt>
        <dd>
          {summary.borderCrossings.length === 0
            ? 'None'
            : summary.borderCrossings.map((b) => `${b.fromName} → ${b.toName} (${states(b.countries)})`).join('; ')}
        </dd>
        <dt>Ferry legs</dt>
        <dd>{summary.ferryLegs.length === 0 ? 'None' : summary.ferryLegs.map((f) => `${f.fromName} → ${f.toName}, ${km(f.km)}`).join('; ')}</dd>
      </dl>
      <h4 id={transId}>Transshipments</h4>
      {summary.transshipments.length === 0 ? (
        <p>None that the sources or the route’s modes show.</p>
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
