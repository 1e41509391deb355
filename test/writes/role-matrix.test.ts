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
    Object.assign(version, { updatePartnership: partnership.version, recordAttendance: participation.version });
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.SECRETARIAT = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  token.READER = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: id.ownKey });
  token.EDITOR_OWN = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-own', organizationId: id.ownKey });
  token.EDITOR_OTHER = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-other', organizationId: id.otherKey });
});
afterAll(() => server.stop());

type Caller = 'PUBLIC' | 'READER' | 'EDITOR_OTHER' | 'EDITOR_OWN' | 'SECRETARIAT';
const CALLERS: Caller[] = ['PUBLIC', 'READER', 'EDITOR_OTHER', 'EDITOR_OWN', 'SECRETARIAT'];

/** Each mutation, a valid input for the caller's own organization, and who may run it. */
const MUTATIONS: { name: string; query: string; input: () => Record<string, unknown>; allowed: Caller[] }[] = [
  { name: 'createPartnership', query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', input: () => ({ organizationId: id.own, partnerOrganizationId: id.business, kind: 'NEW', sectorKeys: ['health-care'] }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'updatePartnership', query: 'mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id version status } } }', input: () => ({ id: id.partnership, version: version.updatePartnership, status: 'ACTIVE' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'createEvent', query: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }', input: () => ({ kind: 'MEETING', title: 'Họp', startDate: '2026-12-01', organizerIds: [id.own] }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'invite', query: 'mutation($input: InviteInput!) { invite(input: $input) { participations { id } } }', input: () => ({ eventId: id.event, personIds: [id.person] }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'recordAttendance', query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { participation { id version attended } } }', input: () => ({ participationId: id.participation, version: version.recordAttendance, attended: true }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'createRegistration', query: 'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { id } } }', input: () => ({ organizationId: id.ngo, type: 'OPERATION', issuedOn: '2026-01-01', expiresOn: '2028-12-31' }), allowed: ['SECRETARIAT'] },
  { name: 'addInterventionArea', query: 'mutation($input: AddInterventionAreaInput!) { addInterventionArea(input: $input) { interventionArea { id } } }', input: () => ({ organizationId: id.ngo, provinceKey: 'ha-noi', sectorKey: 'health-care' }), allowed: ['SECRETARIAT'] },
  { name: 'recordAid', query: 'mutation($input: RecordAidInput!) { recordAid(input: $input) { aidRecord { id amountUsd } } }', input: () => ({ organizationId: id.ngo, year: 2025, amountUsd: 1000, provinceKey: 'ha-noi' }), allowed: ['SECRETARIAT'] },
  { name: 'createOrganization', query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', input: () => ({ kind: 'LOCAL_ASSOCIATION', nameVi: 'Chi hội Hà Nội', parentId: id.own, provinceKey: 'ha-noi' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'updateOrganization', query: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version } } }', input: () => ({ id: id.own, version: version.updateOrganization, nameEn: 'My Association' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'createPerson', query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', input: () => ({ fullName: 'Mai Thị Mười Một', email: 'muoimot@example.org' }), allowed: ['SECRETARIAT'] },
  { name: 'updatePerson', query: 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id version } } }', input: () => ({ id: id.person, version: version.updatePerson, honorific: 'Dr.' }), allowed: ['SECRETARIAT'] },
  { name: 'createCongress', query: 'mutation($input: CreateCongressInput!) { createCongress(input: $input) { congress { id } } }', input: () => ({ organizationId: id.own, number: 3, heldOn: '2026-03-01', termEnd: '2031-03-01' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'createBody', query: 'mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }', input: () => ({ organizationId: id.own, kind: 'STANDING_COMMITTEE', size: 7, termStart: '2026-03-01', termEnd: '2031-03-01' }), allowed: ['EDITOR_OWN', 'SECRETARIAT'] },
  { name: 'createParliamentaryGroup', query: 'mutation($input: CreateParliamentaryGroupInput!) { createParliamentaryGroup(input: $input) { group { id } } }', input: () => ({ legislature: 16, nameEn: 'Vietnam–France', countryCodes: ['FR'], coordinatingAssociationId: id.own }), allowed: ['SECRETARIAT'] },
  { name: 'addGroupMember', query: 'mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } } }', input: () => ({ groupId: id.group, personId: id.person }), allowed: ['SECRETARIAT'] },
  { name: 'createAmbassadorPosting', query: 'mutation($input: CreateAmbassadorPostingInput!) { createAmbassadorPosting(input: $input) { posting { id } } }', input: () => ({ personId: id.person, countryCode: 'FR', arrivedOn: '2024-09-01' }), allowed: ['SECRETARIAT'] },
];

const expected = (caller: Caller, allowed: Caller[]) => (allowed.includes(caller) ? 'OK' : caller === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

describe('the role matrix: every role against every mutation', () => {
  for (const mutation of MUTATIONS) {
    it(mutation.name, async () => {
      const outcomes: Record<string, string> = {};
      for (const caller of CALLERS) {
        const headers: Record<string, string> = caller === 'PUBLIC' ? {} : { authorization: `Bearer ${token[caller]}` };
        const { body } = await server.gql(mutation.query, { input: mutation.input() }, headers);
        outcomes[caller] = body.errors ? String(body.errors[0].extensions?.code) : 'OK';
        // a successful update moves the version on: the next caller must send the new one
        const payload = body.data && (Object.values(body.data)[0] as Record<string, { version?: number }>);
        const node = payload && Object.values(payload)[0];
        if (node?.version) version[mutation.name] = node.version;
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
