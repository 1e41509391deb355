import { registerEnumType } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
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
    CONFIRMED: { description: 'A source covers the day: a stated start and end (or the elected term), or a source showing the person in the post on that day, month or year.' },
    LAST_ATTESTED: { description: 'Sources show the person in the post only on earlier dates (see lastAttested) and no end is known: still listed, not confirmed.' },
    INFERRED: { description: 'No source covers the day: a start is stated but no end, or the post has no dates at all; held by assumption.' },
  },
});

/** The SQL twin of CONFIRMED (certaintyOn), over membership alias `t`, for `day`: a condition of a list. */
export const confirmedOn = (day: string) => ({
  sql: `exists (select 1 from (select ?::date as d) day where
    (t.held_from is not null and t.held_until is not null and t.held_from <= day.d and t.held_until >= day.d)
    or (t.start_date_start <= day.d and t.start_date_end >= day.d)
    or (t.end_date_start <= day.d and t.end_date_end >= day.d)
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

/** How sure the post is held on `day` (YYYY-MM-DD); null when the post is not held on that day at all. */
export function certaintyOn(membership: Membership, day: string): HoldingCertainty | null {
  const { heldFrom, heldUntil } = membership;
  if ((heldFrom && day < heldFrom) || (heldUntil && day > heldUntil)) return null;
  if (heldFrom && heldUntil) return HoldingCertainty.CONFIRMED;
  const covering = evidence(membership).some((d) => d.start! <= day && (d.end ?? d.start!) >= day);
  if (covering) return HoldingCertainty.CONFIRMED;
  return membership.attestedOn.length ? HoldingCertainty.LAST_ATTESTED : HoldingCertainty.INFERRED;
}
