import { PartialDate } from '../../src/db/partial-date.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Two associations in 2024. Hội Một: an executive committee (An, Bình) and a standing committee (Chi),
 * four meetings (February, May, August, November): An attended all four, Bình only February's, Chi none.
 * Hội Hai: one committee (Dũng), two meetings, attended neither.
 * Several periods, several bodies and one association out of two, each in one request.
 */
const d = PartialDate.parse;
const src = { sourceCitations: ['fixture'] };
let server: TestServer;
const id: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('mutation_attendance', { seed: false });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const association = (nameVi: string) => {
      const organization = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi, ...src });
      const congress = tx.create(Congress, { organization, number: 1, heldOn: d('2023-01-10'), termStart: d('2023-01-10'), termEnd: d('2027-12-31'), ...src });
      const body = (kind: BodyKind) => tx.create(Body, { organization, kind, congress, termStart: d('2023-01-10'), termEnd: d('2027-12-31'), size: 5, ...src });
      const seat = (fullName: string, body: Body) => {
        const person = tx.create(Person, { fullName, ...src });
        tx.create(Membership, { person, organization, body, congress, role: Role.MEMBER, startDate: d('2023-01-10'), termEnd: d('2027-12-31'), ...src });
        return person;
      };
      const meetings = (days: string[]) =>
        days.map((day) => {
          const event = tx.create(Event, { kind: EventKind.MEETING, title: `${nameVi} họp ${day}`, startDate: d(day), ...src });
          tx.create(EventOrganizer, { event, organization });
          return event;
        });
      return { organization, body, seat, meetings };
    };
    const invite = (events: Event[], person: Person, attended: (i: number) => boolean) =>
      events.forEach((event, i) => tx.create(Participation, { event, person, invited: true, attended: attended(i), ...src }));

    const mot = association('Hội Một');
    const executive = mot.body(BodyKind.EXECUTIVE_COMMITTEE);
    const standing = mot.body(BodyKind.STANDING_COMMITTEE);
    const [an, binh, chi] = [mot.seat('An', executive), mot.seat('Bình', executive), mot.seat('Chi', standing)];
    const motMeetings = mot.meetings(['2024-02-01', '2024-05-01', '2024-08-01', '2024-11-01']);
    invite(motMeetings, an, () => true);
    invite(motMeetings, binh, (i) => i === 0);
    invite(motMeetings, chi, () => false);

    const hai = association('Hội Hai');
    const dung = hai.seat('Dũng', hai.body(BodyKind.EXECUTIVE_COMMITTEE));
    invite(hai.meetings(['2024-03-01', '2024-09-01']), dung, () => false);
    await tx.flush();
    Object.assign(id, { mot: toGlobalId('Organization', mot.organization.id), hai: toGlobalId('Organization', hai.organization.id), binh: toGlobalId('Person', binh.id), executive: toGlobalId('Body', executive.id) });
  });
});
afterAll(() => server.stop());

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const YEAR = 'from: "2024-01-01", to: "2024-12-31"';
const FIGURES = 'from to invited attended recorded';

it('several periods in one request: a person’s and a body’s attendance over each half of the year, each with its own figures', async () => {
  const halves = `first: attendance(from: "2024-01-01", to: "2024-06-30") { ${FIGURES} } second: attendance(from: "2024-07-01", to: "2024-12-31") { ${FIGURES} }`;
  const { person, body } = await data(`query($person: ID!, $body: ID!) { person: node(id: $person) { ... on Person { ${halves} } } body: node(id: $body) { ... on Body { ${halves} } } }`, { person: id.binh, body: id.executive });
  expect(person).toEqual({
    first: { from: '2024-01-01', to: '2024-06-30', invited: 2, attended: 1, recorded: 2 },
    second: { from: '2024-07-01', to: '2024-12-31', invited: 2, attended: 0, recorded: 2 },
  });
  expect(body).toEqual({
    first: { from: '2024-01-01', to: '2024-06-30', invited: 4, attended: 3, recorded: 4 },
    second: { from: '2024-07-01', to: '2024-12-31', invited: 4, attended: 2, recorded: 4 },
  });
});

it('each body of an association read in one request has its own members and totals', async () => {
  const { organization } = await data(`query($id: ID!) { organization(id: $id) { bodies { nodes { kind attendance(${YEAR}) { invited attended recorded members { nodes { person { fullName } } } } } } } }`, { id: id.mot });
  const byKind = Object.fromEntries(organization.bodies.nodes.map((b: any) => [b.kind, { ...b.attendance, members: b.attendance.members.nodes.map((m: any) => m.person.fullName) }]));
  expect(byKind).toEqual({
    EXECUTIVE_COMMITTEE: { invited: 8, attended: 5, recorded: 8, members: ['Bình', 'An'] },
    STANDING_COMMITTEE: { invited: 4, attended: 0, recorded: 4, members: ['Chi'] },
  });
});

describe('inactiveMembers', () => {
  const inactive = async (args: string) => (await data(`{ inactiveMembers(${YEAR}, ${args}) { nodes { person { fullName } rate } } }`)).inactiveMembers.nodes.map((m: any) => `${m.person.fullName} ${m.rate}`);

  it('for one association lists only the members of its own committees', async () => {
    expect(await inactive(`organizationId: "${id.mot}"`)).toEqual(['Chi 0', 'Bình 0.25']);
    expect(await inactive(`organizationId: "${id.hai}"`)).toEqual(['Dũng 0']);
    expect(await inactive('maxRate: 1')).toEqual(['Chi 0', 'Dũng 0', 'Bình 0.25', 'An 1']);
  });

  it('first: 1 is the least active member only', async () => {
    expect(await inactive(`organizationId: "${id.mot}", first: 1`)).toEqual(['Chi 0']);
  });

  it('first out of range is refused naming it and the bounds, as on every connection', async () => {
    for (const first of [-1, 101]) {
      const { body } = await server.gql(`{ inactiveMembers(first: ${first}) { nodes { rate } } }`);
      expect(body.errors![0]).toMatchObject({ message: '`first` must be between 0 and 100', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be between 0 and 100' }] } });
    }
  });

  it('a period that ends before it starts is refused naming `from`', async () => {
    const { body } = await server.gql('{ inactiveMembers(from: "2024-12-31", to: "2024-01-01") { nodes { rate } } }');
    expect(body.errors![0]).toMatchObject({ message: '`from` must not be after `to`', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'from', message: 'after to' }] } });
  });
});
