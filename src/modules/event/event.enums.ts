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
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event it is.',
  valuesConfig: {
    AMBASSADOR_WELCOME: { description: 'A welcome for a foreign ambassador taking up a posting to Vietnam (see Event.ambassadorPosting).' },
    AMBASSADOR_FAREWELL: { description: 'A farewell to a foreign ambassador at the end of a posting (see Event.ambassadorPosting).' },
    CONFERENCE: { description: 'A conference, e.g. the yearly conference of the Committee for Foreign NGO Affairs with foreign NGOs.' },
    MEETING: { description: 'A meeting, e.g. the Union’s regular meetings with its associations.' },
    CONGRESS: { description: 'An organization’s congress (see Event.congress).' },
    DELEGATION_IN: { description: 'A foreign delegation received in Vietnam.' },
    DELEGATION_OUT: { description: 'A delegation from Vietnam visiting abroad.' },
    EXCHANGE: { description: 'A people-to-people exchange.' },
    ANNIVERSARY: { description: 'An anniversary celebrated (of diplomatic relations, of an organization’s founding, ...).' },
    AWARD: { description: 'An award ceremony, e.g. the insignia “For peace and friendship among nations” given to a departing ambassador.' },
  },
});

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
  description: 'The part a person played in an event.',
  valuesConfig: {
    HOST: { description: 'Hosted the event.' },
    GUEST: { description: 'A guest of the event (e.g. the ambassador at a welcome).' },
    ATTENDEE: { description: 'Took part, or was invited to, with no other role: the default.' },
    AWARDEE: { description: 'Received an award at the event.' },
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
registerEnumType(CountQualifier, {
  name: 'CountQualifier',
  description: 'How a source states a number: exactly, about, nearly, more than.',
  valuesConfig: {
    EXACT: { description: 'The number as stated, exactly.' },
    ABOUT: { description: 'About the number: it may be somewhat more or fewer.' },
    NEARLY: { description: 'Nearly the number: a little fewer.' },
    MORE_THAN: { description: 'More than the number.' },
  },
});
