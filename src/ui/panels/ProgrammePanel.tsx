// A programme the declaration names: what it is, who runs it, its cited facts, the passages that
// name it, and the features it concerns (highlighted on the map by the app).
import { prose, proseOrNull } from '../../../data/lang';
import type { Content } from '../../content/build';
import { LinkList, PassageQuote, SourceList, type OnSelect } from './common';

export function ProgrammePanel({ id, content, onSelect }: { id: string; content: Content; onSelect: OnSelect }) {
  const p = content.programmeById.get(id);
  if (!p) return <p>This programme is not in the content.</p>;
  const features = content.links?.featuresForProgramme(id) ?? [];
  return (
    <>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{p.kind}</dd>
        <dt>Run by</dt>
        <dd>{proseOrNull(p.runBy) ?? 'Not stated'}</dd>
      </dl>
      <p>{prose(p.summary)}</p>
      {p.facts.length > 0 && (
        <>
          <h3>Facts</h3>
          <ul>
            {p.facts.map((f) => (
              <li key={prose(f.text)}>
                {prose(f.text)}
                <SourceList sources={f.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>On the map ({features.length})</h3>
      <LinkList
        className="chips"
        items={features.map((f) => ({ id: f.id, label: f.name }))}
        onSelect={onSelect}
        empty="The passages that name it concern the whole region rather than one state or route."
      />
      <h3>Passages that name it ({p.mentions.length})</h3>
      {p.mentions.map((m) => (
        <PassageQuote key={m.passageId} content={content} passageId={m.passageId} highlight={m.sentenceIds} onSelect={onSelect} />
      ))}
    </>
  );
}
