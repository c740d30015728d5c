// One paragraph of the declaration: verbatim, with its themes, the features it concerns and the
// programmes it names.
import { programmesInPassage } from '../../content';
import type { Content } from '../useContent';
import { LinkList, PassageQuote, SelectLink, type OnSelect } from './common';

export function PassagePanel({ id, content, onSelect }: { id: string; content: Content; onSelect: OnSelect }) {
  const features = content.links?.featuresForPassage(id) ?? [];
  const programmes = programmesInPassage(content.programmes, id);
  return (
    <>
      <PassageQuote content={content} passageId={id} onSelect={onSelect} showThemes />
      <h3>Why these themes</h3>
      <ul>
        {(content.themes[id] ?? []).map((t) => (
          <li key={t.theme}>{t.reason}</li>
        ))}
      </ul>
      <h3>On the map ({features.length})</h3>
      {features.length ? (
        <ul>
          {features.map(({ feature, link }) => (
            <li key={feature.id}>
              <SelectLink id={feature.id} onSelect={onSelect}>
                {feature.name}
              </SelectLink>
              <span className="muted"> — {link.reasons[0]?.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">It binds all five states jointly and names no one state or route.</p>
      )}
      <h3>Programmes it names ({programmes.length})</h3>
      <LinkList items={programmes.map((p) => ({ id: `programme:${p.id}`, label: p.name }))} onSelect={onSelect} />
    </>
  );
}
