// A signatory state: who signed for it, what the declaration says of it in particular, the routes
// through it, the programmes, and then every joint commitment, grouped by section.
import type { GeoLoad } from '../../data/geo';
import type { Content } from '../../content/build';
import { LinkList, PassageQuote, programmeItems, type OnSelect } from './common';

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
      <h3>What the declaration says of {links?.feature.name ?? id} in particular ({links?.specific.length ?? 0})</h3>
      {links?.specific.length === 0 && <p className="muted">No passage names this state or a route through it; every joint commitment below binds it.</p>}
      {links?.specific.map((l) => (
        <PassageQuote key={l.passageId} content={content} passageId={l.passageId} highlight={l.sentenceIds} reasons={l.reasons} onSelect={onSelect} />
      ))}
      <h3>Routes through it ({routes.length})</h3>
      <LinkList items={routes.map((r) => ({ id: r.id, label: r.name }))} onSelect={onSelect} empty="None of the mapped routes crosses it." />
      <h3>Programmes that concern it ({programmes.length})</h3>
      <LinkList items={programmeItems(content, programmes)} onSelect={onSelect} empty="The passages specific to it name no programme." />
      <h3>Joint commitments of all five ({links?.joint.length ?? 0})</h3>
      <p className="muted">Every passage of the declaration binds each signatory. Open a section to read them.</p>
      {jointBySection.map(({ section, items }) => (
        <details key={section.id} className="joint-section">
          <summary>
            {section.heading ?? 'Opening'} ({items.length})
          </summary>
          {items.map((l) => (
            <PassageQuote key={l.passageId} content={content} passageId={l.passageId} reasons={l.reasons} onSelect={onSelect} />
          ))}
        </details>
      ))}
    </>
  );
}
