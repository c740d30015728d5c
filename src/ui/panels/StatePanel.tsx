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
          Signed by <strong>{signatory.office} {signatory.name}</strong> of {signatory.stateAsWritten}.
        </p>
      )}
      {!links && <p className="muted">{content.linkError}</p>}
      <h3>What the declaration says of {links?.feature.name ?? id} in particular ({specific.length})</h3>
      {links && specific.length === 0 && <p className="muted">No passage names this state or a route through it; every joint commitment below binds it.</p>}
      {specific.map((l) => (
        <PassageQuote key={l.passageId} content={content} passageId={l.passageId} highlight={l.sentenceIds} reasons={l.reasons} onSelect={onSelect} />
      ))}
      <h3>Routes through it ({routes.length})</h3>
      <LinkList items={routes.map((r) => ({ id: r.id, label: prose(r.name) }))} onSelect={onSelect} empty="None of the mapped routes crosses it." limit={LIST_LIMIT} />
      <h3>Programmes that concern it ({programmes.length})</h3>
      <LinkList items={programmeItems(content, programmes)} onSelect={onSelect} empty="The passages specific to it name no programme." />
      <h3>Since 2023 ({since.length})</h3>
      <p className="muted">
        The commitments that name {links?.feature.name ?? id}, a route through it or a programme there, and what became of them.{' '}
        <SelectLink id={selectionToId(COMMITMENTS)} onSelect={onSelect}>
          All commitments
        </SelectLink>
      </p>
      <SinceList commitments={since} onSelect={onSelect} empty="No commitment names it in particular; the joint ones bind it with the others." />
      <h3>Joint commitments of all five ({links?.joint.length ?? 0})</h3>
      <p className="muted">Every passage of the declaration binds each signatory. Open a section to read them.</p>
      {jointBySection.map(({ section, items }) => (
        <LazyDetails key={section.id} className="joint-section" summary={`${section.heading ?? 'Opening'} (${items.length})`}>
          {() =>
            items.map((l) => <PassageQuote key={l.passageId} content={content} passageId={l.passageId} reasons={l.reasons} onSelect={onSelect} />)
          }
        </LazyDetails>
      ))}
    </>
  );
}
