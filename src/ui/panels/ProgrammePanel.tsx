// A programme the declaration names: what it is, who runs it, its cited facts, the passages that
// name it, and the features it concerns (highlighted on the map by the app).
import { prose, proseOrNull } from '../../../data/lang';
import type { Content } from '../../content/build';
import { LinkList, PassageQuote, SourceList, type OnSelect } from './common';
import { programmeKindLabel } from '../../data/labels';
import { t } from '../../i18n/later';

export function ProgrammePanel({ id, content, onSelect }: { id: string; content: Content; onSelect: OnSelect }) {
  const p = content.programmeById.get(id);
  if (!p) return <p>{t('programme.missing')}</p>;
  const features = content.links?.featuresForProgramme(id) ?? [];
  return (
    <>
      <dl className="facts">
        <dt>{t('panel.kind')}</dt>
        <dd>{programmeKindLabel[p.kind]}</dd>
        <dt>{t('programme.runBy')}</dt>
        <dd>{proseOrNull(p.runBy) ?? t('programme.notStated')}</dd>
      </dl>
      <p>{prose(p.summary)}</p>
      {p.facts.length > 0 && (
        <>
          <h3>{t('programme.facts')}</h3>
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
      <h3>{t('panel.onMap', { count: features.length })}</h3>
      <LinkList
        className="chips"
        items={features.map((f) => ({ id: f.id, label: f.name }))}
        onSelect={onSelect}
        empty={t('programme.noFeatures')}
      />
      <h3>{t('panel.namingPassages', { count: p.mentions.length })}</h3>
      {p.mentions.map((m) => (
        <PassageQuote key={m.passageId} content={content} passageId={m.passageId} highlight={m.sentenceIds} onSelect={onSelect} />
      ))}
    </>
  );
}
