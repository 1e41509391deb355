import { registerEnumType } from 'type-graphql';
import { DatePrecision, PartialDate } from '../../db/partial-date.js';
import type { Membership } from './membership.entity.js';
import { SINGLE_SEAT_ROLES } from './membership.enums.js';

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
        'A source covers the day: it falls between a stated start and end (or the elected term), counted from the last day the start can mean to the first day the end can mean (a start or end known only to a year or month leaves the days of that year or month unconfirmed); or it is the day of a start or end stated to the day; or a source shows the person in the post on that very day (a source showing them in a year or month confirms none of its days).',
    },
    LAST_ATTESTED: { description: 'Sources show the person in the post only on other dates, or in a year or month without naming the day (see lastAttested), and none covers the day: still listed, not confirmed.' },
    INFERRED: { description: 'No source covers the day: a start is stated but no end (or only a date by which the post had ended), or the day falls in a start or end known only to its year or month; held by assumption. Never before the post\'s first evidence: a post with no stated start, term start or attestation is held on no day (it stays in the history, `since` null: when it was held is unknown).' },
  },
});

/** The stated date the post's span starts from, at its precision: the start, else the term's start, else the first attestation. */
export function heldSince(membership: Membership): PartialDate | null {
  return membership.startDate ?? membership.termStart ?? PartialDate.parse([...membership.attestedOn].sort()[0]) ?? null;
}

/**
 * The stated date the post's span ends with, at its precision: the end, else the end of the term (null
 * while open). A post known only to have ended by a date (`endedBy`) has no stated end: its term says
 * nothing then (it was cut short).
 */
export function heldTill(membership: Membership): PartialDate | null {
  return membership.endDate ?? (membership.endedBy ? null : membership.termEnd) ?? null;
}

/**
 * The SQL condition, over membership alias `alias`, that the post's span holds `day`: from the first day its
 * first evidence (start, term start or first attestation: heldFrom) can mean to its last day (heldUntil,
 * open while null). A post with no such evidence (heldFrom null: "earlier presidents", "under an earlier
 * NA", a name without a date) is placed on no day at all: nothing says when it was held, and listing it on
 * every day before its end would claim it decades before any source. The twin of certaintyOn's first test.
 */
export const spansDay = (day: string, alias = 't') => ({
  sql: `${alias}.held_from <= ?::date and (${alias}.held_until is null or ${alias}.held_until >= ?::date)`,
  params: [day, day],
});

/** The last day the post's start can mean: from that day on it is known to have begun (null: no date at all). */
export const sureFrom = (membership: Membership): string | null => heldSince(membership)?.end ?? null;

/**
 * SQL twins of `heldSince` / `heldTill` over membership alias `alias`: the date as the source states it
 * (YYYY, YYYY-MM or YYYY-MM-DD), for answers that read posts in SQL.
 */
const statedText = (column: string) => `left(${column}_start::text, case ${column}_precision when 'YEAR' then 4 when 'MONTH' then 7 else 10 end)`;
export const heldSinceSql = (alias: string) => `coalesce(${statedText(`${alias}.start_date`)}, ${statedText(`${alias}.term_start`)}, (select min(a) from unnest(${alias}.attested_on) a))`;
export const heldTillSql = (alias: string) => `coalesce(${statedText(`${alias}.end_date`)}, case when ${alias}.ended_by_start is null then ${statedText(`${alias}.term_end`)} end)`;

/** The last day a date stated as YYYY, YYYY-MM or YYYY-MM-DD (SQL text) can mean. */
const lastDaySql = (text: string) =>
  `(select case length(p) when 4 then (p || '-12-31')::date when 7 then ((p || '-01')::date + interval '1 month' - interval '1 day')::date else p::date end from (select ${text} as p) stated)`;

/** The SQL twin of `sureFrom` over membership alias `alias`. */
const sureFromSql = (alias: string) => `coalesce(${alias}.start_date_end, ${alias}.term_start_end, ${lastDaySql(`(select min(a) from unnest(${alias}.attested_on) a)`)})`;

