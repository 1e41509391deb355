import { useId, useState, useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isIsoDate } from '../format';

/** The chosen date of a page (`?asOf=YYYY-MM-DD`), null for today. */
export function useAsOf(): string | null {
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  return isIsoDate(asOf) ? asOf : null;
}

/** Choose the day a page is read for: rosters and leaders as they stood then. */
export function AsOfPicker() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asOf = useAsOf();
  const [value, setValue] = useState(asOf ?? '');
  useEffect(() => setValue(asOf ?? ''), [asOf]);
  const id = useId();
  const apply = (date: string | null) => {
    const next = new URLSearchParams(params);
    if (date) next.set('asOf', date);
    else next.delete('asOf');
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(isIsoDate(value) ? value : null);
  };
  return (
    <form className="as-of" onSubmit={submit}>
      <label htmlFor={id}>{t('asOf.label')}</label>
      <input id={id} type="date" value={value} onChange={(e) => setValue(e.target.value)} min="1950-01-01" max="2100-12-31" />
      <button type="submit">{t('asOf.show')}</button>
      {asOf ? (
        <button type="button" className="link-button" onClick={() => apply(null)}>
          {t('asOf.today')}
        </button>
      ) : null}
    </form>
  );
}
