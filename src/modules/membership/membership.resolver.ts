import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Body } from '../body/body.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Membership } from './membership.entity.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person)
  async person(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.ref(Person, membership.person))!;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, membership.organization))!;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body the role is held in, if any (null: a role in the organization itself).' })
  body(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Body | null> | null {
    return loaders.ref(Body, membership.body);
  }

  @FieldResolver(() => Congress, { nullable: true, description: 'The congress that elected the person, where known.' })
  congress(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Congress | null> | null {
    return loaders.ref(Congress, membership.congress);
  }
}