/** The SQL twin of the first day the stated end can mean (certaintyOn's `sureUntil`). */
const sureUntilSql = (alias: string) => `coalesce(${alias}.end_date_start, case when ${alias}.ended_by_start is null then ${alias}.term_end_start end)`;

/**
 * The SQL twin of CONFIRMED (certaintyOn), over membership alias `t`, for `day`: a condition of a list.
 * The span is sure from the last day its start can mean to the first day its end can mean; otherwise
 * only a date stated to the day (a start, an end, an attestation) confirms that day.
 */
export const confirmedOn = (day: string) => ({
  sql: `exists (select 1 from (select ?::date as d) day where
    (${sureFromSql('t')} <= day.d and ${sureUntilSql('t')} >= day.d)
    or (t.start_date_precision = 'DAY' and t.start_date_start = day.d)
    or (t.end_date_precision = 'DAY' and t.end_date_start = day.d)
    or day.d::text = any(t.attested_on))`,
  params: [day],
});

const SINGLE_SEAT_SQL = `(${[...SINGLE_SEAT_ROLES].map((r) => `'${r}'`).join(', ')})`;

/**
 * The first day a post is superseded (null: never), over membership alias `alias`, in SQL: the one rule,
 * read both as a list's condition (`notSupersededOn`) and as a value the network's posts carry.
 *
 * A single seat (SINGLE_SEAT_ROLES of one organization, or of one body of it) has one holder at a time.
 * A post of it with no known end (`heldTill` null) is superseded from the day a later holder of the seat
 * is known to have begun (`sureFrom`), where "later" means that holder's post may begin only after every
 * date a source shows the earlier post (its start, term start and attestations, each to its last day).
 * (A post with no date at all is held on no day in the first place: spansDay.) A superseded post stays in
 * the history; it is no longer held for lists by date. The seats of a body cannot overlap at all (the
 * exclusion constraint membership_single_seat), so this only ever cuts posts of an organization itself.
 */
export const supersededFromSql = (alias: string) => `case when ${alias}.role::text in ${SINGLE_SEAT_SQL} and ${alias}.end_date_start is null
      and (${alias}.term_end_start is null or ${alias}.ended_by_start is not null) then (
    select min(${sureFromSql('s')}) from membership s
    where s.organization_id = ${alias}.organization_id and s.role = ${alias}.role and s.body_id is not distinct from ${alias}.body_id
      and s.id <> ${alias}.id and s.held_from is not null
      and (${alias}.start_date_end is null or s.held_from > ${alias}.start_date_end)
      and (${alias}.term_start_end is null or s.held_from > ${alias}.term_start_end)
      and not exists (select 1 from unnest(${alias}.attested_on) a where left(s.held_from::text, length(a)) <= a)) end`;

/** A list's condition, over alias `t`: the post is not superseded on `day` (see supersededFromSql). */
export const notSupersededOn = (day: string) => ({ sql: `coalesce(${supersededFromSql('t')}, 'infinity'::date) > ?::date`, params: [day] });

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

/**
 * How sure the post is held on `day` (YYYY-MM-DD); null when the post is not held on that day at all:
 * outside its span (before its first evidence, or on any day for a post with none), or from `supersededFrom` on (the day supersededFromSql gives, where it was read).
 */
export function certaintyOn(membership: Membership, day: string, supersededFrom?: string | null): HoldingCertainty | null {
  const { heldFrom, heldUntil } = membership;
  // No start, term or attestation: nothing places the post on any day (see spansDay).
  if (!heldFrom || day < heldFrom || (heldUntil && day > heldUntil)) return null;
  if (supersededFrom && day >= supersededFrom) return null;
  // "Until 2023" may mean January: a bound known only to a year or month confirms none of its own days.
  const from = sureFrom(membership);
  const until = heldTill(membership)?.start;
  if (from && until && from <= day && day <= until) return HoldingCertainty.CONFIRMED;
  if (statedToTheDay(membership.startDate, day) || statedToTheDay(membership.endDate, day)) return HoldingCertainty.CONFIRMED;
  // "Seen in 2024" may mean December: only an attestation stated to the day confirms a day.
  if (membership.attestedOn.includes(day)) return HoldingCertainty.CONFIRMED;
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
