import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../errors/errors.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { Country } from '../country/country.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationFilter, OrganizationOrder } from './organization.inputs.js';
import { countriesByOrganization } from './organization.loaders.js';
import { OrganizationService } from './organization.service.js';
import { OrganizationConnection, Union } from './organization.types.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Union, { description: 'The Vietnam Union of Friendship Organizations (VUFO).' })
  union(@Ctx() { em }: Context): Promise<Organization> {
    return new OrganizationService(em).union();
  }

  @Query(() => Organization, { description: 'One organization by its ID.' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Organization> {
    const organization = await loaders.byId(Organization).load(expectGlobalId(id, 'Organization'));
    if (!organization) throw notFound('Organization', id);
    return organization;
  }

  @Query(() => OrganizationConnection, { description: 'Organizations of the network and its partners.' })
  organizations(
    @Args() page: ConnectionArgs,
    @Ctx() { em }: Context,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true }) orderBy?: OrganizationOrder,
  ): Promise<OrganizationConnection> {
    return new OrganizationService(em).list(page, filter, orderBy);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this one belongs to (the Union for its bodies, an association for its branches).' })
  parent(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return organization.parent ? loaders.byId(Organization).load(organization.parent.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The Union body in charge of this organization.' })
  overseenBy(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return organization.overseenBy ? loaders.byId(Organization).load(organization.overseenBy.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this one is a member of (the Union, for its member associations and provincial unions).' })
  memberOf(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return organization.memberOf ? loaders.byId(Organization).load(organization.memberOf.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization serving as this one’s standing agency.' })
  standingAgency(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return organization.standingAgency ? loaders.byId(Organization).load(organization.standingAgency.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The state body in charge of state management of this organization.' })
  stateManagedBy(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return organization.stateManagedBy ? loaders.byId(Organization).load(organization.stateManagedBy.id) : null;
  }

  @FieldResolver(() => [Country], { description: 'Countries the organization is about: an association’s counterpart country or countries, an NGO’s country of origin.' })
  countries(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Country[]> {
    return loaders.use(countriesByOrganization).load(organization.id);
  }
}
