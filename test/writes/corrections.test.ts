import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { BaseEntity, type AnyNode } from '../../src/db/base.entity.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { AmbassadorPosting } from '../../src/modules/ambassador/ambassador-posting.entity.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { Country } from '../../src/modules/country/country.entity.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { AidRecord } from '../../src/modules/ngo/aid-record.entity.js';
import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { RegistrationType } from '../../src/modules/ngo/ngo.enums.js';
import { Registration } from '../../src/modules/ngo/registration.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { GroupMembership } from '../../src/modules/parliament/group-membership.entity.js';
import { ParliamentaryGroup } from '../../src/modules/parliament/parliamentary-group.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { addDays, today } from '../../src/relay/temporal.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * The corrections of issue 14 (update, end, cancel, withdraw, delete), end to end through the API. The
 * role matrix (role-matrix.test.ts) runs every caller against each of them, with its effect read back and
 * its audit entry; here: a stale version, a deletion something depends on, the domain rules an update
 * must still keep, and what an end, a cancellation or a withdrawal does beyond the record itself.
 */
let server: TestServer;
let em: EntityManager;
const token: Record<string, string> = {};
const id: Record<string, string> = {};
const src = { sourceCitations: ['fixture'] };
const day = PartialDate.parse;

beforeAll(async () => {
  server = await startTestServer('corrections', { seed: false, env: { WRITE_RATE_LIMIT: '1000' } });
  em = server.app.database.orm.em.fork() as EntityManager;
  const own = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Sửa Chữa', ...src });
  const ngo = em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Corrections NGO', ...src });
  await em.flush();
  Object.assign(id, { own: own.globalId, ownKey: own.id, ngo: ngo.globalId });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor', organizationId: own.id });
});
afterAll(() => server.stop());

const as = (who: string) => ({ authorization: `Bearer ${token[who]}` });
async function call(name: string, input: Record<string, unknown>, selection: string, who = 'secretariat') {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return (await server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, { input }, as(who))).body;
}
async function ok(name: string, input: Record<string, unknown>, selection: string, who = 'secretariat') {
  const body = await call(name, input, selection, who);
  expect(body.errors).toBeUndefined();
  return body.data[name];
}
async function read(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await server.gql(query, variables, as('secretariat'));
  expect(body.errors).toBeUndefined();
  return body.data;
}
const node = async (nodeId: string, selection = '') => (await read(`query($id: ID!) { node(id: $id) { ... on Node { id version } ${selection} } }`, { id: nodeId })).node;
const exists = async (nodeId: string) => {
  const { body } = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: nodeId }, as('secretariat'));
  return body.data.node !== null;
};
const trail = async (nodeId: string) => (await read('query($id: ID!) { auditTrail(entityId: $id) { nodes { action actor before after } } }', { id: nodeId })).auditTrail.nodes;
const versioned = (row: AnyNode) => ({ id: row.globalId, version: row.version });
const extensions = (body: { errors?: { extensions?: Record<string, any> }[] }) => body.errors?.[0]?.extensions;

/** Fresh rows of each kind a correction names, made straight in the database (no audit entry of their own). */
async function made<T extends AnyNode>(make: (em: EntityManager) => T): Promise<T> {
  const row = make(em);
  await em.flush();
  return row;
}
const organization = () => em.getReference(Organization, id.ownKey);
const ngo = async () => em.findOneOrFail(Organization, { nameEn: 'Corrections NGO' });
const person = (fullName: string) => made((m) => m.create(Person, { fullName, ...src }));
const event = (title: string, start = '2026-10-01') =>
  made((m) => {
    const e = m.create(Event, { kind: EventKind.MEETING, title, startDate: day(start), ...src });
    m.create(EventOrganizer, { event: e, organization: organization() });
    return e;
  });
const france = () => em.findOneOrFail(Country, { code: 'FR' });
const province = (key: string) => em.findOneOrFail(Province, { key });

