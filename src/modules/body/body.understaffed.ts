import { Arg, Args, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { paged, SCAN } from '../../graphql/prices.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ConnectionArgs, ConnectionType, pageRequest } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { groupedPages, ROOT } from '../../relay/grouped-page.js';
import { readingDate } from '../../relay/temporal.js';
import { spansDay } from '../membership/membership.certainty.js';
import { membershipCounts } from '../membership/membership.loaders.js';
import { Body } from './body.entity.js';
import { Seats } from './body.roster.js';

@ObjectType({ description: 'A body in its term with fewer members than its stated size.' })
export class UnderstaffedBody {
  @Field(() => Body, { description: 'The understaffed body.' })
  body!: Body;

  @Field(() => Seats, { description: 'Its stated size, filled seats and vacancies on `asOf`.' })
  seats!: Seats | Promise<Seats>;
}

export const UnderstaffedBodyConnection = ConnectionType<UnderstaffedBody>('UnderstaffedBody', () => UnderstaffedBody);
export type UnderstaffedBodyConnection = InstanceType<typeof UnderstaffedBodyConnection>;

@Resolver()
export class UnderstaffedBodyResolver {
  // Counts the members of every body in its term (of one organization, or all), then the page asked for.
  @Query(() => UnderstaffedBodyConnection, { complexity: (e) => (e.args.organizationId ? 10 : 4 * SCAN) + paged(e), description: 'Bodies in their term on `asOf` (default today) with vacant seats, most vacancies first. Only bodies with a stated size, and never synthetic ones.' })
  async understaffedBodies(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to count seats on (default: today).' }) asOf?: Date | string,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only the bodies of this organization (its global ID); every organization’s when left out.' }) organizationId?: string,
  ): Promise<UnderstaffedBodyConnection> {
    const day = readingDate({ asOf })!;
    const seated = spansDay(day, 'm');
    const vacancies = { sql: `t.size - (select count(*)::int from membership m where m.body_id = t.id and ${seated.sql})`, params: seated.params };
    const page = await groupedPages(ctx.loaders, {
      name: 'bodies:understaffed',
      entity: Body,
      parent: null,
      where: { synthetic: false },
      conditions: [
        ...(organizationId ? [{ sql: 't.organization_id = ?', params: [expectGlobalId(organizationId, 'Organization', 'organizationId')] }] : []),
        { sql: 't.size is not null and (t.term_start_start is null or t.term_start_start <= ?::date) and (t.term_end_end is null or t.term_end_end >= ?::date)', params: [day, day] },
        { sql: `${vacancies.sql} > 0`, params: vacancies.params },
      ],
      sort: { ...vacancies, direction: 'desc', numeric: true },
      page: pageRequest(args),
    }).load(ROOT);
    const edges = page.edges.map(({ cursor, node: body }) => {
      const understaffed = Object.assign(new UnderstaffedBody(), { body });
      const seats = async () => Object.assign(new Seats(), { asOf: day, size: body.size ?? null, filled: await membershipCounts(ctx, 'body', { asOf: day }).load(body.id) });
      return { cursor, node: withLazyFields(understaffed, { seats }) };
    });
    return UnderstaffedBodyConnection.of(edges, page.pageInfo, page.count);
  }
}
