import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { AidRecord } from '../../src/modules/ngo/aid-record.entity.js';
import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { RegistrationType } from '../../src/modules/ngo/ngo.enums.js';
import { Registration } from '../../src/modules/ngo/registration.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { buildNetwork } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Result objects of computed lists (inactive members, alerts, overdue congresses, network insights, NGO
 * checks, the remap) name related rows. Those rows are read only when a client selects them: a promise
 * nobody awaits would run its SQL for nothing and, if its batch failed, end the process.
 */
const RELATED = ['person', 'organization', 'body', 'partnership', 'province', 'sector'];
/** Statements that read rows of a related table by id (what a loader of that table sends). */
const relatedReads = (queries: string[]) => queries.filter((q) => RELATED.some((table) => new RegExp(`\\bfrom "${table}" as t where t\\.id = any\\(`, 'i').test(q)));

const src = { sourceCitations: ['test fixture'] };
const id: Record<string, string> = {};
const name: Record<string, string> = {};
let server: TestServer;
let secretariat: string;

beforeAll(async () => {
  server = await startTestServer('lazy-relations');
  const em = server.app.database.orm.em.fork();
  const [a, b] = await buildNetwork(em, 2, 'lazy');
  await em.transactional(async (tx) => {
    const first = await tx.findOneOrFail(Organization, a.id);
    const second = await tx.findOneOrFail(Organization, b.id);
    // A partner both associations have.
    const shared = tx.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn: 'Shared Partner Co.', ...src });
    for (const organization of [first, second]) tx.create(Partnership, { organization, partnerOrganization: shared, kind: PartnershipKind.NEW, status: PartnershipStatus.ACTIVE, ...src });
    // A congress whose term is long over, with none after it.
    const late = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Trễ Đại hội', ...src });
    tx.create(Congress, { organization: late, number: 1, heldOn: PartialDate.parse('2001-03-01'), termStart: PartialDate.parse('2001'), termEnd: PartialDate.parse('2006'), ...src });
    // A foreign NGO on an abolished province, working outside its area, with an expired registration.
    const [binhDuong, dongNai] = await Promise.all(['binh-duong-pre2025', 'dong-nai'].map((key) => tx.findOneOrFail(Province, { key })));
    const health = await tx.findOneOrFail(Sector, { key: 'health-care' });
    const ngo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'NGO Lazy', ...src });
    tx.create(InterventionArea, { organization: ngo, province: binhDuong, sector: health, ...src });
    tx.create(AidRecord, { organization: ngo, year: 2024, amountUsd: 7_000, province: dongNai, sector: health, ...src });
    tx.create(Registration, { organization: ngo, type: RegistrationType.OPERATION, number: 'OP-L', issuedOn: '2020-01-01', expiresOn: '2022-01-01', ...src });
    await tx.flush();
    Object.assign(id, { a: toGlobalId('Organization', a.id), b: toGlobalId('Organization', b.id), ngo: toGlobalId('Organization', ngo.id), late: late.id });
    Object.assign(name, { a: first.name, shared: shared.name, late: late.name, ngo: ngo.name });
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
});
afterAll(() => server.stop());

async function run(query: string, variables?: Record<string, unknown>, token?: string) {
  server.resetQueries();
  const { body } = await server.gql(query, variables, token ? { authorization: `Bearer ${token}` } : {});
  expect(body.errors).toBeUndefined();
  // A load nobody awaits is dispatched after the answer is sent: give it the time to show.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { data: body.data, reads: relatedReads(server.queries) };
}

const INACTIVE = 'inactiveMembers(from: "2000-01-01", to: "2030-01-01", maxRate: 1, minRecorded: 0, first: 100)';

