import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { provinces as seededProvinces } from '../../seeds/real/provinces.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * What a secretary types into the writes, on a database with the reference data only:
 *   - a province is the unit that existed on the date the record is about, in every write alike
 *     (createOrganization, addInterventionArea, createEvent, recordAid): Bình Dương was abolished on
 *     30 June 2025 and became part of Hồ Chí Minh City, which was formed on 1 July 2025 from Bình Dương,
 *     Bà Rịa – Vũng Tàu and the old Hồ Chí Minh City;
 *   - an organization's French name is written, validated and audited like its other names;
 *   - a province code is given only where a source states it, and the schema says so.
 */
let server: TestServer;
let secretariat: string;
let ngo: string;
/** NGOs to add areas to: one area per NGO, so that no two areas of a test collide. */
const ngos: string[] = [];

const AFTER = '2026-03-02';
const BEFORE = '2025-06-30';
const HCMC_PREDECESSORS = 'ba-ria-vung-tau-pre2025, binh-duong-pre2025, ho-chi-minh-city-pre2025';

beforeAll(async () => {
  server = await startTestServer('write_inputs', { seed: false });
  secretariat = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
  for (let i = 0; i < 12; i++) ngos.push((await data(CREATE_ORGANIZATION, { input: { kind: 'FOREIGN_NGO', nameEn: `Fixture NGO ${i}`, countryCodes: ['SE'] } })).createOrganization.organization.id);
  ngo = ngos[0];
});
afterAll(() => server.stop());

async function call(query: string, variables?: Record<string, unknown>) {
  return (await server.gql(query, variables, { authorization: `Bearer ${secretariat}` })).body;
}
async function data(query: string, variables?: Record<string, unknown>) {
  const body = await call(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}
async function refusal(query: string, variables?: Record<string, unknown>) {
  const body = await call(query, variables);
  expect(body.data ?? null).toBeNull();
  expect(body.errors).toHaveLength(1);
  return body.errors![0];
}

const CREATE_ORGANIZATION = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id version name nameVi nameEn nameFr province { key } } } }';
const ADD_AREA = 'mutation($input: AddInterventionAreaInput!) { addInterventionArea(input: $input) { interventionArea { province { key } } } }';
const CREATE_EVENT = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { province { key } } } }';
const RECORD_AID = 'mutation($input: RecordAidInput!) { recordAid(input: $input) { aidRecord { province { key } } } }';

