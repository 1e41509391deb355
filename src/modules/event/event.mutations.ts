import type { EntityManager } from '@mikro-orm/postgresql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput, forbidden } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { assertVersion, isoDate, load, enteredBy } from '../../writes/inputs.js';
import { assertMayWrite, writableOrganization } from '../organization/organization.rights.js';
import { write } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { PROVINCE_ARGUMENT, PROVINCE_ON_DATE, provinceOfRecord } from '../province/geography.js';
import { EventKind, ParticipationRole } from './event.enums.js';
import { EventOrganizer } from './event-organizer.entity.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';

@InputType({ description: 'A new event organised by one or more organizations.' })
export class CreateEventInput {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field()
  @MaxLength(500)
  title!: string;

  @Field(() => DateScalar)
  startDate!: Date | string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endDate?: Date | string;

  @Field(() => [ID], { description: 'Organizers; you must be allowed to write for every one of them.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  organizerIds!: string[];

  @Field({ nullable: true, description: `Where it takes place: ${PROVINCE_ARGUMENT} (the event’s start date). ${PROVINCE_ON_DATE}.` })
  @IsOptional()
  provinceKey?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  venue?: string;
}

@InputType({ description: 'Invite persons to an event.' })
export class InviteInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  personIds!: string[];

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.ATTENDEE })
  role!: ParticipationRole;
}

@InputType({ description: 'Record whether an invited person attended.' })
export class RecordAttendanceInput {
  @Field(() => ID)
  participationId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  attended!: boolean;
}

@ObjectType()
export class EventPayload {
  @Field(() => Event)
  event!: Event;
}

@ObjectType()
export class ParticipationsPayload {
  @Field(() => [Participation])
  participations!: Participation[];
}

@ObjectType()
export class ParticipationPayload {
  @Field(() => Participation)
  participation!: Participation;
}

export async function writableEvent(ctx: Context, tx: EntityManager, eventId: string): Promise<Event> {
  const event = await load(tx, Event, eventId, 'input.eventId');
  const organizers = await tx.find(EventOrganizer, { event: event.id }, { populate: ['organization'] });
  // Every organizer, not just one: invitations and attendance count in each organizer's attendance figures.
  for (const organizer of organizers) assertMayWrite(ctx, organizer.organization.getEntity());
  // An event without a recorded organizer (a state ceremony, say) belongs to no editor: the secretariat's.
  if (!organizers.length && ctx.viewer.role !== 'SECRETARIAT') throw forbidden('Only the secretariat may change an event without a recorded organizer');
  return event;
}

@Resolver()
export class EventMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => EventPayload, { description: 'Create an event (a meeting, a welcome, ...).' })
  async createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() ctx: Context): Promise<EventPayload> {
    const event = await write(ctx, async (tx, audit) => {
      const organizers: Organization[] = [];
      for (const id of input.organizerIds) organizers.push(await writableOrganization(tx, ctx, id, 'input.organizerIds'));
      const start = isoDate(input.startDate);
      const end = input.endDate ? isoDate(input.endDate) : undefined;
      if (end && end < start) throw badUserInput('The event ends before it starts', [{ field: 'input.endDate', message: 'must not be before startDate' }]);
      const province = input.provinceKey ? await provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', from: start }) : null;
      const created = tx.create(Event, {
        kind: input.kind, title: input.title, startDate: PartialDate.parse(start), endDate: PartialDate.parse(end), venue: input.venue,
        province: province ?? undefined, sourceCitations: enteredBy(ctx),
      });
      for (const organization of new Set(organizers)) tx.create(EventOrganizer, { event: created, organization });
      audit.created(created);
      return created;
    });
    return Object.assign(new EventPayload(), { event });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => ParticipationsPayload, { description: 'Invite persons to an event of your organization; already invited persons are left as they are.' })
  async invite(@Arg('input', () => InviteInput) input: InviteInput, @Ctx() ctx: Context): Promise<ParticipationsPayload> {
    const participations = await write(ctx, async (tx, audit) => {
      const event = await writableEvent(ctx, tx, input.eventId);
      const persons = await Promise.all(input.personIds.map((id) => load(tx, Person, id, 'input.personIds')));
      const existing = new Set((await tx.find(Participation, { event: event.id })).map((p) => p.person.id));
      return persons.filter((p) => !existing.has(p.id)).map((person) => {
        const created = tx.create(Participation, { event, person, role: input.role, invited: true, attended: null, sourceCitations: enteredBy(ctx) });
        audit.created(created);
        return created;
      });
    });
    return Object.assign(new ParticipationsPayload(), { participations });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => ParticipationPayload, { description: 'Mark an invited person as attended or not (only participations on record: a person is on an event because invited).' })
  async recordAttendance(@Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() ctx: Context): Promise<ParticipationPayload> {
    const participation = await write(ctx, async (tx, audit) => {
      const row = await load(tx, Participation, input.participationId, 'input.participationId');
      await writableEvent(ctx, tx, (await tx.findOneOrFail(Event, row.event.id)).globalId);
      assertVersion(row, input.version);
      audit.updating(row);
      row.attended = input.attended;
      return row;
    });
    return Object.assign(new ParticipationPayload(), { participation });
  }
}
