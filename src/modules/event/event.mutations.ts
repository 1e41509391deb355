import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput, conflict, forbidden } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { assign, cleared, current, dateInput, deleteUnreferenced, misordered, RecordVersionInput } from '../../writes/corrections.js';
import { assertVersion, isoDate, load, enteredBy, NotBlank } from '../../writes/inputs.js';
import { assertMayWrite, writableOrganization } from '../organization/organization.rights.js';
import { write } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { PROVINCE_ARGUMENT, PROVINCE_ON_DATE, provinceOfRecord } from '../province/geography.js';
import { Province } from '../province/province.entity.js';
import { CountQualifier, EventKind, EventStatus, ParticipationRole } from './event.enums.js';
import { EventOrganizer } from './event-organizer.entity.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';
import { notPaged } from '../../relay/connection.js';

@InputType({ description: 'A new event organised by one or more organizations.' })
export class CreateEventInput {
  @Field(() => EventKind, { description: 'What kind of event it is.' })
  kind!: EventKind;

  @Field({ description: 'Its title, at most 500 characters, not blank.' })
  @MaxLength(500)
  @NotBlank()
  title!: string;

  @Field(() => DateScalar, { description: 'The day it starts (or takes place).' })
  startDate!: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ends, not before startDate; left out for a one-day event.' })
  @IsOptional()
  endDate?: Date | string;

  @Field(() => [ID], { description: 'Global IDs of the organizers, 1 to 20; you must be allowed to write for every one of them.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  organizerIds!: string[];

  @Field({ nullable: true, description: `Where it takes place: ${PROVINCE_ARGUMENT} (the event’s start date). ${PROVINCE_ON_DATE}.` })
  @IsOptional()
  provinceKey?: string;

  @Field({ nullable: true, description: 'Where it takes place (e.g. "National Convention Centre, Hanoi"), at most 500 characters.' })
  @IsOptional()
  @MaxLength(500)
  venue?: string;
}

@InputType({ description: 'Invite persons to an event.' })
export class InviteInput {
  @Field(() => ID, { description: 'The global ID of the event.' })
  eventId!: string;

  @Field(() => [ID], { description: 'Global IDs of the persons to invite, 1 to 500.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  personIds!: string[];

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.ATTENDEE, description: 'The part they are invited for (default ATTENDEE); persons already invited keep theirs.' })
  role!: ParticipationRole;
}

@InputType({ description: 'Record whether an invited person attended.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The global ID of the participation (the invitation).' })
  participationId!: string;

  @Field(() => Int, { description: 'The version of the participation you read: a newer one on the server means someone else changed it (CONFLICT), and nothing is changed.' })
  version!: number;

  @Field({ description: 'True if the person attended, false if not.' })
  attended!: boolean;
}

@InputType({ description: 'Correct an event. A field left out stays as it is; null clears it (but kind, title and startDate). A new start or province must fit: the province must exist on the start.' })
export class UpdateEventInput extends RecordVersionInput {
  @Field(() => EventKind, { nullable: true, description: 'What kind of event it is; cannot be cleared.' })
  @IsOptional()
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'Its title, at most 500 characters, not blank; cannot be cleared.' })
  @IsOptional()
  @MaxLength(500)
  @NotBlank()
  title?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it starts, not after endDate; cannot be cleared.' })
  @IsOptional()
  startDate?: Date | string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ends, not before startDate; null clears it.' })
  @IsOptional()
  endDate?: Date | string | null;

  @Field(() => String, { nullable: true, description: `Where it takes place: ${PROVINCE_ARGUMENT} (the event’s start date). ${PROVINCE_ON_DATE}; a new startDate is checked against the province recorded, naming startDate.` })
  @IsOptional()
  provinceKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place, at most 500 characters; null clears it.' })
  @IsOptional()
  @MaxLength(500)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes on the event, at most 5000 characters; null clears them.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of participants as reported, 0 or more; null clears it.' })
  @IsOptional()
  @Min(0)
  participantCount?: number | null;

  @Field(() => CountQualifier, { nullable: true, description: 'How the source states participantCount; null clears it.' })
  @IsOptional()
  participantCountQualifier?: CountQualifier | null;
}