const FRESH: Record<string, () => Promise<AnyNode & { sourceNote?: string }>> = {
  Congress: () => made((m) => m.create(Congress, { organization: organization(), heldOn: day('2023-05-01'), termStart: day('2023-05-01'), termEnd: day('2028-05-01'), ...src })),
  Body: () => made((m) => m.create(Body, { organization: organization(), kind: BodyKind.STANDING_COMMITTEE, termStart: day('2023-05-01'), ...src })),
  Event: () => event('Họp'),
  Participation: async () => {
    const [e, p] = [await event('Họp có khách'), await person('Khách Mời')];
    return made((m) => m.create(Participation, { event: e, person: p, ...src }));
  },
  AmbassadorPosting: async () => {
    const [p, country] = [await person('Đại sứ'), await france()];
    return made((m) => m.create(AmbassadorPosting, { person: p, country, arrivedOn: day('2021-09-01'), ...src }));
  },
  ParliamentaryGroup: () => made((m) => m.create(ParliamentaryGroup, { legislature: 16, nameEn: 'Group', ...src })),
  GroupMembership: async () => {
    const group = (await FRESH.ParliamentaryGroup()) as ParliamentaryGroup;
    const p = await person('Đại biểu');
    return made((m) => m.create(GroupMembership, { group, person: p, role: Role.MEMBER, startDate: day('2026-04-01'), ...src }));
  },
  Registration: async () => {
    const owner = await ngo();
    return made((m) => m.create(Registration, { organization: owner, type: RegistrationType.OPERATION, issuedOn: '2025-01-01', expiresOn: '2027-12-31', ...src }));
  },
  InterventionArea: async () => {
    const [owner, where] = [await ngo(), await province(['ha-noi', 'hai-phong', 'da-nang', 'hue', 'can-tho', 'an-giang', 'lao-cai', 'son-la'][areas++])];
    return made((m) => m.create(InterventionArea, { organization: owner, province: where, ...src }));
  },
  AidRecord: async () => {
    const owner = await ngo();
    return made((m) => m.create(AidRecord, { organization: owner, year: 2024, amountUsd: 500, ...src }));
  },
};
let areas = 0;

/** Each new mutation, the kind of record it names, and what else its input needs. */
const CORRECTIONS: [string, string, Record<string, unknown>][] = [
  ['updateCongress', 'Congress', { title: 'Đại hội' }],
  ['deleteCongress', 'Congress', {}],
  ['updateBody', 'Body', { nameEn: 'Standing committee' }],
  ['endBodyTerm', 'Body', { endDate: '2025-12-31' }],
  ['deleteBody', 'Body', {}],
  ['updateEvent', 'Event', { venue: 'Hội trường' }],
  ['cancelEvent', 'Event', { reason: 'storm' }],
  ['deleteEvent', 'Event', {}],
  ['updateParticipation', 'Participation', { role: 'HOST' }],
  ['deleteParticipation', 'Participation', {}],
  ['updateAmbassadorPosting', 'AmbassadorPosting', { arrivedOn: '2021-10-01' }],
  ['endAmbassadorPosting', 'AmbassadorPosting', { departedOn: '2025-06-30' }],
  ['deleteAmbassadorPosting', 'AmbassadorPosting', {}],
  ['updateParliamentaryGroup', 'ParliamentaryGroup', { regionName: 'Europe' }],
  ['deleteParliamentaryGroup', 'ParliamentaryGroup', {}],
  ['updateGroupMembership', 'GroupMembership', { role: 'VICE_CHAIR' }],
  ['endGroupMembership', 'GroupMembership', { endDate: '2026-06-30' }],
  ['deleteGroupMembership', 'GroupMembership', {}],
  ['updateRegistration', 'Registration', { number: 'REG-1' }],
  ['withdrawRegistration', 'Registration', { withdrawnOn: '2026-01-15' }],
  ['deleteRegistration', 'Registration', {}],
  ['updateInterventionArea', 'InterventionArea', { sectorKey: 'health-care' }],
  ['deleteInterventionArea', 'InterventionArea', {}],
  ['updateAidRecord', 'AidRecord', { amountUsd: 900 }],
  ['deleteAidRecord', 'AidRecord', {}],
];
/** The corrections the API had before issue 14. */
const EARLIER = ['updateOrganization', 'updatePerson', 'updatePartnership', 'endMembership'];
/** Accounts are no sourced records (no sourceNote to change beside them): test/auth/sign-in.test.ts sends a stale version and gets CONFLICT. */
const ELSEWHERE = ['updateAccount'];

describe('a stale version', () => {
  it('the table covers every correction of the schema', async () => {
    const names = (await read('{ __type(name: "Mutation") { fields { name } } }')).__type.fields.map((f: any) => f.name as string);
    const corrections = names.filter((n: string) => /^(update|delete|end|cancel|withdraw)[A-Z]/.test(n) && !EARLIER.includes(n) && !ELSEWHERE.includes(n)).sort();
    expect(CORRECTIONS.map(([name]) => name).sort()).toEqual(corrections);
  });

  it.each(CORRECTIONS)('%s with the version before someone else’s change gets CONFLICT, and changes nothing', async (name, kind, extra) => {
    const row = await FRESH[kind]();
    const seen = versioned(row);
    // someone else's change, after the caller read the record
    row.sourceNote = 'changed by someone else';
    await em.flush();
    expect(row.version).toBe(seen.version + 1);
    const before = await node(row.globalId, `... on ${kind} { version sourceNote }`);

    const body = await call(name, { ...seen, ...extra }, name.startsWith('delete') ? 'deletedId' : '__typename');
    expect({ code: extensions(body)?.code, data: body.data }).toEqual({ code: 'CONFLICT', data: null });
    expect(body.errors![0].message).toContain(`version ${seen.version + 1}, not ${seen.version}`);
    expect(await node(row.globalId, `... on ${kind} { version sourceNote }`)).toEqual(before);
    expect(await trail(row.globalId)).toEqual([]);
  });
});

