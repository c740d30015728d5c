// "Read the declaration": the whole text in order, each paragraph with its themes and the features
// it concerns, and a search over passages, programmes and commitments with their events.
import { useEffect, useState } from 'react';
import { fullText, type SearchResult } from '../../content';
import type { Content } from '../../content/build';
import { LinkList, SelectLink, ThemeTags, type OnSelect } from './common';
import { COMMITMENTS, idOf, kindLabel, selectionToId } from '../../state/selection';
import { Rich } from '../../i18n/Rich';
import { formatDate, t } from '../../i18n/later';

function SearchBox({ content, onSelect }: { content: Content; onSelect: OnSelect }) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  useEffect(() => {
    if (text.trim() === '') return;
    let live = true;
    content.loadSearch().then((s) => {
      if (live) setResults(s.query(text, { limit: 12 }));
    });
    return () => {
      live = false;
    };
  }, [text, content]);
  const search = (value: string) => {
    setText(value);
    // Cleared in the same event, not in an effect after it: no render with the old results.
    if (value.trim() === '') setResults([]);
  };
  return (
    <div className="search" role="search">
      <label htmlFor="declaration-search">{t('search.label')}</label>
      <input id="declaration-search" type="search" value={text} onChange={(e) => search(e.target.value)} placeholder={t('search.placeholder')} autoComplete="off" />
      {text.trim() !== '' && (
        <p className="muted" aria-live="polite">
          {t('search.results', { count: results.length })}
        </p>
      )}
      <ul className="search-results">
        {results.map((r) => (
          <li key={idOf(r.kind, r.id)}>
            <SelectLink id={idOf(r.kind, r.id)} onSelect={onSelect}>
              {r.title}
            </SelectLink>
            <br />
            {r.sentence ? (
              <span className="muted" lang="en">
                {r.sentence}
              </span>
            ) : (
              <span className="muted">{kindLabel(r.kind)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DeclarationPanel({ content, onSelect }: { content: Content; onSelect: OnSelect }) {
  const d = content.declaration;
  return (
    <>
      <SearchBox content={content} onSelect={onSelect} />
      <details className="programme-list">
        <summary>{t('declaration.programmes', { count: content.programmes.length })}</summary>
        <LinkList items={content.programmes.map((p) => ({ id: idOf('programme', p.id), label: p.name }))} onSelect={onSelect} />
      </details>
      <p className="muted">
        <Rich
          id="declaration.released"
          values={{
            date: formatDate(d.released.iso),
            source: (
              <a href={d.source.url} target="_blank" rel="noopener noreferrer">
                {t('declaration.source')}
              </a>
            ),
          }}
        />
      </p>
      <p>
        <SelectLink id={selectionToId(COMMITMENTS)} onSelect={onSelect}>
          {t('declaration.since', { count: content.commitments.length })}
        </SelectLink>
      </p>
      {fullText(d).map((b, i) => {
        switch (b.type) {
          case 'title':
            return (
              <p key={i} className="declaration-title" lang="en">
                <strong>{b.text}</strong>
              </p>
            );
          case 'heading':
            return (
              <h3 key={i} lang="en">
                {b.text}
              </h3>
            );
          case 'paragraph': {
            const features = content.links?.featuresForPassage(b.paragraph.id) ?? [];
            return (
              <div key={i} className="passage" id={`p-${b.paragraph.id}`}>
                <p>
                  <span lang="en">{b.paragraph.text}</span>{' '}
                  <SelectLink id={idOf('passage', b.paragraph.id)} onSelect={onSelect}>
                    <span aria-hidden="true">¶</span>
                    <span className="sr-only">{t('declaration.passage', { id: b.paragraph.id })}</span>
                  </SelectLink>
                </p>
                <ThemeTags content={content} passageId={b.paragraph.id} />
                {features.length > 0 && (
                  <p className="passage-meta">
                    {t('declaration.concerns')}{' '}
                    {features.map(({ feature }, j) => (
                      <span key={feature.id}>
                        {j > 0 && ', '}
                        <SelectLink id={feature.id} onSelect={onSelect}>
                          {feature.name}
                        </SelectLink>
                      </span>
                    ))}
                  </p>
                )}
              </div>
            );
          }
          case 'date':
            return (
              <p key={i} lang="en">
                <time dateTime={b.iso}>{b.text}</time>
              </p>
            );
          case 'signatory':
            return (
              <p key={i} className="signature" lang="en">
                {b.c5 ? (
                  <SelectLink id={b.country} onSelect={onSelect}>
                    {b.text}
                  </SelectLink>
                ) : (
                  b.text
                )}
              </p>
            );
        }
      })}
    </>
  );
}
