// The host page's side of the state: messages from the parent become actions, and each batch of
// messages the reducer writes for the parent is posted once.
import { useEffect, type Dispatch } from 'react';
import type { AppAction, AppState } from '../state/app';
import { useHostApi } from './useHostApi';

export function useHostBridge(origin: string | null, outbox: AppState['outbox'], dispatch: Dispatch<AppAction>): void {
  const post = useHostApi(origin, (message) => dispatch({ type: 'host message', message }));
  useEffect(() => {
    outbox?.messages.forEach(post);
  }, [outbox, post]);
}
