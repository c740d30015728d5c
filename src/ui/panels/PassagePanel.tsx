// One paragraph of the declaration: verbatim, with its themes, the features it concerns and the
// programmes it names.
import { useEffect, useRef } from 'react';
import { programmesInPassage, themeReason } from '../../content';
import { paragraphOf } from '../../content/passages';
import type { Content } from '../../content/build';
import { LinkList, PassageQuote, SelectLink, type OnSelect } from './common';
import { idOf } from '../../state/selection';
import { t } from '../../i18n/later';

/** A paragraph id, or a sentence id (`security-1.s2`): its paragraph opens with that sentence marked. */
export function PassagePanel({ id: anchor, content, onSelect }: { id: string; content: Content; onSelect: OnSelect }) {
  const id = paragraphOf(anchor);
  const sentence = anchor === id ? null : anchor;
  const features = content.links?.featuresForPassage(id) ?? [];
  const programmes = programmesInPassage(content.programmes, id);
  const quote = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentence) quote.current?.querySelector(`[data-sentence="${CSS.escape(sentence)}"]`)?.scrollIntoView?.({ block: 'center' });
  }, [sentence]);
  return (
    <>
      <div ref={quote}>
        <PassageQuote content={content} passageId={id} highlight={sentence ? [sentence] : []} onSelect={onSelect} showThemes focus={false} />
      </div>
      <h3>{t('passage.whyThemes')}</h3>
      <ul>
        {(content.themes[id] ?? []).map((tag) => (
          <li key={tag.theme}>{themeReason(tag)}</li>
        ))}
      </ul>
      <h3>{t('panel.onMap', { count: features.length })}</h3>
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
        <p className="muted">{t('passage.joint')}</p>
      )}
      <h3>{t('passage.programmes', { count: programmes.length })}</h3>
      <LinkList items={programmes.map((p) => ({ id: idOf('programme', p.id), label: p.name }))} onSelect={onSelect} />
    </>
  );
}
