import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Body } from '../body/body.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { ConnectionType } from '../../relay/connection.js';
import type { TallyRow } from './attendance.service.js';

export const RATE_DEFINITION =
  'Invitations count the events the person was invited to that started within the period (a cancelled event counts in none); the rate is attended ÷ invitations whose outcome is recorded (future or unrecorded events are left out), null when there is none.';

@ArgsType()
export class PeriodArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Start of the period (default: one year before `to`).' })
  from?: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'End of the period (default: today).' })
  to?: Date | string;
}

@ObjectType({ description: `Attendance over a period. ${RATE_DEFINITION}` })
export class Attendance {
  @Field(() => DateScalar, { description: 'First day of the period (included).' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (included).' })
  to!: string;

  @Field(() => Int, { description: 'Events invited to.' })
  invited!: number;

  @Field(() => Int, { description: 'Of those, attended.' })
  attended!: number;

  @Field(() => Int, { description: 'Of those, with the outcome recorded (attended or not).' })
  recorded!: number;

  @Field(() => Float, { nullable: true, description: 'attended ÷ recorded; null when nothing is recorded.' })
  get rate(): number | null {
    return this.recorded ? this.attended / this.recorded : null;
  }
}

@ObjectType({ description: `A committee member with their attendance at the events of their organization. ${RATE_DEFINITION}` })
export class MemberAttendance extends Attendance {
  @Field(() => Person, { description: 'The committee member.' })
  person!: Person | Promise<Person>;

  @Field(() => Organization, { description: 'The organization of the body: only the events it organised are counted.' })
  organization!: Organization | Promise<Organization>;

  @Field(() => Body, { description: 'The body the member held a seat in during the period (a member of two bodies is listed once for each).' })
  body!: Body | Promise<Body>;

  @Field(() => PartialDate, { nullable: true, description: 'When the member took the seat in the body, at the precision the source gives (Membership.since; null: not known).' })
  seatFrom!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'When the seat ended, at the precision the source gives: a former member’s end date (Membership.until; null: still holds it).' })
  seatUntil!: PartialDate | null;
}

@ArgsType()
export class InactiveMembersArgs extends PeriodArgs {
  @Field(() => ID, { nullable: true, description: 'One association (its committees); Union-wide when omitted.' })
  organizationId?: string;

  @Field(() => Float, { defaultValue: 0.5, description: 'Members whose rate is at most this (0–1).' })
  maxRate!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Members with at least this many recorded invitations. The default 0 lists members never invited too (rate null), first: nobody is less active.' })
  minRecorded!: number;
}

export const MemberAttendanceConnection = ConnectionType<MemberAttendance>('MemberAttendance', () => MemberAttendance);
export type MemberAttendanceConnection = InstanceType<typeof MemberAttendanceConnection>;

@ObjectType({ description: `A body’s attendance at the events of its organization over a period: the total and each member (\`members\`). ${RATE_DEFINITION}` })
export class BodyAttendance extends Attendance {
  /** Every member's tally, from which the totals were summed and `members` pages. */
  tallies!: readonly TallyRow[];
}
