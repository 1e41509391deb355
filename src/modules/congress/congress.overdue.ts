import { rowReader } from '../../db/rows.js';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { list, rowsAsked, SCAN } from '../../graphql/prices.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { DateScalar } from '../../graphql/scalars.js';
import { MAX_PAGE_SIZE } from '../../relay/connection.js';
import { readingDate } from '../../relay/temporal.js';
import { Organization } from '../organization/organization.entity.js';
import { Congress } from './congress.entity.js';

@ObjectType({ description: 'An organization whose last congress’s term has ended with no newer congress on record.' })
export class OverdueCongress {
  @Field(() => Organization)
  organization!: Organization | Promise<Organization>;

  @Field(() => Congress, { description: 'The last congress on record.' })
  lastCongress!: Congress;

  @Field(() => DateScalar, { description: 'Last day of the term that congress opened.' })
  termEndedOn!: string;

  @Field(() => Int, { description: 'Days between the end of the term and the date asked about.' })
  daysOverdue!: number;
}

@Resolver()
export class OverdueCongressResolver {
  // The last congress of every organization (a scan of all congresses), then the rows asked for.
  @Query(() => [OverdueCongress], { complexity: ({ args, childComplexity }) => SCAN + list(rowsAsked(args, 50), childComplexity), description: 'Organizations holding their congress late: the term of their last congress ended before `asOf` (default today), most overdue first.' })
  async overdueCongresses(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('includeSynthetic', () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: Date | string,
  ): Promise<OverdueCongress[]> {
    if (first < 0 || first > MAX_PAGE_SIZE) throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, [{ field: 'first', message: 'out of range' }]);
    const day = readingDate({ asOf })!;
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select last.* from (
         select distinct on (c.organization_id) c.* from congress c order by c.organization_id, c.held_on_start desc, c.id
       ) last join organization o on o.id = last.organization_id
       where last.term_end_end < ? and o.status <> 'DISSOLVED' and (? or not o.synthetic)
       order by last.term_end_end asc, last.id limit ?`,
      [day, includeSynthetic, first],
    );
    return rows.map((row) => {
      const congress = rowReader(ctx.em, Congress)(row);
      const termEndedOn = congress.termEnd!.end;
      const overdue = Object.assign(new OverdueCongress(), {
        lastCongress: congress,
        termEndedOn,
        daysOverdue: Math.round((Date.parse(day) - Date.parse(termEndedOn)) / 86_400_000),
      });
      return withLazyFields(overdue, { organization: () => ctx.loaders.byId(Organization).load(congress.organization.id) });
    });
  }
}
