import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';
import { groupedPages, ROOT } from '../../relay/grouped-page.js';
import { DateScalar } from '../../graphql/scalars.js';
import { addDays, daysAhead, readingDate } from '../../relay/temporal.js';
import { Membership } from './membership.entity.js';
import { membershipConnection, MembershipConnection } from './membership.types.js';


@Resolver()
export class MembershipQueries {
  @Query(() => MembershipConnection, { description: 'Posts whose end (stated, or the end of the term) falls within the next N days of `asOf` (default today), soonest first: terms to renew.' })
  async membershipsEnding(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('withinDays', () => Int, { description: 'How many days after `asOf` to look, 0 to 3660 (ten years); BAD_USER_INPUT outside that. A post ending on `asOf` or on the last of those days counts.' }) withinDays: number,
    @Arg('includeSynthetic', () => Boolean, { defaultValue: false, description: 'Include the rows made by the synthetic data generator (benchmarks); default false.' }) includeSynthetic: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to count from (default: today).' }) asOf?: Date | string,
  ): Promise<MembershipConnection> {
    daysAhead(withinDays);
    const day = readingDate({ asOf })!;
    const page = await groupedPages(ctx.loaders, {
      name: 'memberships:ending',
      entity: Membership,
      parent: null,
      where: includeSynthetic ? {} : { synthetic: false },
      conditions: [{ sql: 't.held_until between ?::date and ?::date', params: [day, addDays(day, withinDays)] }],
      sort: { sql: 't.held_until', direction: 'asc' },
      page: pageRequest(args),
    }).load(ROOT);
    // The list is read for `asOf`: its edges say how sure each post is on that day.
    return membershipConnection(page, day);
  }
}
