import type { SortKey } from '../../relay/grouped-page.js';

export const DATE_ORDER =
  'Oldest first by the date each figure is of (the end of the period it counts, else the date it is given as of; compared by its first day, then its last, so "2025" before "2025-11-30"), the longer period first where two end together, figures with no date last; then by metric.';

/** The date a figure is of (SQL over alias `t`): the end of its period, else its as-of date, else the start of its period; `part` is `start` or `end`. */
const dateOf = (part: 'start' | 'end') =>
  `case when t.period_end_start is not null then t.period_end_${part} when t.as_of_start is not null then t.as_of_${part} else t.period_start_${part} end`;

const NO_DATE = `'0001-01-01'::date`;

/**
 * DATE_ORDER as sort keys, then by seed key (and id), so that the order is the same in every database
 * (texts compared byte by byte, as the seeds spell them, whatever the database's collation).
 */
export const REPORTED_FIGURE_ORDER: SortKey[] = [
  { sql: `(${dateOf('start')} is null)::int`, direction: 'asc', numeric: true },
  { sql: `coalesce(${dateOf('start')}, ${NO_DATE})`, direction: 'asc' },
  { sql: `coalesce(${dateOf('end')}, ${NO_DATE})`, direction: 'asc' },
  { sql: `coalesce(t.period_start_start, ${NO_DATE})`, direction: 'asc' },
  { sql: `t.metric collate "C"`, direction: 'asc' },
  { sql: `coalesce(t.slug, '') collate "C"`, direction: 'asc' },
];
