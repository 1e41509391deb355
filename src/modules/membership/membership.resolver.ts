import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { DateScalar } from '../../graphql/scalars.js';
import { isoDate, today } from '../../relay/temporal.js';
import { certaintyOn, HoldingCertainty, lastAttested } from './membership.certainty.js';
import { readFor, supersessions } from './membership.loaders.js';
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
    description: 'How sure it is that the post was held on `asOf` (default: the day the list was read for, today for a whole history); null when not held that day (outside its span, or superseded: a later holder of its single seat is known to have begun).',
  })
  certainty(@Root() membership: Membership, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day asked about (default: the day the list was read for; today for a whole history).' }) asOf?: Date | string): HoldingCertainty | null | Promise<HoldingCertainty | null> {
    const readDay = readFor.get(membership);
    const day = asOf ? isoDate(asOf) : (readDay ?? today());
    // A list read for the day left out what was superseded on it; any other day asks the rule.
    if (day === readDay) return certaintyOn(membership, day);
    return ctx.loaders.use(supersessions).load(membership.id).then((from) => certaintyOn(membership, day, from));
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
