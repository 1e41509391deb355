import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../relay/connection.js';
import { eventPages } from '../event/event.service.js';
import { EventConnection } from '../event/event.types.js';
import { findRows, linkedRows } from '../../db/rows.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar } from '../../graphql/scalars.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Role } from '../membership/membership.enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { Legislature } from './legislature.entity.js';
import { ParliamentaryGroupCountry } from './parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

const countriesByGroup = defineLoader<string, Country[]>((em, ids) =>
  linkedRows(em, Country, { entity: ParliamentaryGroupCountry, from: 'group', to: 'country' }, ids, 't.code'),
);

const membersByGroup = defineLoader<string, GroupMembership[]>(async (em, ids) => {
  const rows = await findRows(em, GroupMembership, { group: { $in: [...ids] } }, { role: 'asc', id: 'asc' });
  return grouped(ids, rows, (m) => m.group.id);
});

@Resolver(() => ParliamentaryGroup)
export class ParliamentaryGroupResolver {
  @Query(() => [Legislature], { description: 'National Assembly legislatures on record.' })
  legislatures(@Ctx() { em }: Context): Promise<Legislature[]> {
    return em.find(Legislature, {}, { orderBy: { number: 'desc' } });
  }

  @Query(() => [ParliamentaryGroup], { description: 'Parliamentary friendship groups, by legislature and country (newest legislature first, then by English name in Vietnamese alphabetical order).' })
  parliamentaryGroups(
    @Ctx() { em }: Context,
    @Arg('legislature', () => Int, { nullable: true }) legislature?: number,
    @Arg('countryCode', () => CountryCodeScalar, { nullable: true }) countryCode?: string,
  ): Promise<ParliamentaryGroup[]> {
    const where: Record<string, unknown> = {};
    if (legislature != null) where.legislature = legislature;
    if (countryCode) where.countryLinks = { $some: { country: { code: countryCode.toUpperCase() } } };
    return em.find(ParliamentaryGroup, where, { orderBy: { legislature: 'desc', nameSort: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [Country])
  countries(@Root() group: ParliamentaryGroup, @Ctx() { loaders }: Context): Promise<Country[]> {
    return loaders.use(countriesByGroup).load(group.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The friendship association of the same country the group works with.' })
  coordinatingAssociation(@Root() group: ParliamentaryGroup, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, group.coordinatingAssociation);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the group belongs to (the Vietnam Friendship Parliamentarians Organisation).' })
  parentOrganization(@Root() group: ParliamentaryGroup, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, group.parentOrganization);
  }

  @FieldResolver(() => [GroupMembership], { description: 'Chair, vice-chairs and members on record.' })
  members(@Root() group: ParliamentaryGroup, @Ctx() { loaders }: Context): Promise<GroupMembership[]> {
    return loaders.use(membersByGroup).load(group.id);
  }

  @FieldResolver(() => EventConnection, {
    description: 'Joint events: events the coordinating friendship association organised that concern the group’s country or countries, newest first.',
  })
  async jointEvents(@Root() group: ParliamentaryGroup, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    // One statement for the groups of a level, whatever their associations and countries.
    const page = await eventPages(ctx, 'group', args).load(group.id);
    return EventConnection.of(page.edges, page.pageInfo, page.count);
  }

  @FieldResolver(() => GroupMembership, { nullable: true, description: 'The chairing deputy: the chair whose seat has no recorded end (`endGroupMembership`); null when none sits.' })
  async chair(@Root() group: ParliamentaryGroup, @Ctx() { loaders }: Context): Promise<GroupMembership | null> {
    return (await loaders.use(membersByGroup).load(group.id)).find((m) => m.role === Role.CHAIR && !m.endDate) ?? null;
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipResolver {
  @FieldResolver(() => Person)
  async person(@Root() m: GroupMembership, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.ref(Person, m.person))!;
  }

  @FieldResolver(() => ParliamentaryGroup)
  async group(@Root() m: GroupMembership, @Ctx() { loaders }: Context): Promise<ParliamentaryGroup> {
    return (await loaders.ref(ParliamentaryGroup, m.group))!;
  }
}

