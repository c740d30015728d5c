// Polite notices about what the atlas could not use (a bad link, missing data), as plain text.
import { t } from '../i18n';

interface Props {
  notices: string[];
  errors: string[];
  onDismiss: (index: number) => void;
}

export function Notices({ notices, errors, onDismiss }: Props) {
  if (!notices.length && !errors.length) return null;
  return (
    <div className="notices">
      {errors.map((e) => (
        <div key={e} className="notice notice-error" role="alert">
          <p>{e}</p>
        </div>
      ))}
      {notices.map((n, i) => (
        <div key={`${i}-${n}`} className="notice" role="status">
          <p>{n}</p>
          <button type="button" className="panel-close" onClick={() => onDismiss(i)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
