import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { paged, SCAN } from '../../graphql/prices.js';
import { notFound } from '../../errors/errors.js';
import { ConnectionArgs, notPaged } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { bodyPages } from '../body/body.service.js';
import { BodyConnection } from '../body/body.types.js';
import { congressPages } from '../congress/congress.service.js';
import { CongressConnection } from '../congress/congress.types.js';
import { Country } from '../country/country.entity.js';
import { eventPages } from '../event/event.service.js';
import { EventConnection, EventFilter } from '../event/event.types.js';
import { groupPages } from '../parliament/parliament.service.js';
import { ParliamentaryGroupConnection } from '../parliament/parliament.types.js';
import { partnershipPages } from '../partnership/partnership.service.js';
import { PartnershipConnection, PartnershipFilter } from '../partnership/partnership.types.js';
import { Membership } from '../membership/membership.entity.js';
import { Role } from '../membership/membership.enums.js';
import { membershipIncludes, membershipPages } from '../membership/membership.loaders.js';
import { selectedFields, selectedNodeFields } from '../../graphql/selection.js';
import { membershipConnection, MembershipConnection, MembershipListArgs } from '../membership/membership.types.js';
import { readingDate, today } from '../../relay/temporal.js';
import { Province } from '../province/province.entity.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Organization } from './organization.entity.js';
import { OrganizationFilter, OrganizationOrder } from './organization.inputs.js';
import { countriesByOrganization } from './organization.loaders.js';
import { findUnion, listOrganizations, organizationPages } from './organization.service.js';
import { OrganizationConnection, Union } from './organization.types.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  // Nullable: a database holding only reference data has no Union yet, and one missing record must not
  // null a whole response that asked for other things beside it.
  @Query(() => Union, { nullable: true, description: 'The Vietnam Union of Friendship Organizations (VUFO); null until it is recorded.' })
  union(@Ctx() { em }: Context): Promise<Organization | null> {
    return findUnion(em);
  }

  @Query(() => Organization, { nullable: true, description: 'One organization by its ID. Null, with a NOT_FOUND error on this field’s path, when there is none: the rest of the response stands.' })
  async organization(@Arg('id', () => ID, { description: 'The global ID of the organization.' }) id: string, @Ctx() { loaders }: Context): Promise<Organization> {
    const organization = await loaders.byId(Organization).load(expectGlobalId(id, 'Organization'));
    if (!organization) throw notFound('Organization', id);
    return organization;
  }

  // A search ranks every name by trigram similarity (and counts the matches) before the page is cut.
  @Query(() => OrganizationConnection, { complexity: (e) => paged(e) + (e.args.filter?.search ? 2 * SCAN : 0), description: 'Organizations of the network and its partners; ranked by relevance when searching.' })
  organizations(
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Conditions the organizations must meet (default: every organization, synthetic ones left out).' }) filter?: OrganizationFilter,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true, description: 'Order of the list (default: by name in Vietnamese order, or by relevance when `filter.search` is given).' }) orderBy?: OrganizationOrder,
  ): Promise<OrganizationConnection> {
    return listOrganizations(ctx, page, filter, orderBy);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this one belongs to (the Union for its bodies, an association for its branches).' })
  parent(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, organization.parent);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Direct children: the Union’s bodies, an association’s provincial branches.' })
  async children(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Conditions the children must meet (default: all of them, synthetic ones left out).' }) filter?: OrganizationFilter): Promise<OrganizationConnection> {
    return OrganizationConnection.ofPage(await organizationPages(ctx, 'children', 't.parent_id', args, filter).load(organization.id));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Member organizations (for the Union: its central associations and provincial unions).' })
  async memberOrganizations(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Conditions the members must meet (default: all of them, synthetic ones left out).' }) filter?: OrganizationFilter): Promise<OrganizationConnection> {
    return OrganizationConnection.ofPage(await organizationPages(ctx, 'members', 't.member_of_id', args, filter).load(organization.id));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The Union body in charge of this organization.' })
  overseenBy(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, organization.overseenBy);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this one is a member of (the Union, for its member associations and provincial unions).' })
  memberOf(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, organization.memberOf);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization serving as this one’s standing agency.' })
  standingAgency(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, organization.standingAgency);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The state body in charge of state management of this organization.' })
  stateManagedBy(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, organization.stateManagedBy);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Province of a local organization, as recorded (see Province.asOf for today’s geography).' })
  province(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return loaders.ref(Province, organization.province);
  }

  @FieldResolver(() => [Country], { description: `Countries the organization is about: an association’s counterpart country or countries, an NGO’s country of origin, by code. ${notPaged('one or a few countries of the ISO 3166-1 list')}` })
  countries(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<Country[]> {
    return loaders.use(countriesByOrganization).load(organization.id);
  }

  @FieldResolver(() => CongressConnection, { description: 'Congresses, newest first.' })
  async congresses(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<CongressConnection> {
    return CongressConnection.ofPage(await congressPages(ctx, args).load(organization.id));
  }

  @FieldResolver(() => BodyConnection, { description: 'Committees and governing organs of every term, newest term first, then by kind.' })
  async bodies(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<BodyConnection> {
    return BodyConnection.ofPage(await bodyPages(ctx, 'organization', args).load(organization.id));
  }

  @FieldResolver(() => MembershipConnection, { description: 'Everyone holding a role in the organization or its bodies, as of a date (default today), presidents first, then by name in Vietnamese order. A post of a single seat (president, secretary general, chair, head) that a later holder is known to have taken over by that date is left out (it stays in the history).' })
  async memberships(@Root() organization: Organization, @Args() args: MembershipListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<MembershipConnection> {
    const page = await membershipPages(ctx, 'organization', args, 'rank', membershipIncludes(selectedNodeFields(info))).load(organization.id);
    return membershipConnection(page, readingDate(args) ?? today());
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'Who holds a role as of a date (default: the president today): one of `memberships` for that date and role. With several holders, the most recent. How sure it is on that date: `certainty(asOf:)` with the same date (`certainty` alone is for today).' })
  async officeHolder(
    @Root() organization: Organization,
    @Ctx() ctx: Context,
    @Arg('role', () => Role, { defaultValue: Role.PRESIDENT, description: 'The role whose holder is asked for (default PRESIDENT).' }) role: Role,
    @Info() info: GraphQLResolveInfo,
    @Arg('confirmedOnly', { defaultValue: false, description: 'Only a holder a source confirms for the day (see HoldingCertainty).' }) confirmedOnly: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day asked about (default: today).' }) asOf?: Date | string,
    @Arg('history', () => Boolean, { nullable: true, description: 'The most recent holder ever recorded, whatever the day (default false).' }) history?: boolean,
  ): Promise<Membership | null> {
    const include = membershipIncludes(selectedFields(info, []));
    const page = await membershipPages(ctx, 'organization', { asOf, history, roles: [role], first: 1, confirmedOnly }, 'recent', include).load(organization.id);
    return page.edges[0]?.node ?? null;
  }

  @FieldResolver(() => EventConnection, { description: 'Events the organization organised, newest first.' })
  async events(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions the events must meet (default: all the events it organised, synthetic ones left out).' }) filter?: EventFilter): Promise<EventConnection> {
    return EventConnection.ofPage(await eventPages(ctx, 'organizer', args, filter).load(organization.id));
  }

  @FieldResolver(() => PartnershipConnection, { description: 'The organization’s partnerships (prospect and active unless asked), newest first.' })
  async partnerships(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('filter', () => PartnershipFilter, { nullable: true, description: 'Conditions the partnerships must meet (default: prospect and active ones, synthetic ones left out).' }) filter?: PartnershipFilter): Promise<PartnershipConnection> {
    return PartnershipConnection.ofPage(await (await partnershipPages(ctx, 'organization', args, filter, selectedNodeFields(info))).load(organization.id));
  }

  @FieldResolver(() => PartnershipConnection, { description: 'Partnerships in which this organization is the partner.' })
  async partnerOf(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('filter', () => PartnershipFilter, { nullable: true, description: 'Conditions the partnerships must meet (default: prospect and active ones, synthetic ones left out).' }) filter?: PartnershipFilter): Promise<PartnershipConnection> {
    return PartnershipConnection.ofPage(await (await partnershipPages(ctx, 'partner', args, filter, selectedNodeFields(info))).load(organization.id));
  }

  @FieldResolver(() => ParliamentaryGroupConnection, { description: 'Parliamentary friendship groups this association coordinates with, newest legislature first.' })
  async parliamentaryGroups(@Root() organization: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<ParliamentaryGroupConnection> {
    return ParliamentaryGroupConnection.ofPage(await groupPages(ctx, 'association', args).load(organization.id));
  }
}
