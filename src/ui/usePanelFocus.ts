// Opening and closing a panel as the keyboard expects: Esc closes it, and the focus returns to
// where it was before the panel opened.
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import type { AppAction, SelectOrigin } from '../state/app';
import type { Selection } from '../state/selection';

export function usePanelFocus(open: boolean, dispatch: Dispatch<AppAction>) {
  const returnFocus = useRef<HTMLElement | null>(null);
  // Read through a ref so `select` (and the map's click handler built on it) stays the same function
  // when a panel opens: the memoized map then skips the click's first render.
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  const select = useCallback(
    (origin: Exclude<SelectOrigin, 'link' | 'history'>, target: Selection | string) => {
      const active = document.activeElement;
      if (!openRef.current && active instanceof HTMLElement && active !== document.body) returnFocus.current = active;
      dispatch({ type: 'select', origin, target });
    },
    [dispatch],
  );
  const close = useCallback(() => {
    dispatch({ type: 'clear' });
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && document.contains(back)) back.focus();
  }, [dispatch]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  return { select, close };
}
