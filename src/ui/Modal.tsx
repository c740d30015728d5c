// A small modal dialog: focus moves in, Tab stays in, Esc or the close button leaves, focus returns.
import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n/later';
import './modal.css';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

// eslint-disable-next-line atlas/no-english-literal -- a CSS selector, not words
const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function Modal({ title, onClose, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // The trap is set up once, when the dialog opens: a parent's new onClose on a re-render (a resize,
  // late data, a host message) must not move the focus back to the first button.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        close.current();
      } else if (e.key === 'Tab' && box.current) {
        const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled'));
        if (items.length === 0) return;
        const first = items[0];
        const last = items[items.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    // Capture, so Esc closes the dialog before it reaches the panel or the tour.
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (back && document.contains(back)) back.focus();
    };
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" ref={box}>
        <div className="panel-head">
          <h2 id="modal-title">{title}</h2>
          <button type="button" className="panel-close" onClick={onClose}>
            {t('panel.close')}
          </button>
        </div>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
