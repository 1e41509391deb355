import { registerEnumType } from 'type-graphql';

export enum EventKind {
  AMBASSADOR_WELCOME = 'AMBASSADOR_WELCOME',
  AMBASSADOR_FAREWELL = 'AMBASSADOR_FAREWELL',
  CONFERENCE = 'CONFERENCE',
  MEETING = 'MEETING',
  CONGRESS = 'CONGRESS',
  DELEGATION_IN = 'DELEGATION_IN',
  DELEGATION_OUT = 'DELEGATION_OUT',
  EXCHANGE = 'EXCHANGE',
  ANNIVERSARY = 'ANNIVERSARY',
  AWARD = 'AWARD',
}
registerEnumType(EventKind, { name: 'EventKind' });

/** Whether an event stands (schema.org's EventStatusType: EventScheduled, EventCancelled). */
export enum EventStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event stands: a cancelled one is kept on record (with its invitations), not deleted.',
  valuesConfig: {
    SCHEDULED: { description: 'On the calendar: it took place, or is to take place, as recorded.' },
    CANCELLED: { description: 'Called off (`cancelEvent`): its invitations count in no attendance figure.' },
  },
});

export enum ParticipationRole {
  HOST = 'HOST',
  SPEAKER = 'SPEAKER',
  GUEST = 'GUEST',
  ATTENDEE = 'ATTENDEE',
  AWARDEE = 'AWARDEE',
  RAPPORTEUR = 'RAPPORTEUR',
  CLOSING_SPEAKER = 'CLOSING_SPEAKER',
}
registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  valuesConfig: {
    SPEAKER: { description: 'Spoke at the event.' },
    RAPPORTEUR: { description: 'Presented the report the event heard (e.g. the results of the half-year).' },
    CLOSING_SPEAKER: { description: 'Closed the event with the concluding address.' },
  },
});

export enum CountQualifier {
  EXACT = 'EXACT',
  ABOUT = 'ABOUT',
  NEARLY = 'NEARLY',
  MORE_THAN = 'MORE_THAN',
}
registerEnumType(CountQualifier, { name: 'CountQualifier', description: 'How a source states a number: exactly, about, nearly, more than.' });
