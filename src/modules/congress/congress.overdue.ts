import { Arg, Args, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { pagedBy, SCAN } from '../../graphql/prices.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ConnectionArgs, ConnectionType, pageRequest } from '../../relay/connection.js';
import { groupedPages, ROOT } from '../../relay/grouped-page.js';
import { readingDate } from '../../relay/temporal.js';
import { Organization } from '../organization/organization.entity.js';
import { Congress } from './congress.entity.js';

@ObjectType({ description: 'An organization whose last congress’s term has ended with no newer congress on record.' })
export class OverdueCongress {
  @Field(() => Organization, { description: 'The organization whose congress is overdue.' })
  organization!: Organization | Promise<Organization>;

  @Field(() => Congress, { description: 'The last congress on record.' })
  lastCongress!: Congress;

  @Field(() => DateScalar, { description: 'Last day of the term that congress opened.' })
  termEndedOn!: string;

  @Field(() => Int, { description: 'Days between the end of the term and the date asked about.' })
  daysOverdue!: number;
}

export const OverdueCongressConnection = ConnectionType<OverdueCongress>('OverdueCongress', () => OverdueCongress);
export type OverdueCongressConnection = InstanceType<typeof OverdueCongressConnection>;

/** Overdue congresses are listed 50 a page unless asked otherwise (their `first` was a plain limit of 50). */
const OVERDUE_PAGE = 50;

@Resolver()
export class OverdueCongressResolver {
  // The last congress of every organization (a scan of all congresses), then the rows asked for.
  @Query(() => OverdueCongressConnection, { complexity: (e) => SCAN + pagedBy(OVERDUE_PAGE)(e), description: `Organizations holding their congress late: the term of their last congress ended before \`asOf\` (default today), most overdue first (dissolved organizations left out); ${OVERDUE_PAGE} a page unless \`first\` or \`last\` says otherwise.` })
  async overdueCongresses(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('includeSynthetic', () => Boolean, { defaultValue: false, description: 'Include the organizations made by the synthetic data generator (benchmarks); default false.' }) includeSynthetic: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to judge lateness on (default: today).' }) asOf?: Date | string,
  ): Promise<OverdueCongressConnection> {
    const day = readingDate({ asOf })!;
    const page = await groupedPages(ctx.loaders, {
      name: 'congresses:overdue',
      entity: Congress,
      parent: null,
      conditions: [
        // The organization's last congress (the latest held; of two on one day, the first recorded) …
        { sql: 'not exists (select 1 from congress c2 where c2.organization_id = t.organization_id and (c2.held_on_start > t.held_on_start or (c2.held_on_start = t.held_on_start and c2.id < t.id)))', params: [] },
        // … whose term ended before the day, of an organization still at work.
        { sql: 't.term_end_end < ?::date', params: [day] },
        { sql: "exists (select 1 from organization o where o.id = t.organization_id and o.status <> 'DISSOLVED' and (?::boolean or not o.synthetic))", params: [includeSynthetic] },
      ],
      sort: { sql: 't.term_end_end', direction: 'asc' },
      page: pageRequest(args, OVERDUE_PAGE),
    }).load(ROOT);
    const edges = page.edges.map(({ cursor, node: congress }) => {
      const termEndedOn = congress.termEnd!.end;
      const overdue = Object.assign(new OverdueCongress(), {
        lastCongress: congress,
        termEndedOn,
        daysOverdue: Math.round((Date.parse(day) - Date.parse(termEndedOn)) / 86_400_000),
      });
      return { cursor, node: withLazyFields(overdue, { organization: () => ctx.loaders.byId(Organization).load(congress.organization.id) }) };
    });
    return OverdueCongressConnection.of(edges, page.pageInfo, page.count);
  }
}
