import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../i18n';

/** Three buttons, each written in its own language; the chosen one is pressed. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map(({ code, name }) => (
        <button key={code} type="button" lang={code} aria-pressed={i18n.resolvedLanguage === code} onClick={() => chooseLanguage(code)}>
          {name}
        </button>
      ))}
    </div>
  );
}
