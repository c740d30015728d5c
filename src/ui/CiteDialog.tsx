// The Cite dialog: the view on screen cited in APA, Chicago and BibTeX (src/export/cite.ts), each
// with a Copy button; a live region says what was copied. Loaded only when the reader asks for it.
import { useMemo, useRef, useState } from 'react';
import { CITE_STYLES, citeView, localDay, type CiteStyle } from '../export/cite';
import { parseHash } from '../state/url';
import { Modal } from './Modal';
import type { Lang } from '../../data/lang';
import { t } from '../i18n/later';

interface Props {
  /** The reader's language: the citations' words and the permalink's. */
  lang: Lang;
  /** The open selection's title in the reader's language, or null with none open. */
  viewTitle: string | null;
  onClose: () => void;
}

export default function CiteDialog({ lang, viewTitle, onClose }: Props) {
  const [copied, setCopied] = useState('');
  const areas = useRef<Partial<Record<CiteStyle, HTMLTextAreaElement | null>>>({});
  // The address as it is when the dialog opens; the query and the hash are rebuilt by citeView.
  const citations = useMemo(() => {
    const { href, hash } = window.location;
    return citeView({ appUrl: href.split(/[?#]/)[0], state: parseHash(hash).state, lang, viewTitle, accessed: localDay(new Date()) });
  }, [lang, viewTitle]);

  const copy = async (style: CiteStyle) => {
    // Emptied first, so a second copy of the same style is announced again.
    setCopied('');
    try {
      await navigator.clipboard.writeText(citations[style]);
      setCopied(t('cite.copied', { style }));
    } catch {
      // Clipboard access can be refused (an iframe, a permission): select the text for Ctrl+C instead.
      areas.current[style]?.focus();
      areas.current[style]?.select();
      setCopied(t('cite.selected', { style }));
    }
  };

  return (
    <Modal title={t('cite.title')} onClose={onClose}>
      <p className="muted">{t('cite.intro')}</p>
      {/* A copy opened from disk (the single file) has no address anyone else can open: say so rather than cite it silently. */}
      {window.location.protocol === 'file:' && (
        <p className="notice" role="note">
          {t('cite.localCopy')}
        </p>
      )}
      {CITE_STYLES.map((style) => (
        <div className="cite-style" key={style} data-style={style}>
          <label htmlFor={`cite-${style}`}>{t('cite.style', { style })}</label>
          <textarea
            id={`cite-${style}`}
            ref={(el) => {
              areas.current[style] = el;
            }}
            readOnly
            rows={style === 'bibtex' ? 8 : 5}
            value={citations[style]}
            onFocus={(e) => e.target.select()}
            lang={lang}
          />
          <div className="modal-actions">
            <button type="button" onClick={() => void copy(style)}>
              {t('cite.copy', { style })}
            </button>
          </div>
        </div>
      ))}
      <p role="status" aria-live="polite" className="muted cite-status">
        {copied}
      </p>
      <p className="muted">{t('cite.licence')}</p>
    </Modal>
  );
}