describe('a deletion something depends on', () => {
  /** Types of Nodes another Node refers to, with the references, from the ORM's metadata. */
  const referencedTypes = () => {
    const found = new Map<string, string[]>();
    for (const meta of server.app.database.orm.getMetadata().getAll().values()) {
      if (!meta.class || !(meta.class.prototype instanceof BaseEntity)) continue;
      for (const prop of meta.props) {
        if (prop.kind !== ReferenceKind.MANY_TO_ONE || !prop.targetMeta) continue;
        found.set(prop.targetMeta.className, [...(found.get(prop.targetMeta.className) ?? []), `${meta.className}.${prop.name}`].sort());
      }
    }
    return found;
  };

  it('the records that can have dependents are those tested below; the others have none', () => {
    const references = referencedTypes();
    const deletable = [...new Set(CORRECTIONS.filter(([name]) => name.startsWith('delete')).map(([, kind]) => kind))];
    expect(Object.fromEntries(deletable.filter((k) => references.has(k)).map((k) => [k, references.get(k)]))).toEqual({
      Congress: ['Body.congress', 'Event.congress', 'Membership.congress'],
      Body: ['Membership.body'],
      Event: ['Participation.event', 'ReportedFigure.event'],
      AmbassadorPosting: ['Event.ambassadorPosting'],
      ParliamentaryGroup: ['GroupMembership.group'],
      Registration: ['InterventionArea.registration'],
    });
    expect(deletable.filter((k) => !references.has(k)).sort()).toEqual(['AidRecord', 'GroupMembership', 'InterventionArea', 'Participation']);
  });

  /** Refused with CONFLICT naming the dependents (type, field, count, IDs); the record stays as it was, unaudited. */
  async function refused(name: string, row: AnyNode, dependents: { type: string; field: string; ids: string[] }[]) {
    const body = await call(name, versioned(row), 'deletedId', 'editor');
    expect(extensions(body)?.code).toBe('CONFLICT');
    expect(body.data).toBeNull();
    const expected = dependents.map((d) => ({ ...d, count: d.ids.length, ids: [...d.ids].sort() }));
    const answered = extensions(body)!.dependents.map((d: any) => ({ ...d, ids: [...d.ids].sort() }));
    expect(answered).toEqual(expect.arrayContaining(expected));
    expect(answered).toHaveLength(expected.length);
    for (const d of dependents) expect(body.errors![0].message).toContain(`${d.ids.length} ${d.type} record${d.ids.length === 1 ? '' : 's'} (by ${d.field})`);
    expect(await node(row.globalId)).toEqual({ id: row.globalId, version: row.version });
    expect(await trail(row.globalId)).toEqual([]);
  }

  it('deleteCongress: refused while bodies, memberships or events refer to it; deleted once they are gone', async () => {
    const congress = await FRESH.Congress();
    const bodies = [await FRESH.Body(), await FRESH.Body()] as Body[];
    const e = await event('Đại hội lần thứ nhất');
    const member = await person('Đại biểu Đại hội');
    const membership = await made((m) => m.create(Membership, { person: member, organization: organization(), role: Role.MEMBER, startDate: day('2023-05-01'), ...src }));
    for (const row of [...bodies, e, membership]) (row as Body).congress = em.getReference(Congress, congress.id, { wrapped: true });
    await em.flush();
    await refused('deleteCongress', congress, [
      { type: 'Body', field: 'congress', ids: bodies.map((b) => b.globalId) },
      { type: 'Event', field: 'congress', ids: [e.globalId] },
      { type: 'Membership', field: 'congress', ids: [membership.globalId] },
    ]);
    // the API's own deletions clear the way (the membership's congress is corrected in the database: no mutation sets it)
    for (const b of bodies) await ok('deleteBody', versioned(b), 'deletedId', 'editor');
    await ok('deleteEvent', versioned(e), 'deletedId', 'editor');
    membership.congress = undefined;
    await em.flush();
    expect(await ok('deleteCongress', versioned(congress), 'deletedId organization { id }', 'editor')).toEqual({ deletedId: congress.globalId, organization: { id: id.own } });
    expect(await exists(congress.globalId)).toBe(false);
    const [entry] = await trail(congress.globalId);
    expect(entry).toEqual({ action: 'DELETE', actor: 'editor', before: expect.objectContaining({ heldOn: { start: '2023-05-01', end: '2023-05-01', precision: 'DAY' }, organization: id.own }), after: null });
  });

  it('deleteBody: refused while memberships refer to it', async () => {
    const body = (await FRESH.Body()) as Body;
    const member = await person('Ủy viên');
    const membership = await made((m) => m.create(Membership, { person: member, organization: organization(), body, role: Role.MEMBER, startDate: day('2024-01-01'), ...src }));
    await refused('deleteBody', body, [{ type: 'Membership', field: 'body', ids: [membership.globalId] }]);
  });

  it('deleteEvent: refused while participations refer to it; deleted with its organizer links once they are gone', async () => {
    const participation = (await FRESH.Participation()) as Participation;
    const e = await em.findOneOrFail(Event, participation.event.id);
    const events = async () => (await read('query($id: ID!) { organization(id: $id) { events(first: 100) { edges { node { id } } } } }', { id: id.own })).organization.events.edges.map((x: any) => x.node.id);
    expect(await events()).toContain(e.globalId);
    await refused('deleteEvent', e, [{ type: 'Participation', field: 'event', ids: [participation.globalId] }]);
    expect(await ok('deleteParticipation', versioned(participation), 'deletedId event { id }', 'editor')).toEqual({ deletedId: participation.globalId, event: { id: e.globalId } });
    await ok('deleteEvent', versioned(e), 'deletedId', 'editor');
    expect(await exists(e.globalId)).toBe(false);
    expect(await events()).not.toContain(e.globalId);
    expect(await em.fork().count(EventOrganizer, { event: e.id })).toBe(0);
  });

  it('deleteAmbassadorPosting: refused while a welcome refers to it', async () => {
    const posting = await FRESH.AmbassadorPosting();
    const welcome = await event('Đón Đại sứ');
    welcome.ambassadorPosting = em.getReference(AmbassadorPosting, posting.id, { wrapped: true });
    await em.flush();
    const body = await call('deleteAmbassadorPosting', versioned(posting), 'deletedId', 'secretariat');
    expect(extensions(body)).toMatchObject({ code: 'CONFLICT', dependents: [{ type: 'Event', field: 'ambassadorPosting', count: 1, ids: [welcome.globalId] }] });
    expect(await node(posting.globalId)).toEqual({ id: posting.globalId, version: posting.version });
    await ok('deleteEvent', versioned(welcome), 'deletedId');
    expect(await ok('deleteAmbassadorPosting', versioned(posting), 'deletedId country { code }')).toEqual({ deletedId: posting.globalId, country: { code: 'FR' } });
  });

  it('deleteParliamentaryGroup: refused while members are on record', async () => {
    const seat = (await FRESH.GroupMembership()) as GroupMembership;
    const group = await em.findOneOrFail(ParliamentaryGroup, seat.group.id);
    const body = await call('deleteParliamentaryGroup', versioned(group), 'deletedId');
    expect(extensions(body)).toMatchObject({ code: 'CONFLICT', dependents: [{ type: 'GroupMembership', field: 'group', count: 1, ids: [seat.globalId] }] });
    expect(await exists(group.globalId)).toBe(true);
    await ok('deleteGroupMembership', versioned(seat), 'deletedId group { id }');
    await ok('deleteParliamentaryGroup', versioned(group), 'deletedId');
    expect(await exists(group.globalId)).toBe(false);
  });

  it('deleteRegistration: refused while intervention areas refer to it', async () => {
    const registration = await FRESH.Registration();
    const area = (await FRESH.InterventionArea()) as InterventionArea;
    area.registration = em.getReference(Registration, registration.id, { wrapped: true });
    await em.flush();
    const body = await call('deleteRegistration', versioned(registration), 'deletedId');
    expect(extensions(body)).toMatchObject({ code: 'CONFLICT', dependents: [{ type: 'InterventionArea', field: 'registration', count: 1, ids: [area.globalId] }] });
    await ok('deleteInterventionArea', versioned(area), 'deletedId');
    expect(await ok('deleteRegistration', versioned(registration), 'deletedId organization { id }')).toEqual({ deletedId: registration.globalId, organization: { id: id.ngo } });
  });

  it('names at most five of many dependents, with their count', async () => {
    const body = (await FRESH.Body()) as Body;
    const members = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => person(`Ủy viên ${n}`)));
    for (const p of members) em.create(Membership, { person: p, organization: organization(), body, role: Role.MEMBER, startDate: day('2024-01-01'), ...src });
    await em.flush();
    const answer = await call('deleteBody', versioned(body), 'deletedId');
    expect(extensions(answer)!.dependents).toEqual([{ type: 'Membership', field: 'body', count: 7, ids: expect.any(Array) }]);
    expect(extensions(answer)!.dependents[0].ids).toHaveLength(5);
  });
});

