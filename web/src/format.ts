import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** BCP 47 locale of each language of the app, for Intl. */
const LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB', fr: 'fr-FR' };

export interface PartialDateValue {
  text: string;
  precision: 'DAY' | 'MONTH' | 'YEAR' | 'MONTH_DAY';
}

/**
 * Dates, numbers and names formatted for the reader's language. A date from a source is shown at the
 * precision the source gives: "2023" stays a year, never 31 December.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.resolvedLanguage ?? 'vi'] ?? 'vi-VN';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
    const monthDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const countries = new Intl.DisplayNames([locale], { type: 'region' });
    const collator = new Intl.Collator('vi', { sensitivity: 'base' });
    const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const partial = (value: PartialDateValue | null | undefined): string => {
      if (!value) return '';
      // "--04-19": a day and month, the year not stated (any leap year holds 29 February)
      if (value.precision === 'MONTH_DAY') return monthDay.format(utc(`2000${value.text.slice(1)}`));
      const [y, m = '01', d = '01'] = value.text.split('-');
      const date = utc(`${y}-${m}-${d}`);
      return (value.precision === 'DAY' ? day : value.precision === 'MONTH' ? month : year).format(date);
    };
    return {
      locale,
      /** A date as a source states it, YYYY, YYYY-MM or YYYY-MM-DD, at that precision. */
      partialText: (text: string) => partial({ text, precision: text.length === 4 ? 'YEAR' : text.length === 7 ? 'MONTH' : 'DAY' }),
      /** A day given as YYYY-MM-DD. */
      date: (iso: string) => day.format(utc(iso)),
      partial,
      /** "2019 – 2024", "from 2023", "until 2019", or empty. */
      span: (from: PartialDateValue | null | undefined, to: PartialDateValue | null | undefined, words: { from: string; until: string }) =>
        from && to ? `${partial(from)} – ${partial(to)}` : from ? `${words.from} ${partial(from)}` : to ? `${words.until} ${partial(to)}` : '',
      number: (n: number) => number.format(n),
      percent: (n: number) => percent.format(n),
      /** A country's name in the reader's language from its ISO code; the directory's name where Intl has none. */
      country: (code: string, fallback?: string | null) => {
        try {
          return countries.of(code) ?? fallback ?? code;
        } catch {
          return fallback ?? code;
        }
      },
      /** Vietnamese alphabetical order (a ă â b c d đ …), as every list the server sorts by name. */
      compareNames: (a: string, b: string) => collator.compare(a, b),
    };
  }, [locale]);
}

/** Today in the reader's calendar, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isIsoDate = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
