// The header's language switch: each language by its own name (a reader looks for "Русский", not
// for "Russian"), marked with its language so a screen reader says it right.
import { LANGS, isLang, type Lang } from '../../data/lang';
import { t } from '../i18n';
import { LANG_INFO } from '../i18n/langs';

export function LanguageSwitch({ lang, onChange, busy }: { lang: Lang; onChange: (lang: Lang) => void; busy: boolean }) {
  return (
    <select
      className="lang-switch"
      aria-label={t('app.language')}
      value={lang}
      disabled={busy}
      onChange={(e) => {
        if (isLang(e.target.value)) onChange(e.target.value);
      }}
    >
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANG_INFO[l].autonym}
        </option>
      ))}
    </select>
  );
}