describe('relations of computed results are read only when asked for', () => {
  it('inactiveMembers', async () => {
    const scalars = await run(`{ ${INACTIVE} { nodes { rate } } }`);
    expect(scalars.data.inactiveMembers.nodes.length).toBeGreaterThan(0);
    expect(scalars.reads).toEqual([]);

    const related = await run(`{ ${INACTIVE} { nodes { invited person { fullName } organization { name } body { kind organization { name } } } } }`);
    const lazy = related.data.inactiveMembers.nodes.filter((m: any) => m.organization.name === name.a);
    expect(lazy).toHaveLength(6);
    expect(lazy.every((m: any) => m.person.fullName.startsWith('Nguyễn Văn lazy 0-') && m.body.kind === 'EXECUTIVE_COMMITTEE' && m.body.organization.name === name.a)).toBe(true);
    expect(lazy.filter((m: any) => m.invited === 2).map((m: any) => m.person.fullName).sort()).toEqual(['Nguyễn Văn lazy 0-0', 'Nguyễn Văn lazy 0-1', 'Nguyễn Văn lazy 0-2']);
  });

  it('a body’s member attendance', async () => {
    const q = (fields: string) => `query($id: ID!) { organization(id: $id) { bodies { nodes { attendance(from: "2000-01-01", to: "2030-01-01") { members { nodes { ${fields} } } } } } } }`;
    const scalars = await run(q('rate'), { id: id.a });
    expect(scalars.data.organization.bodies.nodes[0].attendance.members.nodes).toHaveLength(6);
    // The organization asked for and its bodies are read; no member's person, organization or body.
    expect(scalars.reads.filter((s) => !/from "organization"/.test(s))).toEqual([]);
    expect(scalars.reads).toHaveLength(1);
    const related = await run(q('person { fullName } organization { name }'), { id: id.a });
    expect(related.data.organization.bodies.nodes[0].attendance.members.nodes.every((m: any) => m.organization.name === name.a && m.person.fullName.startsWith('Nguyễn Văn lazy 0-'))).toBe(true);
  });

  it('a body’s roster', async () => {
    const q = (fields: string) => `query($id: ID!) { organization(id: $id) { bodies { nodes { members { totalCount edges { ${fields} } } } } } }`;
    const scalars = await run(q('cursor role'), { id: id.a });
    expect(scalars.data.organization.bodies.nodes[0].members.totalCount).toBe(6);
    expect(scalars.reads.filter((s) => !/from "organization"/.test(s))).toEqual([]);
    const related = await run(q('role node { fullName }'), { id: id.a });
    const edges = related.data.organization.bodies.nodes[0].members.edges;
    expect(edges[0]).toEqual({ role: 'PRESIDENT', node: { fullName: 'Nguyễn Văn lazy 0-0' } });
    expect(edges.every((e: any) => e.node.fullName.startsWith('Nguyễn Văn lazy 0-'))).toBe(true);
  });

  it('registrationAlerts', async () => {
    const scalars = await run('{ registrationAlerts(asOf: "2026-01-01", withinDays: 30) { nodes { daysLeft registration { number } } } }');
    expect(scalars.data.registrationAlerts.nodes).toContainEqual({ daysLeft: -1461, registration: { number: 'OP-L' } });
    expect(scalars.reads).toEqual([]);
    const related = await run('{ registrationAlerts(asOf: "2026-01-01", withinDays: 30) { nodes { registration { number } organization { name } } } }');
    expect(related.data.registrationAlerts.nodes).toContainEqual({ registration: { number: 'OP-L' }, organization: { name: name.ngo } });
  });

  it('overdueCongresses', async () => {
    const scalars = await run('{ overdueCongresses(asOf: "2030-01-01", first: 100) { nodes { daysOverdue termEndedOn lastCongress { number } } } }');
    expect(scalars.data.overdueCongresses.nodes).toContainEqual({ daysOverdue: 8402, termEndedOn: '2006-12-31', lastCongress: { number: 1 } });
    expect(scalars.reads).toEqual([]);
    const related = await run('{ overdueCongresses(asOf: "2030-01-01", first: 100) { nodes { termEndedOn organization { id name } } } }');
    expect(related.data.overdueCongresses.nodes).toContainEqual({ termEndedOn: '2006-12-31', organization: { id: toGlobalId('Organization', id.late), name: name.late } });
  });

  it('sharedPartners', async () => {
    const scalars = await run('query($a: ID!, $b: ID!) { sharedPartners(first: $a, second: $b) { __typename } }', { a: id.a, b: id.b });
    expect(scalars.data.sharedPartners).toEqual([{ __typename: 'SharedPartner' }]);
    expect(scalars.reads).toEqual([]);
    const related = await run(
      'query($a: ID!, $b: ID!) { sharedPartners(first: $a, second: $b) { organization { name } person { fullName } first { organization { id } } second { organization { id } } } }',
      { a: id.a, b: id.b },
    );
    expect(related.data.sharedPartners).toEqual([{ organization: { name: name.shared }, person: null, first: { organization: { id: id.a } }, second: { organization: { id: id.b } } }]);
  });

  it('partnersInCommon (sharedPartners as a connection)', async () => {
    const scalars = await run('query($a: ID!, $b: ID!) { partnersInCommon(of: $a, comparedWith: $b) { totalCount nodes { __typename } } }', { a: id.a, b: id.b });
    expect(scalars.data.partnersInCommon).toEqual({ totalCount: 1, nodes: [{ __typename: 'SharedPartner' }] });
    expect(scalars.reads).toEqual([]);
    const related = await run(
      'query($a: ID!, $b: ID!) { partnersInCommon(of: $a, comparedWith: $b) { nodes { organization { name } person { fullName } partnership { organization { id } } comparedWithPartnership { organization { id } } } } }',
      { a: id.a, b: id.b },
    );
    expect(related.data.partnersInCommon.nodes).toEqual([{ organization: { name: name.shared }, person: null, partnership: { organization: { id: id.a } }, comparedWithPartnership: { organization: { id: id.b } } }]);
  });

  it('partnerSuggestions', async () => {
    const scalars = await run('query($id: ID!) { organization(id: $id) { partnerSuggestions(first: 50) { nodes { score reasons } } } }', { id: id.b });
    expect(scalars.data.organization.partnerSuggestions.nodes.length).toBeGreaterThan(0);
    // Only the organization asked for.
    expect(scalars.reads).toHaveLength(1);
    const related = await run('query($id: ID!) { organization(id: $id) { partnerSuggestions(first: 50) { nodes { partner { name } } } } }', { id: id.b });
    expect(related.data.organization.partnerSuggestions.nodes.map((s: any) => s.partner.name)).toContain('Partner lazy 0-0');
  });

  it('outOfAreaActivities', async () => {
    const scalars = await run('query($id: ID) { outOfAreaActivities(organizationId: $id) { nodes { kind recordId reason } } }', { id: id.ngo });
    expect(scalars.data.outOfAreaActivities.nodes).toEqual([{ kind: 'AID_RECORD', recordId: expect.any(String), reason: 'PROVINCE' }]);
    expect(scalars.reads).toEqual([]);
    const related = await run('query($id: ID) { outOfAreaActivities(organizationId: $id) { nodes { organization { name } province { key } sector { key } } } }', { id: id.ngo });
    expect(related.data.outOfAreaActivities.nodes).toEqual([{ organization: { name: name.ngo }, province: { key: 'dong-nai' }, sector: { key: 'health-care' } }]);
  });

  it('the remap dry run', async () => {
    const scalars = await run('mutation($id: ID) { remapInterventionAreas(organizationId: $id, dryRun: true) { dryRun changes { outcome } } }', { id: id.ngo }, secretariat);
    expect(scalars.data.remapInterventionAreas).toEqual({ dryRun: true, changes: [{ outcome: 'MOVED' }] });
    expect(scalars.reads).toEqual([]);
    const related = await run(
      'mutation($id: ID) { remapInterventionAreas(organizationId: $id, dryRun: true) { changes { organization { name } from { key } to { key } sector { key } outcome } } }',
      { id: id.ngo },
      secretariat,
    );
    expect(related.data.remapInterventionAreas.changes).toEqual([{ organization: { name: name.ngo }, from: { key: 'binh-duong-pre2025' }, to: { key: 'ho-chi-minh-city' }, sector: { key: 'health-care' }, outcome: 'MOVED' }]);
  });
});