@InputType({ description: 'Call an event off: it stays on record, CANCELLED, with its invitations.' })
export class CancelEventInput extends RecordVersionInput {
  @Field({ nullable: true, description: 'Why it was called off.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;
}

@InputType({ description: 'Delete an event recorded by mistake: refused (CONFLICT) while participations or reported figures refer to it. Its organizer and country links go with it.' })
export class DeleteEventInput extends RecordVersionInput {}

@InputType({ description: 'Correct a participation: the role, or the organization the person took part for (null: none).' })
export class UpdateParticipationInput extends RecordVersionInput {
  @Field(() => ParticipationRole, { nullable: true, description: 'The part the person played; cannot be cleared.' })
  @IsOptional()
  role?: ParticipationRole | null;

  @Field(() => ID, { nullable: true, description: 'The global ID of the organization the person took part for; null: none.' })
  @IsOptional()
  onBehalfOfId?: string | null;
}

@InputType({ description: 'Delete a participation recorded by mistake (an invitation never sent, a wrong person).' })
export class DeleteParticipationInput extends RecordVersionInput {}

@ObjectType({ description: 'The event as written, for the client’s cache.' })
export class EventPayload {
  @Field(() => Event, { description: 'The event created, corrected or cancelled.' })
  event!: Event;
}

@ObjectType({ description: 'The participations of an invitation, as written.' })
export class ParticipationsPayload {
  @Field(() => [Participation], { description: `The participations the invitation made or found, one per person invited. ${notPaged('as many as the `personIds` of the invitation, at most 500')}` })
  participations!: Participation[];
}

@ObjectType({ description: 'The participation as written, for the client’s cache.' })
export class ParticipationPayload {
  @Field(() => Participation, { description: 'The participation marked or corrected.' })
  participation!: Participation;
}

@ObjectType({ description: 'An event deleted.' })
export class DeleteEventPayload {
  @Field(() => ID, { description: 'The global ID the event had.' })
  deletedId!: string;
}

@ObjectType({ description: 'A participation deleted, and its event (to refetch its participations).' })
export class DeleteParticipationPayload {
  @Field(() => ID, { description: 'The global ID the participation had.' })
  deletedId!: string;

  @Field(() => Event, { description: 'The event the deleted participation was of.' })
  event!: Event;
}

export async function writableEvent(ctx: Context, tx: EntityManager, eventId: string): Promise<Event> {
  const event = await load(tx, Event, eventId, 'input.eventId');
  await assertMayWriteEvent(ctx, tx, event);
  return event;
}

/** The caller may write for every organizer of the event. */
async function assertMayWriteEvent(ctx: Context, tx: EntityManager, event: Event): Promise<void> {
  const organizers = await tx.find(EventOrganizer, { event: event.id }, { populate: ['organization'] });
  // Every organizer, not just one: invitations and attendance count in each organizer's attendance figures.
  for (const organizer of organizers) assertMayWrite(ctx, organizer.organization.getEntity());
  // An event without a recorded organizer (a state ceremony, say) belongs to no editor: the secretariat's.
  if (!organizers.length && ctx.viewer.role !== 'SECRETARIAT') throw forbidden('Only the secretariat may change an event without a recorded organizer');
}

/** The event of a participation, which the caller may write for. */
async function writableEventOf(ctx: Context, tx: EntityManager, participation: Participation): Promise<Event> {
  const event = await tx.findOneOrFail(Event, participation.event.id);
  await assertMayWriteEvent(ctx, tx, event);
  return event;
}

/** Nobody is invited to, or attends, an event that was called off. */
function assertNotCancelled(event: Event): void {
  if (event.status === EventStatus.CANCELLED) throw conflict(`The event ${JSON.stringify(event.title)} was cancelled`);
}

/** The province an event records, when a correction sends one or moves the start: it must exist on the start. */
async function provinceOnStart(tx: EntityManager, input: UpdateEventInput, event: Event, start: string): Promise<Province | null | undefined> {
  if (input.provinceKey === null) return null;
  if (input.provinceKey !== undefined) return provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', from: start });
  if (!input.startDate || !event.province) return undefined;
  const recorded = await tx.findOneOrFail(Province, event.province.id);
  return provinceOfRecord(tx, recorded.key, { field: 'input.startDate', from: start });
}

@Resolver()
export class EventMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => EventPayload, { description: 'Create an event (a meeting, a welcome, ...) organised by organizations you may write for (secretariat: any). FORBIDDEN for an organizer not yours; NOT_FOUND for an unknown organizer; BAD_USER_INPUT for an end before the start, or a province unknown or not existing on the start.' })
  async createEvent(@Arg('input', () => CreateEventInput, { description: 'The kind, title, dates, organizers and place.' }) input: CreateEventInput, @Ctx() ctx: Context): Promise<EventPayload> {
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
  @Mutation(() => ParticipationsPayload, { description: 'Invite persons to an event of your organization (every organizer yours; any event, for the secretariat); already invited persons are left as they are. Refused with CONFLICT for a cancelled event, FORBIDDEN for an event not yours; an unknown event or person is NOT_FOUND.' })
  async invite(@Arg('input', () => InviteInput, { description: 'The event, the persons and the role.' }) input: InviteInput, @Ctx() ctx: Context): Promise<ParticipationsPayload> {
    const participations = await write(ctx, async (tx, audit) => {
      const event = await writableEvent(ctx, tx, input.eventId);
      assertNotCancelled(event);
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
  @Mutation(() => ParticipationPayload, { description: 'Mark an invited person as attended or not (only participations on record: a person is on an event because invited), in an event you may write for. Refused with CONFLICT for a cancelled event or a stale version; an unknown participation is NOT_FOUND.' })
  async recordAttendance(@Arg('input', () => RecordAttendanceInput, { description: 'The participation, the version you read and whether the person attended.' }) input: RecordAttendanceInput, @Ctx() ctx: Context): Promise<ParticipationPayload> {
    const participation = await write(ctx, async (tx, audit) => {
      const row = await load(tx, Participation, input.participationId, 'input.participationId');
      const event = await writableEventOf(ctx, tx, row);
      assertVersion(row, input.version);
      assertNotCancelled(event);
      audit.updating(row);
      row.attended = input.attended;
      return row;
    });
    return Object.assign(new ParticipationPayload(), { participation });
  }
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => EventPayload, { description: 'Correct an event you may write for (every organizer yours; an event without organizer the secretariat’s), with the version you read. A stale version is CONFLICT; a cleared kind, title or start, an end before the start or a province not existing on the start is BAD_USER_INPUT.' })
  async updateEvent(@Arg('input', () => UpdateEventInput, { description: 'The event, the version you read and the fields to change.' }) input: UpdateEventInput, @Ctx() ctx: Context): Promise<EventPayload> {
    const event = await write(ctx, async (tx, audit) => {
      const row = await current(tx, Event, input, (e) => assertMayWriteEvent(ctx, tx, e));
      const problems = cleared(input, ['kind', 'title', 'startDate']);
      const startDate = dateInput(input.startDate, row.startDate) ?? row.startDate;
      const endDate = dateInput(input.endDate, row.endDate);
      const order = misordered({ day: startDate.start, field: 'input.startDate', sent: Boolean(input.startDate) }, { day: endDate?.end, field: 'input.endDate', sent: Boolean(input.endDate) });
      if (order) problems.push(order);
      if (problems.length) throw badUserInput('The event is not valid', problems);
      const province = await provinceOnStart(tx, input, row, startDate.start);
      audit.updating(row);
      assign(row, {
        kind: input.kind, title: input.title, startDate, endDate, province: ref(province), venue: input.venue, description: input.description,
        participantCount: input.participantCount, participantCountQualifier: input.participantCountQualifier,
      });
      return row;
    });
    return Object.assign(new EventPayload(), { event });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => EventPayload, {
    description:
      'Cancel an event you may write for, with the version you read: its status becomes CANCELLED and it stays on record with its invitations, which then count in no attendance figure; no one can be invited or marked any more. Refused with CONFLICT when it is cancelled already or someone is recorded as having attended (correct that first).',
  })
  async cancelEvent(@Arg('input', () => CancelEventInput, { description: 'The event, the version you read and, optionally, why.' }) input: CancelEventInput, @Ctx() ctx: Context): Promise<EventPayload> {
    const event = await write(ctx, async (tx, audit) => {
      const row = await current(tx, Event, input, (e) => assertMayWriteEvent(ctx, tx, e));
      assertNotCancelled(row);
      const attended = await tx.count(Participation, { event: row.id, attended: true });
      if (attended) throw conflict(`${attended} person${attended === 1 ? ' is' : 's are'} recorded as having attended ${JSON.stringify(row.title)}: it took place`);
      audit.updating(row);
      row.status = EventStatus.CANCELLED;
      row.cancellationReason = input.reason;
      return row;
    });
    return Object.assign(new EventPayload(), { event });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => DeleteEventPayload, { description: 'Delete an event recorded by mistake (cancel one that was called off). Refused with CONFLICT, naming them in `extensions.dependents`, while participations or reported figures refer to it.' })
  async deleteEvent(@Arg('input', () => DeleteEventInput, { description: 'The event and the version you read.' }) input: DeleteEventInput, @Ctx() ctx: Context): Promise<DeleteEventPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, Event, input, (e) => assertMayWriteEvent(ctx, tx, e), { lock: true });
      return Object.assign(new DeleteEventPayload(), { deletedId: await deleteUnreferenced(tx, audit, row) });
    });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => ParticipationPayload, { description: 'Correct a participation in an event you may write for: the role, or whom the person took part for. A stale version is CONFLICT, clearing the role BAD_USER_INPUT, an unknown organization NOT_FOUND.' })
  async updateParticipation(@Arg('input', () => UpdateParticipationInput, { description: 'The participation, the version you read and the fields to change.' }) input: UpdateParticipationInput, @Ctx() ctx: Context): Promise<ParticipationPayload> {
    const participation = await write(ctx, async (tx, audit) => {
      const row = await current(tx, Participation, input, (p) => writableEventOf(ctx, tx, p));
      const problems = cleared(input, ['role']);
      if (problems.length) throw badUserInput('The participation is not valid', problems);
      const onBehalfOf = input.onBehalfOfId == null ? input.onBehalfOfId : await load(tx, Organization, input.onBehalfOfId, 'input.onBehalfOfId');
      audit.updating(row);
      assign(row, { role: input.role, onBehalfOf: ref(onBehalfOf) });
      return row;
    });
    return Object.assign(new ParticipationPayload(), { participation });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => DeleteParticipationPayload, { description: 'Delete a participation recorded by mistake, in an event you may write for.' })
  async deleteParticipation(@Arg('input', () => DeleteParticipationInput, { description: 'The participation and the version you read.' }) input: DeleteParticipationInput, @Ctx() ctx: Context): Promise<DeleteParticipationPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, Participation, input, (p) => writableEventOf(ctx, tx, p), { lock: true });
      const deletedId = await deleteUnreferenced(tx, audit, row);
      return Object.assign(new DeleteParticipationPayload(), { deletedId, event: await tx.findOneOrFail(Event, row.event.id) });
    });
  }
}
