import type { PartialDate } from '../../db/partial-date.js';
import type { ReportedFigure } from './reported-figure.entity.js';

/** The date a figure is of: the end of the period it counts, else the date it is given as of, else the start of its period. */
const dateOf = (f: ReportedFigure): PartialDate | undefined => f.periodEnd ?? f.asOf ?? f.periodStart ?? undefined;

export const DATE_ORDER =
  'Oldest first by the date each figure is of (the end of the period it counts, else the date it is given as of; compared by its first day, then its last, so "2025" before "2025-11-30"), the longer period first where two end together, figures with no date last; then by metric.';

/** Reported figures in DATE_ORDER (then by their seed key and id, so that the order is the same in every database). */
export function inDateOrder(figures: ReportedFigure[]): ReportedFigure[] {
  const key = (f: ReportedFigure) => {
    const date = dateOf(f);
    return [date ? 0 : 1, date?.start ?? '', date?.end ?? '', f.periodStart?.start ?? '', f.metric, f.slug ?? '', f.id] as const;
  };
  const keyed = figures.map((f) => ({ f, k: key(f) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return a.k[i] < b.k[i] ? -1 : 1;
    return 0;
  });
  return keyed.map(({ f }) => f);
}
