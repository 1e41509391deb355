import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { ParliamentaryGroup } from '../../src/modules/parliament/parliamentary-group.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
const id: Record<string, string> = {};
const version: Record<string, number> = {};
const token: Record<string, string> = {};

type Caller = 'PUBLIC' | 'READER' | 'EDITOR_OTHER' | 'EDITOR_OWN' | 'SECRETARIAT';
const CALLERS: Caller[] = ['PUBLIC', 'READER', 'EDITOR_OTHER', 'EDITOR_OWN', 'SECRETARIAT'];
const SUBJECT: Record<Caller, string | null> = { PUBLIC: null, READER: 'reader', EDITOR_OTHER: 'editor-other', EDITOR_OWN: 'editor-own', SECRETARIAT: 'secretariat' };
/** A person of its own for each caller, so that every caller's invitation, posting or group seat is told apart. */
const guest = (caller: Caller) => `Khách ${caller}`;

beforeAll(async () => {
  server = await startTestServer('matrix', { seed: true });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const own = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Của Tôi', ...src });
    const other = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Khác', ...src });
    const ngo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Fixture NGO', ...src });
    const business = tx.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn: 'Fixture Business', ...src });
    const person = tx.create(Person, { fullName: 'Lý Văn Mười', ...src });
    const guests = CALLERS.map((caller) => tx.create(Person, { fullName: guest(caller), ...src }));
    const partnership = tx.create(Partnership, { organization: own, partnerOrganization: business, kind: PartnershipKind.NEW, status: PartnershipStatus.PROSPECT, ...src });
    const event = tx.create(Event, { kind: EventKind.MEETING, title: 'Họp thường kỳ', startDate: PartialDate.parse('2026-10-01'), ...src });
    tx.create(EventOrganizer, { event, organization: own });
    const participation = tx.create(Participation, { event, person, invited: true, attended: null, ...src });
    const group = tx.create(ParliamentaryGroup, { legislature: 16, nameEn: 'Fixture group', ...src });
    await tx.flush();
    id.group = toGlobalId('ParliamentaryGroup', group.id);
    Object.assign(version, { updateOrganization: own.version, updatePerson: person.version });
    Object.assign(id, {
      own: toGlobalId('Organization', own.id), other: toGlobalId('Organization', other.id), ngo: toGlobalId('Organization', ngo.id),
      business: toGlobalId('Organization', business.id), person: toGlobalId('Person', person.id), partnership: toGlobalId('Partnership', partnership.id),
      event: toGlobalId('Event', event.id), participation: toGlobalId('Participation', participation.id), ownKey: own.id, otherKey: other.id,
    });
    CALLERS.forEach((caller, i) => (id[guest(caller)] = toGlobalId('Person', guests[i].id)));
    Object.assign(version, { updatePartnership: partnership.version, recordAttendance: participation.version });
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.SECRETARIAT = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  token.READER = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: id.ownKey });
  token.EDITOR_OWN = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-own', organizationId: id.ownKey });
  token.EDITOR_OTHER = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-other', organizationId: id.otherKey });
});
afterAll(() => server.stop());

/** Reads as the secretariat (who sees everything), failing on any error. */
async function read(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${token.SECRETARIAT}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}
const sorted = (values: unknown[]) => values.map(String).sort();
const ofNode = async (nodeId: string, selection: string) => (await read(`query($id: ID!) { node(id: $id) { ${selection} } }`, { id: nodeId })).node;

/**
 * Each mutation, an input for the caller's own organization that differs from caller to caller, who may
 * run it, and how to see what it did: a create adds `marker(caller)` to the list `state()` reads; an
 * update sets `state()` to `marker(caller)`. `audit` is the audit entry an allowed call must leave.
 */
interface MatrixEntry {
  name: string;
  query: string;
  input: (caller: Caller) => Record<string, unknown>;
  allowed: Caller[];
  state: () => Promise<unknown>;
  marker: (caller: Caller) => unknown;
  audit: { action: 'CREATE' | 'UPDATE'; entityType: string; after?: (caller: Caller) => Record<string, unknown> };
}

