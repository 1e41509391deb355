import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { openOrm } from '../../src/db/orm.js';
import { ENTITIES } from '../../src/modules.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { createTestDatabase } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, item 3: organizations are known by identifiers, each in a scheme (org-id.guide prefixes where
 * one exists, LOCAL-VN-FNGO for the numbers of foreign NGOs' registration certificates), one organization
 * per identifier of a scheme (the database refuses a second), searchable, written by the secretariat only
 * through the write door (audited, CONFLICT on a duplicate).
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};
const auth = (who: string) => ({ authorization: `Bearer ${token[who]}` });

const ADD = 'mutation($input: AddOrganizationIdentifierInput!) { addOrganizationIdentifier(input: $input) { identifier { id version scheme identifier orgId sources { citation } organization { id } } organization { id identifiers { scheme identifier } } } }';
const REMOVE = 'mutation($input: RemoveOrganizationIdentifierInput!) { removeOrganizationIdentifier(input: $input) { removedId organization { identifiers { scheme identifier } } } }';
const REGISTER = 'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { id number } } }';
const IDENTIFIERS = 'query($id: ID!) { organization(id: $id) { identifiers { id version scheme identifier orgId } } }';

async function identifiersOf(org: string): Promise<{ id: string; version: number; scheme: string; identifier: string; orgId: string | null }[]> {
  const { body } = await server.gql(IDENTIFIERS, { id: id[org] });
  expect(body.errors).toBeUndefined();
  return body.data.organization.identifiers;
}
async function auditOf(entityType: string): Promise<any[]> {
  const { body } = await server.gql('{ auditTrail(first: 100) { nodes { action entityType actor before after } } }', {}, auth('secretariat'));
  expect(body.errors).toBeUndefined();
  return body.data.auditTrail.nodes.filter((e: any) => e.entityType === entityType);
}
async function search(filter: Record<string, unknown>): Promise<any> {
  return server.gql('query($filter: OrganizationFilter) { organizations(first: 10, filter: $filter) { totalCount edges { node { id name } } } }', { filter });
}

beforeAll(async () => {
  server = await startTestServer('identifiers', { seed: true });
  const em = server.app.database.orm.em.fork();
  const src = { sourceCitations: ['fixture'] };
  const donor = em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Fixture Donor Foundation', ...src });
  const other = em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Another Fixture NGO', ...src });
  const association = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Hữu nghị Thử nghiệm', ...src });
  await em.flush();
  Object.assign(id, { donor: toGlobalId('Organization', donor.id), other: toGlobalId('Organization', other.id), association: toGlobalId('Organization', association.id), associationKey: association.id });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor', organizationId: association.id });
  token.reader = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: association.id });
});
afterAll(() => server.stop());

