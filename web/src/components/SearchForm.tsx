import { useId, useState, useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

/** The one search box: it sends the words to the home page's results (`/?q=`), case and diacritics ignored. */
export function SearchForm({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const current = params.get('q') ?? '';
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = value.trim();
    navigate(q ? `/?q=${encodeURIComponent(q)}` : '/');
  };
  return (
    <form role="search" className={compact ? 'search-form search-form--compact' : 'search-form'} onSubmit={submit}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'search-form__label'}>
        {t('search.label')}
      </label>
      <input id={id} type="search" name="q" value={value} onChange={(e) => setValue(e.target.value)} placeholder={t('search.placeholder')} autoComplete="off" enterKeyHint="search" />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
