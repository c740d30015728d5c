// Pieces every panel uses: a verbatim passage with its section and reasons, a list of sources,
// and links that select something (real links, so they can be copied or opened in a new tab).
import { prose } from '../../../data/lang';
import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import type { Source } from '../../../data/types';
import { passageById, themeById, themeReason, type PassageLink } from '../../content';
import type { Content } from '../../content/build';
import { quoteParts } from '../../content/focus';
import { idOf } from '../../state/selection';
import { t } from '../../i18n/later';

export type OnSelect = (id: string) => void;

/** A link to a selection: its href is the deep link, a plain click selects without reloading. */
export function SelectLink({ id, onSelect, children, className }: { id: string; onSelect: OnSelect; children: ReactNode; className?: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(id);
  };
  return (
    <a href={`#sel=${id}`} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

/** Only http(s) links are ever rendered as links; anything else is shown as text. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={`${s.title}|${s.url}`}>
          {/^https?:\/\//.test(s.url) ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
        </li>
      ))}
    </ul>
  );
}

interface QuoteProps {
  content: Content;
  passageId: string;
  /** Sentences to mark; the rest of the paragraph is shown around them. */
  highlight?: string[];
  reasons?: PassageLink['reasons'];
  onSelect: OnSelect;
  showThemes?: boolean;
  /** False quotes the whole paragraph with the sentences marked (the passage's own panel). */
  focus?: boolean;
}

/**
 * A passage of the declaration, verbatim: the sentences that carry the link, marked, with the rest of
 * the paragraph one click away. With nothing to mark, the whole paragraph.
 */
export function PassageQuote({ content, passageId, highlight = [], reasons = [], onSelect, showThemes = false, focus = true }: QuoteProps) {
  const [whole, setWhole] = useState(!focus);
  const quoteId = useId();
  const found = passageById(passageId, content.declaration);
  if (!found) return null;
  const { section, paragraph } = found;
  const marked = new Set(highlight);
  const parts = quoteParts(paragraph, highlight);
  const partial = parts.some((p) => p.kind === 'gap');
  const mark = (id: string, text: string) => (marked.has(id) ? <mark data-sentence={id}>{text}</mark> : text);
  return (
    <article className="passage" aria-labelledby={`q-${passageId}`}>
      <p className="passage-meta" id={`q-${passageId}`}>
        {t('passage.where', { heading: section.heading ?? t('state.opening'), index: paragraph.index })}{' '}
        <SelectLink id={idOf('passage', passageId)} onSelect={onSelect}>
          <span aria-hidden="true">↗</span>
          <span className="sr-only">{t('passage.open', { id: passageId })}</span>
        </SelectLink>
      </p>
      <blockquote id={quoteId} lang="en">
        {whole || !partial
          ? paragraph.sentences.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ' '}
                {mark(s.id, s.text)}
              </span>
            ))
          : parts.map((p, i) => (
              <span key={p.kind === 'sentence' ? p.id : `gap-${i}`}>
                {i > 0 && ' '}
                {p.kind === 'sentence' ? (
                  mark(p.id, p.text)
                ) : (
                  <span className="gap" title={t('passage.more', { count: p.count })}>
                    […]
                  </span>
                )}
              </span>
            ))}
      </blockquote>
      {partial && focus && (
        <button type="button" className="disclosure" aria-expanded={whole} aria-controls={quoteId} onClick={() => setWhole(!whole)}>
          {whole ? t('passage.showApplying') : t('passage.showWhole')}
        </button>
      )}
      {showThemes && <ThemeTags content={content} passageId={passageId} />}
      {reasons.length > 0 && (
        <ul className="reasons">
          {reasons.map((r) => (
            <li key={r.text} className="reason">
              {r.text}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function ThemeTags({ content, passageId }: { content: Content; passageId: string }) {
  const tags = content.themes[passageId] ?? [];
  return (
    <ul className="themes" aria-label={t('passage.themes')}>
      {tags.map((tag) => (
        <li key={tag.theme} className="theme-tag" title={themeReason(tag)}>
          {prose(themeById(tag.theme).label)}
        </li>
      ))}
    </ul>
  );
}

/** A list of things to select (routes, programmes, features), or a line saying why there are none. */
/** How many entries a panel's list shows before "Show all": a click draws a short panel, whatever the data holds. */
export const LIST_LIMIT = 20;

/**
 * The first `LIST_LIMIT` entries and a button for the rest. Today's lists are shorter than that;
 * with many more routes or commitments the panel still opens at once.
 */
export function useCapped<T>(items: readonly T[], limit = LIST_LIMIT): { shown: readonly T[]; more: ReactNode } {
  const [all, setAll] = useState(false);
  if (all || items.length <= limit) return { shown: items, more: null };
  return {
    shown: items.slice(0, limit),
    more: (
      <button type="button" className="link-button show-all" onClick={() => setAll(true)}>
        {t('list.showAll', { count: items.length })}
      </button>
    ),
  };
}

/** `limit`: for lists that grow with the data (a state's routes); the rest show every entry. */
export function LinkList({ items, onSelect, empty, className, limit = Infinity }: { items: { id: string; label: string }[]; onSelect: OnSelect; empty?: string; className?: string; limit?: number }) {
  const { shown, more } = useCapped(items, limit);
  if (items.length === 0) return empty ? <p className="muted">{empty}</p> : null;
  return (
    <>
      <ul className={className}>
        {shown.map((it) => (
          <li key={it.id}>
            <SelectLink id={it.id} onSelect={onSelect}>
              {it.label}
            </SelectLink>
          </li>
        ))}
      </ul>
      {more}
    </>
  );
}


/** Programme links for a feature's panel, by the names the declaration writes. */
export function programmeItems(content: Content, links: { programmeId: string }[]): { id: string; label: string }[] {
  return links.map((p) => ({ id: idOf('programme', p.programmeId), label: content.programmeById.get(p.programmeId)?.name ?? p.programmeId }));
}
