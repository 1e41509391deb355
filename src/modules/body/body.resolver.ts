import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../errors/errors.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { Congress } from '../congress/congress.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { membershipCounts, membershipIncludes, membershipPages } from '../membership/membership.loaders.js';
import { selectedFields } from '../../graphql/selection.js';
import { BodyMemberConnection, BodyMemberEdge, MembershipListArgs } from '../membership/membership.types.js';
import type { Membership } from '../membership/membership.entity.js';
import { DateScalar } from '../../graphql/scalars.js';
import { readingDate, today } from '../../relay/temporal.js';
import { Body } from './body.entity.js';
import { membershipsOfBodies, RosterChangeConnection, rosterChangePage, rosterChanges, Seats } from './body.roster.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';

@Resolver(() => Body)
export class BodyResolver {
  @FieldResolver(() => Organization, { description: 'The organization the body belongs to.' })
  async organization(@Root() body: Body, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, body.organization))!;
  }

  @FieldResolver(() => Congress, { nullable: true, description: 'The congress that elected this body; null when none is on record.' })
  congress(@Root() body: Body, @Ctx() { loaders }: Context): Promise<Congress | null> | null {
    return loaders.ref(Congress, body.congress);
  }

  @FieldResolver(() => BodyMemberConnection, { description: 'The roster: members as of a date (default today), or the whole history, presidents first, then by name in Vietnamese order (the roster CSV in the same order).' })
  async members(@Root() body: Body, @Args() args: MembershipListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<BodyMemberConnection> {
    // An edge's `node` (and so each of `nodes`) is the member, the membership's person; `membership` is the post itself.
    const person = selectedFields(info, ['edges']).has('node') || selectedFields(info, []).has('nodes');
    const include = membershipIncludes(new Set([...(person ? ['person'] : []), ...selectedFields(info, ['edges', 'membership'])]));
    const page = await membershipPages(ctx, 'body', args, 'rank', include).load(body.id);
    const day = readingDate(args) ?? today();
    const edges = page.edges.map(({ cursor, node: membership }) => withLazyFields(Object.assign(new BodyMemberEdge(), { cursor, membership, day }), { node: () => personOf(ctx, membership) }));
    return BodyMemberConnection.of(edges as never, page.pageInfo, page.count);
  }

  @FieldResolver(() => RosterChangeConnection, { description: 'Who joined and who left, newest first (on one day departures first, then by rank): the change history of the roster, within `from`–`to` when given (both days included; a change known only to its month or year is listed when it may fall within).' })
  async changes(
    @Root() body: Body,
    @Args() args: ConnectionArgs,
    @Ctx() { loaders }: Context,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Changes on or after this day (default: since the first).' }) from?: Date | string,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Changes on or before this day (default: up to today).' }) to?: Date | string,
  ): Promise<RosterChangeConnection> {
    const first = from ? dayOf(from) : undefined;
    const last = to ? dayOf(to) : undefined;
    if (first && last && first > last) throw badUserInput('`from` must not be after `to`', [{ field: 'from', message: 'after to' }]);
    const changes = rosterChanges(await loaders.use(membershipsOfBodies).load(body.id), today());
    const page = rosterChangePage(changes.filter((c) => (!first || c.date.end >= first) && (!last || c.date.start <= last)), pageRequest(args));
    return RosterChangeConnection.of(page.edges, page.pageInfo, page.count);
  }

  @FieldResolver(() => Seats, { description: 'Stated size, filled seats and vacancies as of a date (default today).' })
  async seats(@Root() body: Body, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to count seats on (default: today).' }) asOf?: Date | string): Promise<Seats> {
    const day = dayOf(asOf);
    const filled = await membershipCounts(ctx, 'body', { asOf: day }).load(body.id);
    return Object.assign(new Seats(), { asOf: day, size: body.size ?? null, filled });
  }
}

const dayOf = (date?: Date | string) => readingDate({ asOf: date })!;

const personOf = (ctx: Context, membership: Membership) => ctx.loaders.ref(Person, membership.person) as Promise<Person>;
