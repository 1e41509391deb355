import { registerEnumType } from 'type-graphql';
import { DatePrecision, PartialDate } from '../../db/partial-date.js';
import type { Membership } from './membership.entity.js';

/**
 * How sure the directory is that a person held a post on a day. A source saying "X was president in
 * 2017" is not a source saying "X is president from 2017 on": the roster of today may still name X (no
 * successor is known), but says so.
 */
export enum HoldingCertainty {
  CONFIRMED = 'CONFIRMED',
  LAST_ATTESTED = 'LAST_ATTESTED',
  INFERRED = 'INFERRED',
}
registerEnumType(HoldingCertainty, {
  name: 'HoldingCertainty',
  description: 'How sure the directory is that a post was held on the day asked.',
  valuesConfig: {
    CONFIRMED: {
      description:
        'A source covers the day: it falls between a stated start and end (or the elected term), counted from the last day the start can mean to the first day the end can mean (a start or end known only to a year or month leaves the days of that year or month unconfirmed); or it is the day of a start or end stated to the day; or a source shows the person in the post on that day, month or year.',
    },
    LAST_ATTESTED: { description: 'Sources show the person in the post only on other dates (see lastAttested) and none covers the day: still listed, not confirmed.' },
    INFERRED: { description: 'No source covers the day: a start is stated but no end, or the day falls in a start or end known only to its year or month, or the post has no dates at all; held by assumption.' },
  },
});

/** The stated date the post's span starts from, at its precision: the start, else the term's start, else the first attestation. */
export function heldSince(membership: Membership): PartialDate | null {
  return membership.startDate ?? membership.termStart ?? PartialDate.parse([...membership.attestedOn].sort()[0]) ?? null;
}

/** The stated date the post's span ends with, at its precision: the end, else the end of the term (null while open). */
export function heldTill(membership: Membership): PartialDate | null {
  return membership.endDate ?? membership.termEnd ?? null;
}

/**
 * SQL twins of `heldSince` / `heldTill` over membership alias `alias`: the date as the source states it
 * (YYYY, YYYY-MM or YYYY-MM-DD), for answers that read posts in SQL.
 */
const statedText = (column: string) => `left(${column}_start::text, case ${column}_precision when 'YEAR' then 4 when 'MONTH' then 7 else 10 end)`;
export const heldSinceSql = (alias: string) => `coalesce(${statedText(`${alias}.start_date`)}, ${statedText(`${alias}.term_start`)}, (select min(a) from unnest(${alias}.attested_on) a))`;
export const heldTillSql = (alias: string) => `coalesce(${statedText(`${alias}.end_date`)}, ${statedText(`${alias}.term_end`)})`;

/**
 * The SQL twin of CONFIRMED (certaintyOn), over membership alias `t`, for `day`: a condition of a list.
 * The span is sure from the last day its start can mean (a stated start or term start; an attestation
 * covers its own days anyway) to the first day its end can mean.
 */
export const confirmedOn = (day: string) => ({
  sql: `exists (select 1 from (select ?::date as d) day where
    (coalesce(t.start_date_end, t.term_start_end, t.held_from) <= day.d and coalesce(t.end_date_start, t.term_end_start) >= day.d)
    or (t.start_date_precision = 'DAY' and t.start_date_start = day.d)
    or (t.end_date_precision = 'DAY' and t.end_date_start = day.d)
    or exists (select 1 from unnest(t.attested_on) a where day.d::text like a || '%'))`,
  params: [day],
});

/** The evidence of a post, latest first: its attestations, stated start and end. */
function evidence(membership: Membership): PartialDate[] {
  const dated = [...membership.attestedOn.map((a) => PartialDate.parse(a)), membership.startDate, membership.endDate];
  return dated.filter((d): d is PartialDate => Boolean(d?.start)).sort((a, b) => (a.start! < b.start! ? 1 : -1));
}

/** The latest date a source shows the person in the post (null: the post has no date at all). */
export function lastAttested(membership: Membership): PartialDate | null {
  return evidence(membership)[0] ?? null;
}

const statedToTheDay = (date: PartialDate | null | undefined, day: string) => date?.precision === DatePrecision.DAY && date.start === day;

/** How sure the post is held on `day` (YYYY-MM-DD); null when the post is not held on that day at all. */
export function certaintyOn(membership: Membership, day: string): HoldingCertainty | null {
  const { heldFrom, heldUntil } = membership;
  if ((heldFrom && day < heldFrom) || (heldUntil && day > heldUntil)) return null;
  // "Until 2023" may mean January: a bound known only to a year or month confirms none of its own days.
  const sureFrom = (membership.startDate ?? membership.termStart)?.end ?? heldFrom;
  const sureUntil = heldTill(membership)?.start;
  if (sureFrom && sureUntil && sureFrom <= day && day <= sureUntil) return HoldingCertainty.CONFIRMED;
  if (statedToTheDay(membership.startDate, day) || statedToTheDay(membership.endDate, day)) return HoldingCertainty.CONFIRMED;
  if (membership.attestedOn.some((a) => day.startsWith(a))) return HoldingCertainty.CONFIRMED;
  return membership.attestedOn.length ? HoldingCertainty.LAST_ATTESTED : HoldingCertainty.INFERRED;
}

const RANK: Record<HoldingCertainty, number> = { CONFIRMED: 3, LAST_ATTESTED: 2, INFERRED: 1 };

/** The surer of two certainties (null: not held). */
export const surer = (a: HoldingCertainty | null, b: HoldingCertainty | null) => (!a ? b : !b ? a : RANK[a] >= RANK[b] ? a : b);

/** The less sure of two certainties: null when either is not held. */
export const lessSure = (a: HoldingCertainty | null, b: HoldingCertainty | null) => (!a || !b ? null : RANK[a] <= RANK[b] ? a : b);

/** The later of two dates a source shows something (by their first day). */
export const later = (a: PartialDate | null, b: PartialDate | null) => (!a ? b : !b ? a : a.start >= b.start ? a : b);

/** The earlier of two such dates: null when either is unknown. */
export const earlier = (a: PartialDate | null, b: PartialDate | null) => (!a || !b ? null : a.start <= b.start ? a : b);