const ownList = (selection: string, pick: (o: any) => unknown[]) => async () => sorted(pick(await ofNode(id.own, `... on Organization { ${selection} }`)));
const ngoList = (selection: string, pick: (o: any) => unknown[]) => async () => sorted(pick(await ofNode(id.ngo, `... on ForeignNgo { ${selection} }`)));
const PROVINCE: Record<Caller, string> = { PUBLIC: 'ha-noi', READER: 'hai-phong', EDITOR_OTHER: 'da-nang', EDITOR_OWN: 'can-tho', SECRETARIAT: 'ho-chi-minh-city' };
const NUMBER: Record<Caller, number> = { PUBLIC: 11, READER: 12, EDITOR_OTHER: 13, EDITOR_OWN: 14, SECRETARIAT: 15 };
// Refused callers try to set it to true (from null, so a write that got through would show); the editor false; the secretariat true.
const ATTENDED: Record<Caller, boolean> = { PUBLIC: true, READER: true, EDITOR_OTHER: true, EDITOR_OWN: false, SECRETARIAT: true };

const MUTATIONS: MatrixEntry[] = [
  {
    name: 'createPartnership', query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }',
    input: (c) => ({ organizationId: id.own, partnerOrganizationId: id.business, kind: 'NEW', sectorKeys: ['health-care'], notes: `partnership by ${c}` }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: ownList('partnerships(first: 100, filter: { statuses: [PROSPECT, ACTIVE, LAPSED] }) { edges { node { notes } } }', (o) => o.partnerships.edges.map((e: any) => e.node.notes)),
    marker: (c) => `partnership by ${c}`, audit: { action: 'CREATE', entityType: 'Partnership' },
  },
  {
    name: 'updatePartnership', query: 'mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id version status } } }',
    input: (c) => ({ id: id.partnership, version: version.updatePartnership, notes: `notes by ${c}` }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: async () => (await ofNode(id.partnership, '... on Partnership { notes }')).notes,
    marker: (c) => `notes by ${c}`, audit: { action: 'UPDATE', entityType: 'Partnership', after: (c) => ({ notes: `notes by ${c}` }) },
  },
  {
    name: 'createEvent', query: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }',
    input: (c) => ({ kind: 'MEETING', title: `Họp ${c}`, startDate: '2026-12-01', organizerIds: [id.own] }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: ownList('events(first: 100) { edges { node { title } } }', (o) => o.events.edges.map((e: any) => e.node.title)),
    marker: (c) => `Họp ${c}`, audit: { action: 'CREATE', entityType: 'Event' },
  },
  {
    name: 'invite', query: 'mutation($input: InviteInput!) { invite(input: $input) { participations { id } } }',
    input: (c) => ({ eventId: id.event, personIds: [id[guest(c)]] }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: async () => sorted((await ofNode(id.event, '... on Event { participations(first: 100) { edges { node { person { fullName } } } } }')).participations.edges.map((e: any) => e.node.person.fullName)),
    marker: guest, audit: { action: 'CREATE', entityType: 'Participation' },
  },
  {
    name: 'recordAttendance', query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { participation { id version attended } } }',
    input: (c) => ({ participationId: id.participation, version: version.recordAttendance, attended: ATTENDED[c] }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: async () => (await ofNode(id.participation, '... on Participation { attended }')).attended,
    marker: (c) => ATTENDED[c], audit: { action: 'UPDATE', entityType: 'Participation', after: (c) => ({ attended: ATTENDED[c] }) },
  },
  {
    name: 'createRegistration', query: 'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { id } } }',
    input: (c) => ({ organizationId: id.ngo, type: 'OPERATION', number: `REG-${c}`, issuedOn: '2026-01-01', expiresOn: '2028-12-31' }), allowed: ['SECRETARIAT'],
    state: ngoList('registrations { number }', (o) => o.registrations.map((r: any) => r.number)),
    marker: (c) => `REG-${c}`, audit: { action: 'CREATE', entityType: 'Registration' },
  },
  {
    name: 'addInterventionArea', query: 'mutation($input: AddInterventionAreaInput!) { addInterventionArea(input: $input) { interventionArea { id } } }',
    input: (c) => ({ organizationId: id.ngo, provinceKey: PROVINCE[c], sectorKey: 'health-care' }), allowed: ['SECRETARIAT'],
    state: ngoList('interventionAreas { province { key } }', (o) => o.interventionAreas.map((a: any) => a.province.key)),
    marker: (c) => PROVINCE[c], audit: { action: 'CREATE', entityType: 'InterventionArea' },
  },
  {
    name: 'recordAid', query: 'mutation($input: RecordAidInput!) { recordAid(input: $input) { aidRecord { id amountUsd } } }',
    input: (c) => ({ organizationId: id.ngo, year: 2025, amountUsd: 1000 + NUMBER[c], provinceKey: 'ha-noi' }), allowed: ['SECRETARIAT'],
    state: ngoList('aidRecords { amountUsd }', (o) => o.aidRecords.map((a: any) => a.amountUsd)),
    marker: (c) => String(1000 + NUMBER[c]), audit: { action: 'CREATE', entityType: 'AidRecord' },
  },
  {
    name: 'createOrganization', query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
    input: (c) => ({ kind: 'LOCAL_ASSOCIATION', nameVi: `Chi hội ${c}`, parentId: id.own, provinceKey: 'ha-noi' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: ownList('children(first: 100) { edges { node { nameVi } } }', (o) => o.children.edges.map((e: any) => e.node.nameVi)),
    marker: (c) => `Chi hội ${c}`, audit: { action: 'CREATE', entityType: 'Organization' },
  },
  {
    name: 'updateOrganization', query: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version } } }',
    input: (c) => ({ id: id.own, version: version.updateOrganization, nameEn: `My Association ${c}` }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: async () => (await ofNode(id.own, '... on Organization { nameEn }')).nameEn,
    marker: (c) => `My Association ${c}`, audit: { action: 'UPDATE', entityType: 'Organization', after: (c) => ({ nameEn: `My Association ${c}` }) },
  },
  {
    name: 'createPerson', query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }',
    input: (c) => ({ fullName: `Mai Thị Mười Một ${c}`, email: 'muoimot@example.org' }), allowed: ['SECRETARIAT'],
    state: async () => sorted((await read('{ persons(first: 100, filter: { search: "Mười Một" }) { edges { node { fullName } } } }')).persons.edges.map((e: any) => e.node.fullName)),
    marker: (c) => `Mai Thị Mười Một ${c}`, audit: { action: 'CREATE', entityType: 'Person' },
  },
  {
    name: 'updatePerson', query: 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id version } } }',
    input: (c) => ({ id: id.person, version: version.updatePerson, honorific: `Dr. ${c}` }), allowed: ['SECRETARIAT'],
    state: async () => (await ofNode(id.person, '... on Person { honorific }')).honorific,
    marker: (c) => `Dr. ${c}`, audit: { action: 'UPDATE', entityType: 'Person', after: (c) => ({ honorific: `Dr. ${c}` }) },
  },
  {
    name: 'createCongress', query: 'mutation($input: CreateCongressInput!) { createCongress(input: $input) { congress { id } } }',
    input: (c) => ({ organizationId: id.own, number: NUMBER[c], heldOn: '2026-03-01', termEnd: '2031-03-01' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: ownList('congresses { number }', (o) => o.congresses.map((k: any) => k.number)),
    marker: (c) => String(NUMBER[c]), audit: { action: 'CREATE', entityType: 'Congress' },
  },
  {
    name: 'createBody', query: 'mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }',
    input: (c) => ({ organizationId: id.own, kind: 'STANDING_COMMITTEE', size: NUMBER[c], termStart: '2026-03-01', termEnd: '2031-03-01' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: ownList('bodies { size }', (o) => o.bodies.map((b: any) => b.size)),
    marker: (c) => String(NUMBER[c]), audit: { action: 'CREATE', entityType: 'Body' },
  },
  {
    name: 'createParliamentaryGroup', query: 'mutation($input: CreateParliamentaryGroupInput!) { createParliamentaryGroup(input: $input) { group { id } } }',
    input: (c) => ({ legislature: 16, nameEn: `Vietnam–France ${c}`, countryCodes: ['FR'], coordinatingAssociationId: id.own }), allowed: ['SECRETARIAT'],
    state: ownList('parliamentaryGroups { nameEn }', (o) => o.parliamentaryGroups.map((g: any) => g.nameEn)),
    marker: (c) => `Vietnam–France ${c}`, audit: { action: 'CREATE', entityType: 'ParliamentaryGroup' },
  },
  {
    name: 'addGroupMember', query: 'mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } } }',
    input: (c) => ({ groupId: id.group, personId: id[guest(c)] }), allowed: ['SECRETARIAT'],
    state: async () => sorted((await ofNode(id.group, '... on ParliamentaryGroup { members { person { fullName } } }')).members.map((m: any) => m.person.fullName)),
    marker: guest, audit: { action: 'CREATE', entityType: 'GroupMembership' },
  },
  {
    name: 'createAmbassadorPosting', query: 'mutation($input: CreateAmbassadorPostingInput!) { createAmbassadorPosting(input: $input) { posting { id } } }',
    input: (c) => ({ personId: id[guest(c)], countryCode: 'FR', arrivedOn: '2024-09-01' }), allowed: ['SECRETARIAT'],
    state: async () => sorted((await read('{ country(code: "FR") { ambassadorPostings { person { fullName } } } }')).country.ambassadorPostings.map((p: any) => p.person?.fullName)),
    marker: guest, audit: { action: 'CREATE', entityType: 'AmbassadorPosting' },
  },
];

const expected = (caller: Caller, allowed: Caller[]) => (allowed.includes(caller) ? 'OK' : caller === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
const auditIds = async () => new Set<string>((await read('{ auditTrail(first: 100) { id } }')).auditTrail.map((e: any) => e.id));
const newAuditEntries = async (before: Set<string>) =>
  (await read('{ auditTrail(first: 100) { id actor action entityType after } }')).auditTrail.filter((e: any) => !before.has(e.id)).map(({ id: _id, ...entry }: any) => entry);

describe('the role matrix: every role against every mutation', () => {
  for (const mutation of MUTATIONS) {
    it(`${mutation.name}: allowed writes take effect with their audit entry; refused ones change nothing`, async () => {
      const outcomes: Record<string, string> = {};
      for (const caller of CALLERS) {
        const before = await mutation.state();
        const audited = await auditIds();
        const headers: Record<string, string> = caller === 'PUBLIC' ? {} : { authorization: `Bearer ${token[caller]}` };
        const { body } = await server.gql(mutation.query, { input: mutation.input(caller) }, headers);
        outcomes[caller] = body.errors ? String(body.errors[0].extensions?.code) : 'OK';
        // a successful update moves the version on: the next caller must send the new one
        const payload = body.data && (Object.values(body.data)[0] as Record<string, { version?: number }>);
        const node = payload && Object.values(payload)[0];
        if (node?.version) version[mutation.name] = node.version;

        const after = await mutation.state();
        const entries = await newAuditEntries(audited);
        if (mutation.allowed.includes(caller)) {
          const marker = mutation.marker(caller);
          if (mutation.audit.action === 'CREATE') expect(after).toEqual(sorted([...(before as unknown[]), marker]));
          else expect(after).toEqual(marker);
          expect(entries).toContainEqual(expect.objectContaining({
            actor: SUBJECT[caller], action: mutation.audit.action, entityType: mutation.audit.entityType,
            ...(mutation.audit.after ? { after: expect.objectContaining(mutation.audit.after(caller)) } : {}),
          }));
        } else {
          expect(after).toEqual(before);
          expect(entries).toEqual([]);
        }
      }
      expect(outcomes).toEqual(Object.fromEntries(CALLERS.map((c) => [c, expected(c, mutation.allowed)])));
    });
  }
});

describe('domain rules at the edge', () => {
  const REG = 'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { id } } }';
  it('a registration longer than Decree 58 allows is refused, naming the field', async () => {
    const { body } = await server.gql(REG, { input: { organizationId: id.ngo, type: 'REPRESENTATIVE_OFFICE', issuedOn: '2026-01-01', expiresOn: '2031-06-01' } }, { authorization: `Bearer ${token.SECRETARIAT}` });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.expiresOn', message: 'at most 2031-01-01' }] });
  });

  it('an intervention area on an abolished province is refused', async () => {
    const { body } = await server.gql('mutation($input: AddInterventionAreaInput!) { addInterventionArea(input: $input) { interventionArea { id } } }', { input: { organizationId: id.ngo, provinceKey: 'binh-duong-pre2025' } }, { authorization: `Bearer ${token.SECRETARIAT}` });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey' }] });
  });

  it('a partnership names exactly one partner', async () => {
    const { body } = await server.gql('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input: { organizationId: id.own, kind: 'NEW' } }, { authorization: `Bearer ${token.SECRETARIAT}` });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.partnerOrganizationId' }] });
  });
});