describe('the rules an update keeps', () => {
  const problems = (body: any) => ({ code: extensions(body)?.code, fields: extensions(body)?.fields, data: body.data });
  /** A refused correction changes nothing: the same version, no audit entry. */
  async function unchanged(row: AnyNode) {
    expect(await node(row.globalId)).toEqual({ id: row.globalId, version: row.version });
    expect(await trail(row.globalId)).toEqual([]);
  }

  it('a registration stays within Decree 58’s maximum validity, naming the field the call sends', async () => {
    const registration = await FRESH.Registration(); // OPERATION, 2025-01-01 to 2027-12-31
    const UPDATE = 'registration { version expiresOn }';
    expect(problems(await call('updateRegistration', { ...versioned(registration), expiresOn: '2028-06-01' }, UPDATE))).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.expiresOn', message: 'at most 2028-01-01' }], data: null });
    expect(problems(await call('updateRegistration', { ...versioned(registration), issuedOn: '2024-06-01' }, UPDATE))).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.issuedOn', message: 'valid 3 years at most: it expires on 2027-12-31' }], data: null });
    expect(problems(await call('updateRegistration', { ...versioned(registration), issuedOn: '2028-01-01' }, UPDATE))).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.issuedOn', message: 'must be before 2027-12-31' }], data: null });
    await unchanged(registration);
    // a representative office may run five years; back to an operation, the term is too long for it, and the type is named
    const office = (await ok('updateRegistration', { ...versioned(registration), type: 'REPRESENTATIVE_OFFICE', expiresOn: '2029-12-31' }, 'registration { id version type expiresOn }')).registration;
    expect(office).toMatchObject({ type: 'REPRESENTATIVE_OFFICE', expiresOn: '2029-12-31' });
    expect(problems(await call('updateRegistration', { id: office.id, version: office.version, type: 'OPERATION' }, UPDATE))).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.type', message: 'valid 3 years at most: it expires on 2029-12-31' }], data: null });
    const [entry] = await trail(registration.globalId);
    expect(entry).toEqual({ action: 'UPDATE', actor: 'secretariat', before: { type: 'OPERATION', expiresOn: '2027-12-31' }, after: { type: 'REPRESENTATIVE_OFFICE', expiresOn: '2029-12-31' } });
  });

  it('dates stay in order, naming the field sent', async () => {
    const congress = await FRESH.Congress(); // held 2023-05-01, term to 2028-05-01
    expect(problems(await call('updateCongress', { ...versioned(congress), termEnd: '2023-05-01' }, 'congress { id }', 'editor')).fields).toEqual([{ field: 'input.termEnd', message: 'must be after 2023-05-01' }]);
    expect(problems(await call('updateCongress', { ...versioned(congress), heldOn: '2028-06-01' }, 'congress { id }', 'editor')).fields).toEqual([{ field: 'input.heldOn', message: 'must be before 2028-05-01' }]);
    await unchanged(congress);
    // a congress moved moves the start of the term it opened
    expect((await ok('updateCongress', { ...versioned(congress), heldOn: '2023-06-01' }, 'congress { heldOn { text } termStart { text } termEnd { text } }', 'editor')).congress).toEqual({ heldOn: { text: '2023-06-01' }, termStart: { text: '2023-06-01' }, termEnd: { text: '2028-05-01' } });
    const body = await FRESH.Body(); // term from 2023-05-01
    expect(problems(await call('updateBody', { ...versioned(body), termEnd: '2023-04-30' }, 'body { id }', 'editor')).fields).toEqual([{ field: 'input.termEnd', message: 'must not be before 2023-05-01' }]);
    expect(problems(await call('endBodyTerm', { ...versioned(body), endDate: '2023-04-30' }, 'body { id }', 'editor')).fields).toEqual([{ field: 'input.endDate', message: 'must not be before 2023-05-01' }]);
    await unchanged(body);
    const e = await FRESH.Event(); // starts 2026-10-01
    expect(problems(await call('updateEvent', { ...versioned(e), endDate: '2026-09-30' }, 'event { id }', 'editor')).fields).toEqual([{ field: 'input.endDate', message: 'must not be before 2026-10-01' }]);
    await unchanged(e);
    const posting = await FRESH.AmbassadorPosting(); // arrived 2021-09-01
    expect(problems(await call('endAmbassadorPosting', { ...versioned(posting), departedOn: '2021-08-31' }, 'posting { id }')).fields).toEqual([{ field: 'input.departedOn', message: 'must not be before 2021-09-01' }]);
    expect(problems(await call('updateAmbassadorPosting', { ...versioned(posting), arrivedOn: '2021-09-02', departedOn: '2021-09-01' }, 'posting { id }')).fields).toEqual([{ field: 'input.departedOn', message: 'must not be before 2021-09-02' }]);
    await unchanged(posting);
    const seat = await FRESH.GroupMembership(); // from 2026-04-01
    expect(problems(await call('endGroupMembership', { ...versioned(seat), endDate: '2026-03-31' }, 'membership { id }')).fields).toEqual([{ field: 'input.endDate', message: 'must not be before 2026-04-01' }]);
    await unchanged(seat);
  });

  it('what a record cannot go without is refused when cleared, every field named at once', async () => {
    const e = await FRESH.Event();
    const answer = await call('updateEvent', { ...versioned(e), title: null, startDate: null, venue: null }, 'event { id }', 'editor');
    expect(problems(answer)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.title', message: 'cannot be cleared' }, { field: 'input.startDate', message: 'cannot be cleared' }], data: null });
    await unchanged(e);
    const congress = await FRESH.Congress();
    expect(problems(await call('updateCongress', { ...versioned(congress), termEnd: null, heldOn: '2028-06-01' }, 'congress { id }', 'editor')).fields).toEqual([
      { field: 'input.termEnd', message: 'cannot be cleared' },
      { field: 'input.heldOn', message: 'must be before 2028-05-01' },
    ]);
  });

  it('a province must exist on the date the record is about: given, or when the date moves', async () => {
    const e = await FRESH.Event(); // 2026-10-01
    expect(problems(await call('updateEvent', { ...versioned(e), provinceKey: 'binh-duong-pre2025' }, 'event { id }', 'editor')).fields).toEqual([{ field: 'input.provinceKey', message: 'abolished: use ho-chi-minh-city' }]);
    await unchanged(e);
    // recorded in 2024 in Bình Dương, then moved past the merger: the start is named
    const old = await event('Họp ở Bình Dương', '2024-03-01');
    old.province = em.getReference(Province, (await province('binh-duong-pre2025')).id, { wrapped: true });
    await em.flush();
    expect(problems(await call('updateEvent', { ...versioned(old), startDate: '2025-09-01' }, 'event { id }', 'editor')).fields).toEqual([{ field: 'input.startDate', message: 'abolished: use ho-chi-minh-city' }]);
    expect(problems(await call('updateEvent', { ...versioned(old), startDate: '2025-09-01', provinceKey: 'Bình Dương' }, 'event { id }', 'editor')).fields).toEqual([{ field: 'input.provinceKey', message: 'abolished: use ho-chi-minh-city' }]);
    await unchanged(old);
    expect((await ok('updateEvent', { ...versioned(old), startDate: '2025-09-01', provinceKey: 'ho-chi-minh-city' }, 'event { startDate { text } province { key } }', 'editor')).event).toEqual({ startDate: { text: '2025-09-01' }, province: { key: 'ho-chi-minh-city' } });
    // an aid record of 2024 in Bình Dương may not move to 2026 with it
    const aid = (await FRESH.AidRecord()) as AidRecord;
    aid.province = em.getReference(Province, (await province('binh-duong-pre2025')).id, { wrapped: true });
    await em.flush();
    expect(problems(await call('updateAidRecord', { ...versioned(aid), year: 2026 }, 'aidRecord { id }')).fields).toEqual([{ field: 'input.year', message: 'abolished: use ho-chi-minh-city' }]);
    expect(problems(await call('updateAidRecord', { ...versioned(aid), provinceKey: 'ho-chi-minh-city' }, 'aidRecord { id }')).fields).toEqual([{ field: 'input.provinceKey', message: 'not yet formed: use one of ba-ria-vung-tau-pre2025, binh-duong-pre2025, ho-chi-minh-city-pre2025' }]);
    await unchanged(aid);
    expect((await ok('updateAidRecord', { ...versioned(aid), year: 2026, provinceKey: 'ho-chi-minh-city', sectorKey: 'health-care' }, 'aidRecord { year province { key } sector { key } }')).aidRecord).toEqual({ year: 2026, province: { key: 'ho-chi-minh-city' }, sector: { key: 'health-care' } });
    // an intervention area on a unit the merger abolished, unless read on a date before it
    const area = await FRESH.InterventionArea();
    expect(problems(await call('updateInterventionArea', { ...versioned(area), provinceKey: 'binh-duong-pre2025' }, 'interventionArea { id }')).fields).toEqual([{ field: 'input.provinceKey', message: 'abolished: use ho-chi-minh-city' }]);
    await unchanged(area);
    expect((await ok('updateInterventionArea', { ...versioned(area), provinceKey: 'binh-duong-pre2025', provinceAsOf: '2024-06-01' }, 'interventionArea { province { key } }')).interventionArea).toEqual({ province: { key: 'binh-duong-pre2025' } });
    expect(problems(await call('updateInterventionArea', { ...versioned(area), version: area.version + 1, sectorKey: 'no-such-sector' }, 'interventionArea { id }')).fields).toEqual([{ field: 'input.sectorKey', message: 'no such key' }]);
  });

  it('a group has one sitting chair: a member made chair while one sits gets CONFLICT', async () => {
    const group = (await FRESH.ParliamentaryGroup()) as ParliamentaryGroup;
    const [chair, member] = await Promise.all(['Chủ tịch Nhóm', 'Thành viên Nhóm'].map(person));
    const seats = [chair, member].map((p, i) => em.create(GroupMembership, { group, person: p, role: i ? Role.MEMBER : Role.CHAIR, ...src }));
    await em.flush();
    const body = await call('updateGroupMembership', { ...versioned(seats[1]), role: 'CHAIR' }, 'membership { id }');
    expect(extensions(body)).toMatchObject({ code: 'CONFLICT', role: 'CHAIR', groupId: group.globalId });
    await unchanged(seats[1]);
    // once the chair's seat ends, the member may take the chair
    await ok('endGroupMembership', { ...versioned(seats[0]), endDate: '2026-06-30' }, 'membership { id }');
    expect((await ok('updateGroupMembership', { ...versioned(seats[1]), role: 'CHAIR' }, 'membership { role group { chair { person { fullName } } } }')).membership).toEqual({ role: 'CHAIR', group: { chair: { person: { fullName: 'Thành viên Nhóm' } } } });
  });
});

describe('what an end, a cancellation or a withdrawal does', () => {
  it('endBodyTerm ends every seat still held after the day, each audited; the roster of the next day is empty', async () => {
    const body = (await FRESH.Body()) as Body; // from 2023-05-01
    const seat = (fullName: string, dates: Partial<Record<'startDate' | 'endDate' | 'termEnd', string>>) =>
      person(fullName).then((p) => made((m) => {
        const s = m.create(Membership, { person: p, organization: organization(), body, role: Role.MEMBER, ...Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, day(v!)])), ...src });
        s.refreshSpan();
        return s;
      }));
    const open = await seat('Ủy viên đang giữ', { startDate: '2023-05-01' });
    const termed = await seat('Ủy viên đến hết nhiệm kỳ', { startDate: '2023-05-01', termEnd: '2028-05-01' });
    const left = await seat('Ủy viên đã thôi', { startDate: '2023-05-01', endDate: '2024-01-31' });
    const roster = async (asOf: string) => (await node(body.globalId, `... on Body { members(asOf: "${asOf}", first: 10) { edges { node { fullName } } } }`)).members.edges.map((e: any) => e.node.fullName).sort();
    expect(await roster('2025-07-01')).toEqual(['Ủy viên đang giữ', 'Ủy viên đến hết nhiệm kỳ']);

    const ended = await ok('endBodyTerm', { ...versioned(body), endDate: '2025-06-30' }, 'body { termEnd { text } } endedMemberships { id heldUntil }', 'editor');
    expect(ended.body).toEqual({ termEnd: { text: '2025-06-30' } });
    expect(ended.endedMemberships.map((m: any) => m.id).sort()).toEqual([open.globalId, termed.globalId].sort());
    expect(ended.endedMemberships.map((m: any) => m.heldUntil)).toEqual(['2025-06-30', '2025-06-30']);
    expect(await roster('2025-06-30')).toEqual(['Ủy viên đang giữ', 'Ủy viên đến hết nhiệm kỳ']);
    expect(await roster('2025-07-01')).toEqual([]);
    expect(await trail(body.globalId)).toEqual([{ action: 'UPDATE', actor: 'editor', before: { termEnd: null }, after: { termEnd: { start: '2025-06-30', end: '2025-06-30', precision: 'DAY' } } }]);
    for (const m of [open, termed]) expect((await trail(m.globalId)).map((e: any) => e.after)).toEqual([{ endDate: { start: '2025-06-30', end: '2025-06-30', precision: 'DAY' } }]);
    expect(await trail(left.globalId)).toEqual([]);
  });

  it('endBodyTerm is refused before a member took a seat, naming the day', async () => {
    const body = (await FRESH.Body()) as Body;
    const p = await person('Ủy viên bổ sung');
    const late = await made((m) => {
      const s = m.create(Membership, { person: p, organization: organization(), body, role: Role.MEMBER, startDate: day('2025-09-01'), ...src });
      s.refreshSpan();
      return s;
    });
    const answer = await call('endBodyTerm', { ...versioned(body), endDate: '2025-06-30' }, 'body { id }', 'editor');
    expect(extensions(answer)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.endDate', message: 'must not be before 2025-09-01 (1 membership of the body start after it)' }] });
    expect(await node(late.globalId, '... on Membership { heldUntil }')).toEqual({ id: late.globalId, version: late.version, heldUntil: null });
    expect(await node(body.globalId, '... on Body { termEnd { text } }')).toEqual({ id: body.globalId, version: body.version, termEnd: null });
  });

  it('a cancelled event stays on record, counts in no attendance, and takes no more invitations or marks', async () => {
    const start = addDays(today(), -30);
    const e = await event('Gặp mặt bị hủy', start);
    const [guest, other] = await Promise.all(['Khách bị hủy', 'Khách khác'].map(person));
    const invitation = await made((m) => m.create(Participation, { event: e, person: guest, attended: null, ...src }));
    const attendance = async () => (await read('query($id: ID!) { person(id: $id) { attendance { invited recorded } } }', { id: guest.globalId })).person.attendance;
    expect(await attendance()).toEqual({ invited: 1, recorded: 0 });

    const cancelled = (await ok('cancelEvent', { ...versioned(e), reason: 'Bão' }, 'event { id version status cancellationReason participations(first: 5) { totalCount } }', 'editor')).event;
    expect(cancelled).toMatchObject({ id: e.globalId, status: 'CANCELLED', cancellationReason: 'Bão', participations: { totalCount: 1 } });
    expect(await node(e.globalId, '... on Event { status }')).toMatchObject({ status: 'CANCELLED' });
    expect(await attendance()).toEqual({ invited: 0, recorded: 0 });
    expect(await trail(e.globalId)).toEqual([{ action: 'UPDATE', actor: 'editor', before: { status: 'SCHEDULED', cancellationReason: null }, after: { status: 'CANCELLED', cancellationReason: 'Bão' } }]);

    const again = await call('cancelEvent', { id: e.globalId, version: cancelled.version }, 'event { id }', 'editor');
    expect({ code: extensions(again)?.code, message: again.errors?.[0].message }).toEqual({ code: 'CONFLICT', message: 'The event "Gặp mặt bị hủy" was cancelled' });
    const invite = await server.gql('mutation($input: InviteInput!) { invite(input: $input) { participations { id } } }', { input: { eventId: e.globalId, personIds: [other.globalId] } }, as('editor'));
    expect(extensions(invite.body)?.code).toBe('CONFLICT');
    const mark = await server.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { participation { id } } }', { input: { participationId: invitation.globalId, version: invitation.version, attended: true } }, as('editor'));
    expect(extensions(mark.body)?.code).toBe('CONFLICT');
    expect(await node(invitation.globalId, '... on Participation { attended }')).toEqual({ id: invitation.globalId, version: invitation.version, attended: null });
  });

  it('an event someone is recorded as having attended cannot be cancelled', async () => {
    const e = await event('Gặp mặt đã diễn ra', '2026-01-10');
    const p = await person('Người đã dự');
    await made((m) => m.create(Participation, { event: e, person: p, attended: true, ...src }));
    const answer = await call('cancelEvent', versioned(e), 'event { id }', 'editor');
    expect({ code: extensions(answer)?.code, message: answer.errors?.[0].message }).toEqual({ code: 'CONFLICT', message: '1 person is recorded as having attended "Gặp mặt đã diễn ra": it took place' });
    expect(await node(e.globalId, '... on Event { status }')).toEqual({ id: e.globalId, version: e.version, status: 'SCHEDULED' });
  });

  it('a withdrawn registration stays on record and raises no alert; it is withdrawn once, while valid', async () => {
    // an NGO of its own: alerts concern an NGO's latest registration of a type
    const owner = await made((m) => m.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'NGO whose registration is withdrawn', ...src }));
    const issuedOn = addDays(today(), -300);
    const expiresOn = addDays(today(), 20);
    const registration = await made((m) => m.create(Registration, { organization: owner, type: RegistrationType.OPERATION, number: 'REG-EXPIRING', issuedOn, expiresOn, ...src }));
    const alerted = async () => (await read('{ registrationAlerts(withinDays: 30, includeExpired: false, first: 100) { nodes { registration { id } } } }')).registrationAlerts.nodes.map((a: any) => a.registration.id);
    expect(await alerted()).toContain(registration.globalId);

    const outside = await call('withdrawRegistration', { ...versioned(registration), withdrawnOn: addDays(issuedOn, -1) }, 'registration { id }');
    expect(extensions(outside)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.withdrawnOn', message: `must not be before ${issuedOn}` }] });
    const after = await call('withdrawRegistration', { ...versioned(registration), withdrawnOn: addDays(expiresOn, 1) }, 'registration { id }');
    expect(extensions(after)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.withdrawnOn', message: `must not be after ${expiresOn}` }] });

    const withdrawnOn = addDays(today(), -1);
    const withdrawn = (await ok('withdrawRegistration', { ...versioned(registration), withdrawnOn, reason: 'Quyết định thu hồi' }, 'registration { version number expiresOn withdrawnOn withdrawalReason }')).registration;
    expect(withdrawn).toEqual({ version: registration.version + 1, number: 'REG-EXPIRING', expiresOn, withdrawnOn, withdrawalReason: 'Quyết định thu hồi' });
    expect(await alerted()).not.toContain(registration.globalId);
    const registrations = (await read('query($id: ID!) { node(id: $id) { ... on ForeignNgo { registrations(first: 100) { nodes { id } } } } }', { id: owner.globalId })).node.registrations.nodes.map((r: any) => r.id);
    expect(registrations).toContain(registration.globalId);
    expect(extensions(await call('withdrawRegistration', { id: registration.globalId, version: withdrawn.version, withdrawnOn }, 'registration { id }'))?.code).toBe('CONFLICT');
    // a correction of its dates keeps the withdrawal within them
    expect(extensions(await call('updateRegistration', { id: registration.globalId, version: withdrawn.version, expiresOn: addDays(withdrawnOn, -1) }, 'registration { id }'))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.expiresOn', message: `must not be before ${withdrawnOn}` }] });
  });
});
