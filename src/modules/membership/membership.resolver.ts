import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { DateScalar } from '../../graphql/scalars.js';
import { isoDate, today } from '../../relay/temporal.js';
import { HoldingCertainty, lastAttested } from './membership.certainty.js';
import { certaintyFor } from './membership.loaders.js';
import type { Context } from '../../graphql/context.js';
import { Body } from '../body/body.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Membership } from './membership.entity.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person, { description: 'The person holding the role.' })
  async person(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.ref(Person, membership.person))!;
  }

  @FieldResolver(() => Organization, { description: 'The organization the role is in (for a role in a body, the body’s organization).' })
  async organization(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, membership.organization))!;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body the role is held in, if any (null: a role in the organization itself).' })
  body(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Body | null> | null {
    return loaders.ref(Body, membership.body);
  }

  @FieldResolver(() => HoldingCertainty, {
    nullable: true,
    description:
      'How sure it is that the post was held on `asOf` (default: today, wherever the post was read; the day a list was read for is on its edge: MembershipEdge.certainty, BodyMemberEdge.certainty); null when not held that day (outside its span, or superseded: a later holder of its single seat is known to have begun).',
  })
  certainty(@Root() membership: Membership, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day asked about (default: today, in any list).' }) asOf?: Date | string): HoldingCertainty | null | Promise<HoldingCertainty | null> {
    return certaintyFor(ctx, membership, asOf ? isoDate(asOf) : today());
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'The latest date a source shows the person in the post (an attestation, the stated start or end); null when the post has no date at all.' })
  lastAttested(@Root() membership: Membership): PartialDate | null {
    return lastAttested(membership);
  }

  @FieldResolver(() => Congress, { nullable: true, description: 'The congress that elected the person, where known.' })
  congress(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Congress | null> | null {
    return loaders.ref(Congress, membership.congress);
  }
}