describe('organization identifiers', () => {
  it('lists the schemes: org-id.guide prefixes, and the local one for registration certificates', async () => {
    const { body } = await server.gql('{ identifierSchemes { code orgIdGuide url origin } }');
    expect(body.errors).toBeUndefined();
    const byCode = Object.fromEntries(body.data.identifierSchemes.map((s: any) => [s.code, s]));
    expect(Object.keys(byCode)).toEqual(expect.arrayContaining(['XM-DAC', 'XI-IATI', 'VN-TIN', 'LOCAL-VN-FNGO']));
    expect(byCode['XM-DAC']).toMatchObject({ orgIdGuide: true, url: 'https://org-id.guide/list/XM-DAC' });
    expect(byCode['XM-DAC'].origin).toMatch(/org-id\/register/);
    expect(byCode['LOCAL-VN-FNGO']).toMatchObject({ orgIdGuide: false });
  });

  it('the real seed records none: no source of FACTS.md states an identifier', async () => {
    const { body } = await server.gql('{ organizations(first: 100) { edges { node { identifiers { id } } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.organizations.edges.length).toBeGreaterThan(10);
    expect(body.data.organizations.edges.flatMap((e: any) => e.node.identifiers)).toEqual([]);
  });

  it('the secretariat adds one (given whole as an org-id, stored without the prefix), audited, with its source', async () => {
    const { body } = await server.gql(ADD, { input: { organizationId: id.donor, scheme: 'xm-dac', identifier: ' XM-DAC-41301 ', source: 'https://org-id.guide/list/XM-DAC' } }, auth('secretariat'));
    expect(body.errors).toBeUndefined();
    const added = body.data.addOrganizationIdentifier;
    expect(added.identifier).toMatchObject({ scheme: 'XM-DAC', identifier: '41301', orgId: 'XM-DAC-41301', organization: { id: id.donor } });
    expect(added.identifier.sources.map((s: any) => s.citation)).toEqual(['https://org-id.guide/list/XM-DAC', 'entered through the Amity API by the Union’s secretariat']);
    expect(added.organization.identifiers).toEqual([{ scheme: 'XM-DAC', identifier: '41301' }]);
    expect(await auditOf('OrganizationIdentifier')).toEqual([
      expect.objectContaining({ action: 'CREATE', actor: 'ban-thu-ky', before: null, after: expect.objectContaining({ scheme: 'XM-DAC', identifier: '41301', organization: id.donor }) }),
    ]);
    // node(id:) refetches it
    const { body: node } = await server.gql('query($id: ID!) { node(id: $id) { ... on OrganizationIdentifier { scheme identifier organization { id } } } }', { id: added.identifier.id });
    expect(node.data.node).toEqual({ scheme: 'XM-DAC', identifier: '41301', organization: { id: id.donor } });
  });

  it('the same identifier again for the same organization changes nothing', async () => {
    const before = await auditOf('OrganizationIdentifier');
    const { body } = await server.gql(ADD, { input: { organizationId: id.donor, scheme: 'XM-DAC', identifier: '41301' } }, auth('secretariat'));
    expect(body.errors).toBeUndefined();
    expect(await identifiersOf('donor')).toHaveLength(1);
    expect(await auditOf('OrganizationIdentifier')).toHaveLength(before.length);
  });

  it('another organization may not take it: CONFLICT naming the holder, letter case ignored', async () => {
    const { body } = await server.gql(ADD, { input: { organizationId: id.other, scheme: 'XM-DAC', identifier: 'xm-dac-41301' } }, auth('secretariat'));
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.identifier', message: 'already recorded' }] });
    expect(body.errors?.[0].message).toContain('Fixture Donor Foundation');
    expect(await identifiersOf('other')).toEqual([]);
  });

  it('the database itself refuses a second organization for one identifier of a scheme (any letter case)', async () => {
    const em = server.app.database.orm.em.fork();
    const [donor, other] = [id.donor, id.other].map((g) => Buffer.from(g, 'base64').toString().split(':')[1]);
    await em.execute(`insert into organization_identifier (id, version, created_at, updated_at, source_citations, organization_id, scheme, identifier) values (gen_random_uuid(), 1, now(), now(), '{fixture}', ?, 'XI-IATI', 'FIXTURE-A')`, [donor]);
    await expect(
      em.execute(`insert into organization_identifier (id, version, created_at, updated_at, source_citations, organization_id, scheme, identifier) values (gen_random_uuid(), 1, now(), now(), '{fixture}', ?, 'XI-IATI', 'fixture-a')`, [other]),
    ).rejects.toThrow(/organization_identifier_scheme_identifier_unique/);
    // the same identifier in another scheme is another identifier
    await em.execute(`insert into organization_identifier (id, version, created_at, updated_at, source_citations, organization_id, scheme, identifier) values (gen_random_uuid(), 1, now(), now(), '{fixture}', ?, 'VN-CR', 'FIXTURE-A')`, [other]);
    expect((await identifiersOf('other')).map((i) => `${i.scheme} ${i.identifier}`)).toEqual(['VN-CR FIXTURE-A']);
  });

  it('two writes racing for one identifier: one records it, the other gets CONFLICT', async () => {
    const [a, b] = await Promise.all(
      ['donor', 'other'].map((org) => server.gql(ADD, { input: { organizationId: id[org], scheme: 'VN-TIN', identifier: '0100109106' } }, auth('secretariat'))),
    );
    const outcomes = [a, b].map((r) => r.body.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const holders = [...(await identifiersOf('donor')), ...(await identifiersOf('other'))].filter((i) => i.scheme === 'VN-TIN');
    expect(holders).toHaveLength(1);
  });

  it('refuses an unknown scheme and an identifier the scheme cannot issue, naming the field', async () => {
    const unknown = await server.gql(ADD, { input: { organizationId: id.donor, scheme: 'GB-CHC', identifier: '1' } }, auth('secretariat'));
    expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.scheme' })] });
    const shape = await server.gql(ADD, { input: { organizationId: id.donor, scheme: 'XM-DAC', identifier: 'not-a-dac-code' } }, auth('secretariat'));
    expect(shape.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.identifier', message: expect.stringMatching(/digits/) }] });
    const empty = await server.gql(ADD, { input: { organizationId: id.donor, scheme: 'VN-CR', identifier: '   ' } }, auth('secretariat'));
    expect(empty.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.identifier', message: 'empty' }] });
  });

  it('only the secretariat writes identifiers: editors (even of their own organization) and readers get FORBIDDEN, the public UNAUTHENTICATED, nothing written', async () => {
    const input = { organizationId: id.association, scheme: 'VN-TIN', identifier: '0100000001' };
    expect((await server.gql(ADD, { input }, auth('editor'))).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(ADD, { input }, auth('reader'))).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(ADD, { input })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await identifiersOf('association')).toEqual([]);
  });

  it('organizations(filter: { identifier }) finds the organization, by scheme and identifier or by org-id alone', async () => {
    for (const match of [{ scheme: 'XM-DAC', identifier: '41301' }, { scheme: 'xm-dac', identifier: 'XM-DAC-41301' }, { identifier: 'XM-DAC-41301' }, { identifier: '41301' }, { identifier: 'fixture-a', scheme: 'XI-IATI' }]) {
      const { body } = await search({ identifier: match });
      expect(body.errors).toBeUndefined();
      expect(body.data.organizations).toEqual({ totalCount: 1, edges: [{ node: { id: id.donor, name: 'Fixture Donor Foundation' } }] });
    }
    const none = await search({ identifier: { scheme: 'XI-IATI', identifier: '41301' } });
    expect(none.body.data.organizations.totalCount).toBe(0);
    // combined with the other conditions
    const both = await search({ identifier: { identifier: 'FIXTURE-A' }, kinds: ['FOREIGN_NGO'] });
    expect(both.body.data.organizations.edges.map((e: any) => e.node.name).sort()).toEqual(['Another Fixture NGO', 'Fixture Donor Foundation']);
    const bad = await search({ identifier: { scheme: 'NOPE', identifier: '1' } });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'filter.identifier.scheme' })] });
  });

  it('removes one with the version read (audited); a stale version is CONFLICT', async () => {
    const [dac] = (await identifiersOf('donor')).filter((i) => i.scheme === 'XM-DAC');
    const stale = await server.gql(REMOVE, { input: { id: dac.id, version: dac.version + 1 } }, auth('secretariat'));
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const editor = await server.gql(REMOVE, { input: { id: dac.id, version: dac.version } }, auth('editor'));
    expect(editor.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { body } = await server.gql(REMOVE, { input: { id: dac.id, version: dac.version } }, auth('secretariat'));
    expect(body.errors).toBeUndefined();
    expect(body.data.removeOrganizationIdentifier.removedId).toBe(dac.id);
    expect(body.data.removeOrganizationIdentifier.organization.identifiers.map((i: any) => i.scheme)).not.toContain('XM-DAC');
    expect((await auditOf('OrganizationIdentifier'))[0]).toMatchObject({ action: 'DELETE', before: expect.objectContaining({ scheme: 'XM-DAC', identifier: '41301' }), after: null });
    // and it may be given to another organization now
    const again = await server.gql(ADD, { input: { organizationId: id.other, scheme: 'XM-DAC', identifier: '41301' } }, auth('secretariat'));
    expect(again.body.errors).toBeUndefined();
  });

  it('a registration certificate’s number becomes the NGO’s LOCAL-VN-FNGO identifier; a number another NGO holds is CONFLICT', async () => {
    const input = (org: string) => ({ organizationId: id[org], type: 'OPERATION', number: '  123/CNV-HĐ ', issuedOn: '2025-01-01', expiresOn: '2027-12-31' });
    const { body } = await server.gql(REGISTER, { input: input('donor') }, auth('secretariat'));
    expect(body.errors).toBeUndefined();
    expect((await identifiersOf('donor')).filter((i) => i.scheme === 'LOCAL-VN-FNGO')).toEqual([expect.objectContaining({ identifier: '123/CNV-HĐ', orgId: null })]);
    // a second certificate of the same NGO with the same number: the identifier is the one already there
    expect((await server.gql(REGISTER, { input: { ...input('donor'), issuedOn: '2028-01-01', expiresOn: '2030-12-31' } }, auth('secretariat'))).body.errors).toBeUndefined();
    expect((await identifiersOf('donor')).filter((i) => i.scheme === 'LOCAL-VN-FNGO')).toHaveLength(1);
    const clash = await server.gql(REGISTER, { input: input('other') }, auth('secretariat'));
    expect(clash.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.number', message: 'already recorded' }] });
    const { body: registrations } = await server.gql('query($id: ID!) { organization(id: $id) { ... on ForeignNgo { registrations(first: 100) { nodes { number } } } } }', { id: id.other });
    expect(registrations.data.organization.registrations.nodes).toEqual([]);
  });
});

