// A signatory state: who signed for it, what the declaration says of it in particular (the sentences,
// not the opening's list of signatories), the routes through it, the programmes, its commitments since
// 2023 with their status, and then every joint commitment, grouped by section.
import { prose } from '../../../data/lang';
import type { GeoLoad } from '../../data/geo';
import type { Content } from '../../content/build';
import { commitmentsForState, specificForState } from '../../content/focus';
import { LazyDetails } from '../LazyDetails';
import { LIST_LIMIT, LinkList, PassageQuote, SelectLink, programmeItems, type OnSelect } from './common';
import { SinceList } from './since';
import { COMMITMENTS, selectionToId } from '../../state/selection';
import { Rich } from '../../i18n/Rich';
import { t } from '../../i18n/later';

interface Props {
  id: string;
  geo: GeoLoad;
  content: Content;
  onSelect: OnSelect;
}

export function StatePanel({ id, geo, content, onSelect }: Props) {
  const signatory = content.declaration.signatories.find((s) => s.country === id);
  const links = content.links?.forState(id);
  const routes = (geo.data.routeMeta ?? []).filter((r) => r.countries.includes(id));
  const programmes = links?.programmes ?? [];
  const specific = links ? specificForState(links.specific, content.declaration) : [];
  const since = commitmentsForState(
    content.commitments,
    id,
    routes.map((r) => r.id),
    programmes.map((p) => p.programmeId),
  );
  const jointBySection = content.declaration.sections
    .map((section) => ({ section, items: (links?.joint ?? []).filter((l) => section.paragraphs.some((p) => p.id === l.passageId)) }))
    .filter((g) => g.items.length > 0);
  return (
    <>
      {signatory && (
        <p className="signatory">
          <Rich id="state.signedBy" values={{ who: <strong>{t('state.signatory', { office: signatory.office, name: signatory.name })}</strong>, state: signatory.stateAsWritten }} />
        </p>
      )}
      {!links && <p className="muted">{content.linkError}</p>}
      <h3>{t('state.passages', { name: links?.feature.name ?? id, count: specific.length })}</h3>
      {links && specific.length === 0 && <p className="muted">{t('state.noPassages')}</p>}
      {specific.map((l) => (
        <PassageQuote key={l.passageId} content={content} passageId={l.passageId} highlight={l.sentenceIds} reasons={l.reasons} onSelect={onSelect} />
      ))}
      <h3>{t('state.routes', { count: routes.length })}</h3>
      <LinkList items={routes.map((r) => ({ id: r.id, label: prose(r.name) }))} onSelect={onSelect} empty={t('state.noRoutes')} limit={LIST_LIMIT} />
      <h3>{t('state.programmes', { count: programmes.length })}</h3>
      <LinkList items={programmeItems(content, programmes)} onSelect={onSelect} empty={t('state.noProgrammes')} />
      <h3>{t('state.since', { count: since.length })}</h3>
      <p className="muted">
        {t('state.sinceNote', { name: links?.feature.name ?? id })}{' '}
        <SelectLink id={selectionToId(COMMITMENTS)} onSelect={onSelect}>
          {t('state.allCommitments')}
        </SelectLink>
      </p>
      <SinceList commitments={since} onSelect={onSelect} empty={t('state.noSince')} />
      <h3>{t('state.joint', { count: links?.joint.length ?? 0 })}</h3>
      <p className="muted">{t('state.jointNote')}</p>
      {jointBySection.map(({ section, items }) => (
        <LazyDetails key={section.id} className="joint-section" summary={t('state.section', { heading: section.heading ?? t('state.opening'), count: items.length })}>
          {() =>
            items.map((l) => <PassageQuote key={l.passageId} content={content} passageId={l.passageId} reasons={l.reasons} onSelect={onSelect} />)
          }
        </LazyDetails>
      ))}
    </>
  );
}
