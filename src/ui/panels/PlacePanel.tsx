// A place on a route: what it is, where its coordinate comes from, the routes through it, and any
// passage that names it.
import { isProse, prose } from '../../../data/lang';
import type { GeoLoad } from '../../data/geo';
import type { Source } from '../../../data/types';
import type { Content } from '../../content/build';
import { placeKindLabel } from '../../data/labels';
import { LinkList, PassageQuote, SelectLink, SourceList, type OnSelect } from './common';
import { Rich } from '../../i18n/Rich';
import { t } from '../../i18n/later';


function parseJson<T>(s: string | null, fallback: T): T {
  if (!s) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export function PlacePanel({ id, geo, content, onSelect }: { id: string; geo: GeoLoad; content: Content; onSelect: OnSelect }) {
  const place = geo.index.places.get(id);
  if (!place) return <p>{t('place.missing')}</p>;
  const routeIds = parseJson<string[]>(place.routes, []);
  const routes = routeIds.flatMap((r) => geo.index.routes.get(r) ?? []);
  const country = geo.index.countries.get(place.country);
  const source = parseJson<Source | null>(place.coordSource, null);
  const note = parseJson<unknown>(place.note, null);
  const named = content.declaration.paragraphs.filter((p) => p.text.includes(place.name));
  return (
    <>
      <dl className="facts">
        <dt>{t('panel.kind')}</dt>
        <dd>{placeKindLabel[place.kind] ?? place.kind}</dd>
        <dt>{t('place.in')}</dt>
        <dd>
          {country?.c5 ? (
            <SelectLink id={country.id} onSelect={onSelect}>
              {country.name}
            </SelectLink>
          ) : (
            (country?.name ?? place.country)
          )}
        </dd>
      </dl>
      {isProse(note) && <p>{prose(note)}</p>}
      <h3>{t('state.routes', { count: routes.length })}</h3>
      <LinkList items={routes.map((r) => ({ id: r.id, label: prose(r.name) }))} onSelect={onSelect} />
      <h3>{t('panel.namingPassages', { count: named.length })}</h3>
      {named.length === 0 && <p className="muted">{t('place.notNamed', { name: place.name })}</p>}
      {named.map((p) => (
        <PassageQuote key={p.id} content={content} passageId={p.id} onSelect={onSelect} />
      ))}
      <h3>{t('place.coordinate')}</h3>
      {place.geonameId ? (
        <p>
          <Rich
            id="place.geonames"
            values={{
              id: (
                <a href={`https://www.geonames.org/${place.geonameId}`} target="_blank" rel="noopener noreferrer">
                  {place.geonameId}
                </a>
              ),
            }}
          />
        </p>
      ) : source ? (
        <SourceList sources={[source]} />
      ) : (
        <p className="muted">{t('place.notRecorded')}</p>
      )}
    </>
  );
}
