import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Body } from '../body/body.entity.js';
import { Person } from '../person/person.entity.js';
import { attendanceOfPersons, bodyMemberAttendance, inactiveMembers, period, toMemberAttendance } from './attendance.service.js';
import { Attendance, BodyAttendance, InactiveMembersArgs, MemberAttendance, PeriodArgs, RATE_DEFINITION } from './attendance.types.js';

@Resolver(() => Person)
export class PersonAttendanceResolver {
  @FieldResolver(() => Attendance, { description: `Attendance at every event over a period (default: the last twelve months). ${RATE_DEFINITION}` })
  attendance(@Root() person: Person, @Args() args: PeriodArgs, @Ctx() ctx: Context): Promise<Attendance> {
    return attendanceOfPersons(ctx, period(args)).load(person.id);
  }
}

@Resolver(() => Body)
export class BodyAttendanceResolver {
  @FieldResolver(() => BodyAttendance, { description: `Attendance of the body’s members at events their organization organised in the period (default: the last twelve months). ${RATE_DEFINITION}` })
  async attendance(@Root() body: Body, @Args() args: PeriodArgs, @Ctx() ctx: Context): Promise<BodyAttendance> {
    const p = period(args);
    const rows = await bodyMemberAttendance(ctx, p).load(body.id);
    const sum = (key: 'invited' | 'attended' | 'recorded') => rows.reduce((total, r) => total + r[key], 0);
    return Object.assign(new BodyAttendance(), {
      from: p.from,
      to: p.to,
      invited: sum('invited'),
      attended: sum('attended'),
      recorded: sum('recorded'),
      members: rows.map((r) => toMemberAttendance(ctx, p, r)),
    });
  }
}

@Resolver()
export class InactiveMembersResolver {
  @Query(() => [MemberAttendance], {
    description: `Committee members who rarely take part, least active first, with the figures that make them so: Union-wide, or for one association. Counts the events organised by the member’s own organization in the period (default: the last twelve months). ${RATE_DEFINITION}`,
  })
  inactiveMembers(@Args() args: InactiveMembersArgs, @Ctx() ctx: Context): Promise<MemberAttendance[]> {
    return inactiveMembers(ctx, args);
  }
}
