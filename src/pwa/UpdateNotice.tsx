// A quiet line offering to reload when a new version of the atlas has been fetched in the background.
// It uses the notice look, so it belongs inside the app's `.notices` stack.
import { useSyncExternalStore } from 'react';
import { updates as defaultStore, type UpdateStore } from './updates';
import { t } from '../i18n';

export function UpdateNotice({ store = defaultStore }: { store?: UpdateStore }) {
  const ready = useSyncExternalStore(store.subscribe, store.ready, store.ready);
  if (!ready) return null;
  return (
    <div className="notice update-notice" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" onClick={store.apply}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={store.dismiss}>
        {t('update.later')}
      </button>
    </div>
  );
}