describe('a corrected registration number', () => {
  it('corrects the NGO’s LOCAL-VN-FNGO identifier: the new number recorded, the old one removed unless another certificate has it', async () => {
    const register = async (number: string, issuedOn: string) =>
      (await server.gql(REGISTER.replace('registration { id number }', 'registration { id version number }'), { input: { organizationId: id.other, type: 'OPERATION', number, issuedOn, expiresOn: `${Number(issuedOn.slice(0, 4)) + 2}-12-31` } }, auth('secretariat'))).body.data.createRegistration.registration;
    const update = 'mutation($input: UpdateRegistrationInput!) { updateRegistration(input: $input) { registration { id version number } } }';
    const local = async () => (await identifiersOf('other')).filter((i) => i.scheme === 'LOCAL-VN-FNGO').map((i) => i.identifier).sort();
    const first = await register('77/TYPO', '2024-01-01');
    expect(await local()).toEqual(['77/TYPO']);
    const { body } = await server.gql(update, { input: { id: first.id, version: first.version, number: '77/FIXED' } }, auth('secretariat'));
    expect(body.errors).toBeUndefined();
    expect(await local()).toEqual(['77/FIXED']);
    // two certificates with one number: correcting one keeps the number for the other
    const second = await register('88/SHARED', '2024-02-01');
    const third = await register('88/SHARED', '2026-02-01');
    await server.gql(update, { input: { id: second.id, version: second.version, number: '88/OTHER' } }, auth('secretariat'));
    expect(await local()).toEqual(['77/FIXED', '88/OTHER', '88/SHARED']);
    // a number another NGO holds: CONFLICT on input.number, nothing changed
    const clash = await server.gql(update, { input: { id: third.id, version: third.version, number: '123/CNV-HĐ' } }, auth('secretariat'));
    expect(clash.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.number', message: 'already recorded' }] });
    expect(await local()).toEqual(['77/FIXED', '88/OTHER', '88/SHARED']);
  });
});

describe('migration OrganizationIdentifiers', () => {
  it('turns the registration numbers already recorded into LOCAL-VN-FNGO identifiers, once each, leaving out a number two NGOs share', async () => {
    const database = await createTestDatabase('identifiers_migration');
    const orm = await openOrm(database.url, ENTITIES);
    try {
      await orm.migrator.up({ to: 'Migration20261204213000_PostBounds' });
      const em = orm.em.fork();
      const ngo = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
      for (const n of [1, 2, 3]) {
        await em.execute(`insert into organization (id, version, created_at, updated_at, source_citations, kind, name, search_text, status) values (?, 1, now(), now(), '{fixture}', 'FOREIGN_NGO', ?, '', 'ACTIVE')`, [ngo(n), `NGO ${n}`]);
      }
      const registration = (org: number, number: string | null, issued: string, source: string) =>
        em.execute(`insert into registration (id, version, created_at, updated_at, source_citations, organization_id, type, number, issued_on, expires_on) values (gen_random_uuid(), 1, now(), now(), ?, ?, 'OPERATION', ?, ?, ?::date + 365)`, [`{${source}}`, ngo(org), number, issued, issued]);
      await registration(1, ' 12/ĐK  A ', '2023-01-01', 'first certificate');
      await registration(1, '12/đk a', '2024-01-01', 'renewal');
      await registration(1, null, '2024-06-01', 'no number');
      await registration(2, 'SHARED-7', '2023-01-01', 'x');
      await registration(3, 'shared-7', '2023-02-01', 'y');
      await registration(3, '99', '2023-02-01', 'third');
      await orm.migrator.up();
      const rows = await em.execute(`select o.name, i.scheme, i.identifier, i.source_citations from organization_identifier i join organization o on o.id = i.organization_id order by o.name, i.identifier`);
      expect(rows).toEqual([
        { name: 'NGO 1', scheme: 'LOCAL-VN-FNGO', identifier: '12/ĐK A', source_citations: ['first certificate'] },
        { name: 'NGO 3', scheme: 'LOCAL-VN-FNGO', identifier: '99', source_citations: ['third'] },
      ]);
      await orm.migrator.down({ to: 'Migration20261204213000_PostBounds' });
      expect(await em.execute(`select to_regclass('organization_identifier') as t`)).toEqual([{ t: null }]);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});
