// The host-page API: listens for the documented messages from the parent page (optionally only from
// the origin= given), and tells the parent what happens. Outside an iframe it does nothing.
import { useCallback, useEffect, useRef } from 'react';
import { originAllowed, parseInMessage, type InMessage, type OutMessage } from './messages';

export function useHostApi(allowedOrigin: string | null, onMessage: (m: InMessage) => void) {
  // The latest handler, without listening again when the caller passes a new function.
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });
  const framed = typeof window !== 'undefined' && window.parent !== window;
  useEffect(() => {
    if (!framed) return;
    const onMsg = (e: MessageEvent) => {
      if (e.source !== window.parent || !originAllowed(e.origin, allowedOrigin)) return;
      const m = parseInMessage(e.data);
      if (m) handler.current(m);
    };
    window.addEventListener('message', onMsg);
    return () => window.removeEventListener('message', onMsg);
  }, [framed, allowedOrigin]);

  return useCallback(
    (m: OutMessage) => {
      if (!framed || allowedOrigin === 'null-invalid') return;
      // With origin= set, only that parent may read what the atlas says; otherwise anyone framing it.
      window.parent.postMessage(m, allowedOrigin && allowedOrigin !== 'null-invalid' ? allowedOrigin : '*');
    },
    [framed, allowedOrigin],
  );
}
