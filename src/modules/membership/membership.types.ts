import { ArgsType, Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PartialDate } from '../../db/partial-date.js';
import { certaintyOn, HoldingCertainty, lastAttested } from './membership.certainty.js';
import { certaintyFor } from './membership.loaders.js';
import { ConnectionType, type EdgeShape } from '../../relay/connection.js';
import type { Page } from '../../relay/grouped-page.js';
import { TemporalArgs } from '../../relay/temporal.js';
import { Person } from '../person/person.entity.js';
import { Membership } from './membership.entity.js';
import { Role } from './membership.enums.js';

@ArgsType()
export class MembershipListArgs extends TemporalArgs {
  @Field(() => [Role], { nullable: true, description: 'Only these roles.' })
  roles?: Role[];

  @Field({ defaultValue: false, description: 'Only posts a source confirms for the day asked (see HoldingCertainty): for an invitation list, leave out those last seen in office years ago. Ignored with `history: true`.' })
  confirmedOnly?: boolean;
}

/**
 * A post in a list of posts. The list was read for a day (its `asOf`), and how sure the post is on that
 * day belongs to the list, so it is on the edge: the same post read in lists of two dates is one object
 * in a client's normalised cache (`Membership:<id>`), whose fields must answer alike wherever it was read.
 */
@ObjectType({ description: 'One post of a Membership page, with its cursor and how sure it is on the day the list was read for.' })
export class MembershipEdge implements EdgeShape<Membership> {
  @Field({ description: 'Opaque cursor of this edge, to pass as `after` or `before`.' })
  cursor!: string;

  @Field(() => Membership, { description: 'The post at this edge.' })
  node!: Membership;

  /** The day the list was read for (its `asOf`; today by default and for a whole history). */
  day!: string;

  @Field(() => HoldingCertainty, {
    nullable: true,
    description:
      'How sure it is that the post was held on the day the list was read for (its `asOf`, default today; today for a whole history): `node { certainty(asOf:) }` of that day. Null when not held that day (in a history: a former or superseded post).',
  })
  certainty(@Ctx() ctx: Context): HoldingCertainty | null | Promise<HoldingCertainty | null> {
    return certaintyFor(ctx, this.node, this.day);
  }
}

export const MembershipConnection = ConnectionType<Membership>('Membership', () => Membership, MembershipEdge);
export type MembershipConnection = InstanceType<typeof MembershipConnection>;

/** The connection of a page of posts read for `day` (the list's `asOf`; today by default and for a whole history): its edges answer for that day. */
export function membershipConnection(page: Page<Membership>, day: string): MembershipConnection {
  const edges = page.edges.map(({ cursor, node }) => Object.assign(new MembershipEdge(), { cursor, node, day }));
  return MembershipConnection.of(edges, page.pageInfo, page.count);
}

/** A roster line: the person, with the membership's own data on the edge. */
@ObjectType({ description: 'A member of a body, with the role and dates of the membership on the edge.' })
export class BodyMemberEdge {
  @Field({ description: 'Opaque cursor of this edge, to pass as `after` or `before`.' })
  cursor!: string;

  @Field(() => Person, { description: 'The member: the person holding the seat.' })
  node!: Person | Promise<Person>;

  @Field(() => Membership, { description: 'The membership itself (role, dates, sources).' })
  membership!: Membership;

  /** The day the roster was read for (its `asOf`; today by default and for a whole history). */
  day!: string;

  @Field(() => Role, { description: 'The role the member holds in the body (Membership.role).' })
  get role(): Role {
    return this.membership.role;
  }

  @Field(() => HoldingCertainty, { nullable: true, description: 'How sure it is that the member held the seat on the day the roster was read for (its `asOf`, default today; today for a whole history): `membership { certainty(asOf:) }` of that day.' })
  get certainty(): HoldingCertainty | null {
    // The seats of a body never overlap (membership_single_seat): none is superseded, so a history read
    // for today needs no more than the post.
    return certaintyOn(this.membership, this.day);
  }

  @Field(() => PartialDate, { nullable: true, description: 'The latest date a source shows the member in the seat (see Membership.lastAttested).' })
  get lastAttested(): PartialDate | null {
    return lastAttested(this.membership);
  }

  @Field(() => String, { nullable: true, description: 'The title as the source writes it (Membership.title); null when it gives none.' })
  get title(): string | undefined {
    return this.membership.title;
  }
}

export const BodyMemberConnection = ConnectionType<Person>('BodyMember', () => Person, BodyMemberEdge as never);
export type BodyMemberConnection = InstanceType<typeof BodyMemberConnection>;
