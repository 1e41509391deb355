import { ArgsType, Field, ObjectType } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { certaintyOn, HoldingCertainty, lastAttested } from './membership.certainty.js';
import { readFor } from './membership.loaders.js';
import { ConnectionType } from '../../relay/connection.js';
import { TemporalArgs, today } from '../../relay/temporal.js';
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

export const MembershipConnection = ConnectionType<Membership>('Membership', () => Membership);
export type MembershipConnection = InstanceType<typeof MembershipConnection>;

/** A roster line: the person, with the membership's own data on the edge. */
@ObjectType({ description: 'A member of a body, with the role and dates of the membership on the edge.' })
export class BodyMemberEdge {
  @Field({ description: 'Opaque cursor of this edge, to pass as `after` or `before`.' })
  cursor!: string;

  @Field(() => Person, { description: 'The member: the person holding the seat.' })
  node!: Person | Promise<Person>;

  @Field(() => Membership, { description: 'The membership itself (role, dates, sources).' })
  membership!: Membership;

  @Field(() => Role, { description: 'The role the member holds in the body (Membership.role).' })
  get role(): Role {
    return this.membership.role;
  }

  @Field(() => HoldingCertainty, { nullable: true, description: 'How sure it is that the member held the seat on the day of the roster (see Membership.certainty).' })
  get certainty(): HoldingCertainty | null {
    // The seats of a body never overlap (membership_single_seat): none is superseded, so a history read
    // for today needs no more than the post.
    return certaintyOn(this.membership, readFor.get(this.membership) ?? today());
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
