import { rowReader } from '../../db/rows.js';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { list, SCAN, UNPAGED_ROWS } from '../../graphql/prices.js';
import { DateScalar } from '../../graphql/scalars.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { readingDate } from '../../relay/temporal.js';
import { Body } from './body.entity.js';
import { Seats } from './body.roster.js';

@ObjectType({ description: 'A body in its term with fewer members than its stated size.' })
export class UnderstaffedBody {
  @Field(() => Body)
  body!: Body;

  @Field(() => Seats)
  seats!: Seats;
}

@Resolver()
export class UnderstaffedBodyResolver {
  // Counts the members of every body in its term (of one organization, or all); the answer is bounded by the data.
  @Query(() => [UnderstaffedBody], { complexity: ({ args, childComplexity }) => (args.organizationId ? 10 : 4 * SCAN) + list(UNPAGED_ROWS, childComplexity), description: 'Bodies in their term on `asOf` (default today) with vacant seats, most vacancies first.' })
  async understaffedBodies(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: Date | string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
  ): Promise<UnderstaffedBody[]> {
    const day = readingDate({ asOf })!;
    const params: unknown[] = [day, day, day, day];
    let scope = '';
    if (organizationId) {
      scope = ' and b.organization_id = ?';
      params.push(expectGlobalId(organizationId, 'Organization', 'organizationId'));
    }
    const rows = await ctx.em.execute<(Record<string, unknown> & { filled: number })[]>(
      `select b.*, (select count(*)::int from membership m where m.body_id = b.id
                     and (m.held_from is null or m.held_from <= ?) and (m.held_until is null or m.held_until >= ?)) as filled
       from body b
       where b.size is not null and (b.term_start_start is null or b.term_start_start <= ?) and (b.term_end_end is null or b.term_end_end >= ?)${scope}
         and not b.synthetic`,
      params,
    );
    return rows
      .filter((row) => row.filled < Number(row.size))
      .map(({ filled, ...row }) => {
        const body = rowReader(ctx.em, Body)(row);
        return Object.assign(new UnderstaffedBody(), { body, seats: Object.assign(new Seats(), { asOf: day, size: body.size, filled }) });
      })
      .sort((a, b) => (b.seats.vacancies ?? 0) - (a.seats.vacancies ?? 0));
  }
}