describe('a province is the unit that existed on the date the record is about, in every write', () => {
  let n = 0;
  const organization = (provinceKey: string, provinceAsOf?: string) => ({ input: { kind: 'LOCAL_UNION', nameVi: `Liên hiệp fixture ${++n}`, provinceKey, provinceAsOf } });
  const area = (provinceKey: string, provinceAsOf?: string) => ({ input: { organizationId: ngos[++n % ngos.length], provinceKey, provinceAsOf } });
  const event = (provinceKey: string, startDate: string) => ({ input: { kind: 'MEETING', title: `Họp ${++n}`, startDate, organizerIds: [ngo], provinceKey } });
  const aid = (provinceKey: string, year: number) => ({ input: { organizationId: ngo, year, amountUsd: 100 + ++n, provinceKey } });
  const writes = [
    { name: 'createOrganization', query: CREATE_ORGANIZATION, on: organization, key: (d: any) => d.createOrganization.organization.province.key },
    { name: 'addInterventionArea', query: ADD_AREA, on: area, key: (d: any) => d.addInterventionArea.interventionArea.province.key },
  ];

  const abolished = {
    code: 'BAD_USER_INPUT',
    fields: [{ field: 'input.provinceKey', message: 'abolished: use ho-chi-minh-city' }],
  };
  const notYetFormed = { code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey', message: `not yet formed: use one of ${HCMC_PREDECESSORS}` }] };

  it.each(writes)('$name: an abolished unit, today or on a date after the merger, is refused naming its successor', async ({ query, on }) => {
    for (const [text, date] of [['binh-duong-pre2025', undefined], ['binh-duong-pre2025', AFTER], ['Bình Dương', AFTER], ['binh duong', undefined]] as const) {
      const error = await refusal(query, on(text, date));
      expect(error.extensions).toMatchObject(abolished);
      expect(error.message).toBe(`Bình Dương (binh-duong-pre2025) no longer existed on ${date ?? new Date().toISOString().slice(0, 10)}: it became part of Thành phố Hồ Chí Minh (ho-chi-minh-city) on 2025-07-01 (input.provinceKey)`);
    }
  });

  it.each(writes)('$name: on a date before the merger the old unit is accepted, by key or by name', async ({ query, on, key }) => {
    expect(key(await data(query, on('binh-duong-pre2025', BEFORE)))).toBe('binh-duong-pre2025');
    expect(key(await data(query, on('Bình Dương', '2019-05-01')))).toBe('binh-duong-pre2025');
    // a name two units share is the one of that date
    expect(key(await data(query, on('Tuyên Quang', '2019-05-01')))).toBe('tuyen-quang-pre2025');
  });

  it.each(writes)('$name: a unit formed by the merger is refused before it existed, naming the units of that time; accepted after', async ({ query, on, key }) => {
    const error = await refusal(query, on('ho-chi-minh-city', BEFORE));
    expect(error.extensions).toMatchObject(notYetFormed);
    expect(error.message).toMatch(/^Thành phố Hồ Chí Minh \(ho-chi-minh-city\) did not exist yet on 2025-06-30: it was formed on 2025-07-01 from Bà Rịa – Vũng Tàu \(ba-ria-vung-tau-pre2025\), Bình Dương \(binh-duong-pre2025\), .*\(ho-chi-minh-city-pre2025\) \(input\.provinceKey\)$/);
    expect(key(await data(query, on('ho-chi-minh-city', '2025-07-01')))).toBe('ho-chi-minh-city');
    expect(key(await data(query, on('79')))).toBe('ho-chi-minh-city');
  });

  it('both refuse alike: the same code, fields and message for the same unit and date', async () => {
    const [a, b] = await Promise.all(writes.map(({ query, on }) => refusal(query, on('binh-duong-pre2025', AFTER))));
    expect(a.extensions).toEqual(b.extensions);
    expect(a.message).toBe(b.message);
  });

  it('createEvent holds to the event’s start date, recordAid to its year (any day of it)', async () => {
    expect((await refusal(CREATE_EVENT, event('binh-duong-pre2025', AFTER))).extensions).toMatchObject(abolished);
    expect((await data(CREATE_EVENT, event('binh-duong-pre2025', BEFORE))).createEvent.event.province.key).toBe('binh-duong-pre2025');
    expect((await refusal(CREATE_EVENT, event('ho-chi-minh-city', BEFORE))).extensions).toMatchObject(notYetFormed);
    // 2025: Bình Dương until 30 June, Hồ Chí Minh City from 1 July: either unit for aid of that year
    expect((await data(RECORD_AID, aid('binh-duong-pre2025', 2025))).recordAid.aidRecord.province.key).toBe('binh-duong-pre2025');
    expect((await data(RECORD_AID, aid('ho-chi-minh-city', 2025))).recordAid.aidRecord.province.key).toBe('ho-chi-minh-city');
    const late = await refusal(RECORD_AID, aid('binh-duong-pre2025', 2026));
    expect(late.extensions).toMatchObject(abolished);
    expect(late.message).toMatch(/^Bình Dương \(binh-duong-pre2025\) no longer existed from 2026-01-01 to /);
    expect((await refusal(RECORD_AID, aid('ho-chi-minh-city', 2024))).extensions).toMatchObject(notYetFormed);
  });

  it('an unknown or empty province is refused as before', async () => {
    expect((await refusal(ADD_AREA, area('Atlantis', BEFORE))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey', message: 'no such province' }] });
    expect((await refusal(CREATE_ORGANIZATION, organization(' '))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey', message: 'empty' }] });
  });
});

describe('an organization’s French name', () => {
  const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { version name nameFr } } }';
  const TRAIL = 'query($id: ID!) { auditTrail(entityId: $id) { nodes { action before after } } }';

  it('is written by createOrganization and updateOrganization, and audited like the other names', async () => {
    const { createOrganization } = await data(CREATE_ORGANIZATION, { input: { kind: 'FRIENDSHIP_ASSOCIATION', nameVi: 'Hội hữu nghị fixture', nameFr: 'Association d’amitié fixture' } });
    const created = createOrganization.organization;
    expect(created).toMatchObject({ name: 'Hội hữu nghị fixture', nameFr: 'Association d’amitié fixture' });
    const { updateOrganization } = await data(UPDATE, { input: { id: created.id, version: created.version, nameFr: 'Association d’amitié (fixture)' } });
    expect(updateOrganization.organization.nameFr).toBe('Association d’amitié (fixture)');
    const { auditTrail } = await data(TRAIL, { id: created.id });
    expect(auditTrail.nodes).toEqual([
      { action: 'UPDATE', before: { nameFr: 'Association d’amitié fixture' }, after: { nameFr: 'Association d’amitié (fixture)' } },
      { action: 'CREATE', before: null, after: expect.objectContaining({ nameVi: 'Hội hữu nghị fixture', nameFr: 'Association d’amitié fixture' }) },
    ]);
    // searchable like the other names
    const { organizations } = await data('{ organizations(first: 5, filter: { search: "amitie fixture" }) { edges { node { id } } } }');
    expect(organizations.edges.map((e: any) => e.node.id)).toEqual([created.id]);
  });

  it('is enough of a name on its own: the display name', async () => {
    const { createOrganization } = await data(CREATE_ORGANIZATION, { input: { kind: 'FOREIGN_COUNTERPART', nameFr: 'Comité fixture' } });
    expect(createOrganization.organization).toMatchObject({ name: 'Comité fixture', nameVi: null, nameEn: null });
  });

  it('is limited like the other names, to what the column holds (255 characters), refused naming the property', async () => {
    const long = 'é'.repeat(256);
    for (const field of ['nameVi', 'nameEn', 'nameFr']) {
      const error = await refusal(CREATE_ORGANIZATION, { input: { kind: 'FRIENDSHIP_ASSOCIATION', nameVi: 'Hội quá dài', [field]: long } });
      // The same shape as every other BAD_USER_INPUT: the field and what is wrong, never class-validator's raw report.
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}`, message: 'must be shorter than or equal to 255 characters' }] });
      expect(error.message).toBe(`Invalid input.${field}: must be shorter than or equal to 255 characters`);
    }
    const { createOrganization } = await data(CREATE_ORGANIZATION, { input: { kind: 'FRIENDSHIP_ASSOCIATION', nameVi: 'Hội vừa đủ', nameFr: 'é'.repeat(255) } });
    const { id, version } = createOrganization.organization;
    for (const field of ['nameVi', 'nameEn', 'nameFr']) {
      expect((await refusal(UPDATE, { input: { id, version, [field]: long } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}` }] });
    }
  });
});

describe('province codes', () => {
  it('are given only where a source states them, and Province.code says so', async () => {
    const { __type } = await data('{ __type(name: "Province") { fields { name description } } }');
    const code = __type.fields.find((f: any) => f.name === 'code');
    expect(code.description).toMatch(/^The official province code, given only where a cited source states it .*; null for the others, never inferred/);
    const { provinces } = await data('{ provinces { key code } }');
    const withCode = Object.fromEntries(provinces.filter((p: any) => p.code !== null).map((p: any) => [p.key, p.code]));
    expect(withCode).toEqual(Object.fromEntries(seededProvinces.filter((p) => p.code).map((p) => [p.key, p.code])));
    // the five codes the sources give, each on the new unit and on the old lead province it kept it from
    expect(Object.keys(withCode).sort()).toEqual(['bac-ninh', 'bac-ninh-pre2025', 'ca-mau', 'ca-mau-pre2025', 'can-tho', 'can-tho-pre2025', 'ho-chi-minh-city', 'ho-chi-minh-city-pre2025', 'quang-ninh', 'quang-ninh-pre2025']);
    expect(provinces.length - Object.keys(withCode).length).toBe(87);
  });
});
