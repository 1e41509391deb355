import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { list, paged, periodYears, rowsAsked } from '../../graphql/prices.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { Body } from '../body/body.entity.js';
import { Person } from '../person/person.entity.js';
import { attendanceOfPersons, bodyMemberAttendance, INACTIVE_PAGE, inactiveMembers, memberPage, period } from './attendance.service.js';
import { Attendance, BodyAttendance, InactiveMembersArgs, MemberAttendanceConnection, PeriodArgs, RATE_DEFINITION } from './attendance.types.js';

@Resolver(() => Person)
export class PersonAttendanceResolver {
  // One batched tally of the person's own invitations: a few rows whatever the period.
  @FieldResolver(() => Attendance, { complexity: ({ childComplexity }) => 5 + childComplexity, description: `Attendance at every event over a period (default: the last twelve months). ${RATE_DEFINITION}` })
  attendance(@Root() person: Person, @Args() args: PeriodArgs, @Ctx() ctx: Context): Promise<Attendance> {
    return attendanceOfPersons(ctx, period(args)).load(person.id);
  }
}

@Resolver(() => Body)
export class BodyAttendanceResolver {
  // Every seat of the body against every event of its organization in the period (its members' page is priced apart).
  @FieldResolver(() => BodyAttendance, { complexity: ({ args, childComplexity }) => 10 + 2 * periodYears(args) + childComplexity, description: `Attendance of the body’s members at events their organization organised in the period (default: the last twelve months). ${RATE_DEFINITION}` })
  async attendance(@Root() body: Body, @Args() args: PeriodArgs, @Ctx() ctx: Context): Promise<BodyAttendance> {
    const p = period(args);
    const rows = await bodyMemberAttendance(ctx, p).load(body.id);
    const sum = (key: 'invited' | 'attended' | 'recorded') => rows.reduce((total, r) => total + r[key], 0);
    return Object.assign(new BodyAttendance(), { from: p.from, to: p.to, invited: sum('invited'), attended: sum('attended'), recorded: sum('recorded'), tallies: rows });
  }
}

@Resolver(() => BodyAttendance)
export class BodyAttendanceMembersResolver {
  @FieldResolver(() => MemberAttendanceConnection, { complexity: paged, description: 'Each member who held a seat during the period, least active first (the order of `inactiveMembers`).' })
  members(@Root() attendance: BodyAttendance, @Args() args: ConnectionArgs, @Ctx() ctx: Context): MemberAttendanceConnection {
    const page = memberPage(ctx, { from: attendance.from, to: attendance.to }, attendance.tallies, args);
    return MemberAttendanceConnection.of(page.edges, page.pageInfo, page.count);
  }
}

@Resolver()
export class InactiveMembersResolver {
  @Query(() => MemberAttendanceConnection, {
    // Every committee seat of the scope against every event in the period (Union-wide: ~300,000
    // participations at scale 1, 0.7 s for a year, 1.4–1.9 s for ten), then the rows asked for.
    complexity: ({ args, childComplexity }) =>
      (args.organizationId ? 50 + 5 * periodYears(args) : 1500 + 75 * periodYears(args)) + list(rowsAsked(args, INACTIVE_PAGE), childComplexity),
    description: `Committee members who rarely take part, least active first, with the figures that make them so: Union-wide, or for one association; ${INACTIVE_PAGE} a page unless \`first\` or \`last\` says otherwise, the cursors following that order. Counts the events organised by the member’s own organization in the period (default: the last twelve months). ${RATE_DEFINITION}`,
  })
  async inactiveMembers(@Args() page: ConnectionArgs, @Args() args: InactiveMembersArgs, @Ctx() ctx: Context): Promise<MemberAttendanceConnection> {
    return MemberAttendanceConnection.ofPage(await inactiveMembers(ctx, args, page));
  }
}
