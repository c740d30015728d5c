// The host page's side of the state: messages from the parent become actions, and each batch of
// messages the reducer writes for the parent is posted once.
import { useEffect, useRef, type Dispatch } from 'react';
import type { AppAction, AppState } from '../state/app';
import type { OutMessage } from './messages';
import { useHostApi } from './useHostApi';
import { t } from '../i18n';
import { chooseLanguage } from '../ui/language';

export function useHostBridge(origin: string | null, outbox: AppState['outbox'], dispatch: Dispatch<AppAction>): void {
  // The language's confirmation is posted from a promise, after the poster exists: read through a ref.
  const poster = useRef<(m: OutMessage) => void>(() => undefined);
  const post = useHostApi(origin, (message) => {
    // The language is the page's, not the state's: chosen as the switch chooses it, then confirmed.
    if (message.type === 'atlas:lang') {
      chooseLanguage(message.lang).then(
        () => poster.current({ type: 'atlas:lang', lang: message.lang }),
        () => dispatch({ type: 'notice', text: t('notice.langFailed') }),
      );
    } else dispatch({ type: 'host message', message });
  });
  useEffect(() => {
    poster.current = post;
    outbox?.messages.forEach(post);
  }, [outbox, post]);
}
