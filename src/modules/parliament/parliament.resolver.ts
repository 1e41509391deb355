import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, notPaged } from '../../relay/connection.js';
import { ROOT } from '../../relay/grouped-page.js';
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
import { groupMemberPages, groupPages } from './parliament.service.js';
import { GroupMembershipConnection, ParliamentaryGroupConnection } from './parliament.types.js';

const countriesByGroup = defineLoader<string, Country[]>((em, ids) =>
  linkedRows(em, Country, { entity: ParliamentaryGroupCountry, from: 'group', to: 'country' }, ids, 't.code'),
);

const membersByGroup = defineLoader<string, GroupMembership[]>(async (em, ids) => {
  const rows = await findRows(em, GroupMembership, { group: { $in: [...ids] } }, { role: 'asc', id: 'asc' });
  return grouped(ids, rows, (m) => m.group.id);
});

@Resolver(() => ParliamentaryGroup)
export class ParliamentaryGroupResolver {
  @Query(() => [Legislature], { description: `National Assembly legislatures on record. ${notPaged('one legislature every five years')}` })
  legislatures(@Ctx() { em }: Context): Promise<Legislature[]> {
    return em.find(Legislature, {}, { orderBy: { number: 'desc' } });
  }

  @Query(() => ParliamentaryGroupConnection, { description: 'Parliamentary friendship groups, by legislature and country (newest legislature first, then by English name in Vietnamese alphabetical order).' })
  async parliamentaryGroups(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('legislature', () => Int, { nullable: true, description: 'Only the groups of this legislature (15 for 2021–2026).' }) legislature?: number,
    @Arg('countryCode', () => CountryCodeScalar, { nullable: true, description: 'Only the groups for this country.' }) countryCode?: string,
  ): Promise<ParliamentaryGroupConnection> {
    return ParliamentaryGroupConnection.ofPage(await groupPages(ctx, 'root', args, { legislature, countryCode }).load(ROOT));
  }

  @FieldResolver(() => [Country], { description: `The countries (or the region’s countries) the group is for, by code. ${notPaged('one or a few countries of the ISO 3166-1 list')}` })
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

  @FieldResolver(() => GroupMembershipConnection, { description: 'Chair, vice-chairs and members on record, in that order.' })
  async members(@Root() group: ParliamentaryGroup, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<GroupMembershipConnection> {
    return GroupMembershipConnection.ofPage(await groupMemberPages(ctx, args).load(group.id));
  }

  @FieldResolver(() => EventConnection, {
    description: 'Joint events: events the coordinating friendship association organised that concern the group’s country or countries, newest first.',
  })
  async jointEvents(@Root() group: ParliamentaryGroup, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    // One statement for the groups of a level, whatever their associations and countries.
    return EventConnection.ofPage(await eventPages(ctx, 'group', args).load(group.id));
  }

  @FieldResolver(() => GroupMembership, { nullable: true, description: 'The chairing deputy: the chair whose seat has no recorded end (`endGroupMembership`); null when none sits.' })
  async chair(@Root() group: ParliamentaryGroup, @Ctx() { loaders }: Context): Promise<GroupMembership | null> {
    return (await loaders.use(membersByGroup).load(group.id)).find((m) => m.role === Role.CHAIR && !m.endDate) ?? null;
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipResolver {
  @FieldResolver(() => Person, { description: 'The deputy.' })
  async person(@Root() m: GroupMembership, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.ref(Person, m.person))!;
  }

  @FieldResolver(() => ParliamentaryGroup, { description: 'The group the seat is in.' })
  async group(@Root() m: GroupMembership, @Ctx() { loaders }: Context): Promise<ParliamentaryGroup> {
    return (await loaders.ref(ParliamentaryGroup, m.group))!;
  }
}

