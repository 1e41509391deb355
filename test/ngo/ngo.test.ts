import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Country } from '../../src/modules/country/country.entity.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { AidRecord } from '../../src/modules/ngo/aid-record.entity.js';
import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { RegistrationType } from '../../src/modules/ngo/ngo.enums.js';
import { Registration } from '../../src/modules/ngo/registration.entity.js';
import { OrganizationCountry } from '../../src/modules/organization/organization-country.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Three NGOs drawn on the real provinces:
 *   N1 (US): health in Bình Dương (old), education in Hà Nội; aid 100,000 health Bình Dương 2024,
 *            50,000 education Hà Nội 2024, 5,000 health Hà Nội 2024 (wrong sector), 7,000 Đồng Nai 2024 (no area)
 *   N2 (FR): health in Hồ Chí Minh City (new); aid 30,000 health HCMC 2024
 *   N3 (no country): Đà Nẵng (old) and Quảng Nam (old), no sector; aid 20,000 Quảng Nam 2023
 */
const src = { sourceCitations: ['test fixture'] };
const id: Record<string, string> = {};
let server: TestServer;
let secretariat: string;
let reader: string;

beforeAll(async () => {
  server = await startTestServer('ngo');
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const province = (key: string) => tx.findOneOrFail(Province, { key });
    const sector = (key: string) => tx.findOneOrFail(Sector, { key });
    const [health, education] = await Promise.all([sector('health-care'), sector('education-training')]);
    const [binhDuong, haNoi, hcmc, daNangOld, quangNam, dongNai] = await Promise.all(
      ['binh-duong-pre2025', 'ha-noi', 'ho-chi-minh-city', 'da-nang-pre2025', 'quang-nam-pre2025', 'dong-nai'].map(province),
    );
    const ngo = async (key: string, country?: string) => {
      const o = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: `NGO ${key}`, ...src });
      if (country) tx.create(OrganizationCountry, { organization: o, country: await tx.findOneOrFail(Country, { code: country }) });
      id[key] = o.id;
      return o;
    };
    const n1 = await ngo('N1', 'US');
    const n2 = await ngo('N2', 'FR');
    const n3 = await ngo('N3');
    const area = (organization: Organization, p: Province, s?: Sector) => tx.create(InterventionArea, { organization, province: p, sector: s, ...src });
    area(n1, binhDuong, health);
    area(n1, haNoi, education);
    area(n2, hcmc, health);
    area(n3, daNangOld);
    area(n3, quangNam);
    const aid = (organization: Organization, year: number, amountUsd: number, p: Province, s?: Sector) => tx.create(AidRecord, { organization, year, amountUsd, province: p, sector: s, ...src });
    aid(n1, 2024, 100_000, binhDuong, health);
    aid(n1, 2024, 50_000, haNoi, education);
    aid(n1, 2024, 5_000, haNoi, health);
    aid(n1, 2024, 7_000, dongNai, health);
    aid(n2, 2024, 30_000, hcmc, health);
    aid(n3, 2023, 20_000, quangNam);
    tx.create(Registration, { organization: n1, type: RegistrationType.OPERATION, number: 'OP-1', issuedOn: '2024-01-01', expiresOn: '2026-12-01', ...src });
    tx.create(Registration, { organization: n2, type: RegistrationType.REPRESENTATIVE_OFFICE, number: 'RO-2', issuedOn: '2020-01-01', expiresOn: '2025-01-01', ...src });
    // Records on an abolished province and, beside them, on a current one.
    const event = (title: string, p: Province, on = '2025-08-01') => tx.create(Event, { kind: EventKind.MEETING, title, startDate: PartialDate.parse(on), province: p, ...src });
    // after the merger, on units it abolished: stale records
    event('Giao lưu tại Bình Dương (cũ)', binhDuong);
    event('Giao lưu tại Quảng Nam (cũ)', quangNam);
    event('Giao lưu tại Đồng Nai', dongNai);
    // before it, in the old unit: history, not listed
    event('Giao lưu tại Quảng Nam 2024', quangNam, '2024-05-01');
    tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội Quảng Nam (cũ)', province: quangNam, ...src });
    tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội Đồng Nai', province: dongNai, ...src });
    await tx.flush();
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
  reader = await issueToken(authSecret, { role: 'READER', subject: 'Reader', organizationId: id.N1 });
});
afterAll(() => server.stop());

const gid = (key: string) => toGlobalId('Organization', id[key]);
async function data(query: string, variables?: Record<string, unknown>, token?: string) {
  const { body } = await server.gql(query, variables, token ? { authorization: `Bearer ${token}` } : {});
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('provinces across the merger', () => {
  it('looks a province up by old or new name and code, and answers in the geography of a date', async () => {
    const q = `query($p: String!, $on: Date) { foreignNgos(filter: { province: $p, geographyOn: $on }) { edges { node { name } } } }`;
    const names = async (p: string, on?: string) => (await data(q, { p, on })).foreignNgos.edges.map((e: any) => e.node.name).sort();
    expect(await names('Bình Dương')).toEqual(['NGO N1', 'NGO N2']);
    expect(await names('binh duong')).toEqual(['NGO N1', 'NGO N2']);
    expect(await names('ho-chi-minh-city')).toEqual(['NGO N1', 'NGO N2']);
    expect(await names('Bình Dương', '2025-06-30')).toEqual(['NGO N1']);
    expect(await names('Quảng Nam')).toEqual(['NGO N3']);
    expect(await names('79')).toEqual(['NGO N1', 'NGO N2']); // Hồ Chí Minh City's province code
  });
});

describe('records still on abolished provinces', () => {
  it('lists local organizations and events recorded against a province that no longer exists', async () => {
    const { organizationsOnAbolishedProvinces, eventsOnAbolishedProvinces } = await data(
      '{ organizationsOnAbolishedProvinces(first: 50) { edges { node { name province { key successor { key } } } } } eventsOnAbolishedProvinces(first: 50) { totalCount edges { node { title province { key } } } } }',
    );
    const orgs = organizationsOnAbolishedProvinces.edges.map((e: any) => `${e.node.name} @${e.node.province.key}→${e.node.province.successor.key}`);
    // the fixture's branch and real seed rows recorded before the merger; never a record on a current province
    expect(orgs).toEqual(expect.arrayContaining([
      'Chi hội Quảng Nam (cũ) @quang-nam-pre2025→da-nang',
      'Binh Duong Vietnam–Korea Friendship Association @binh-duong-pre2025→ho-chi-minh-city',
      'Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang @kien-giang-pre2025→an-giang',
    ]));
    // Cần Thơ kept its name through the merger: nothing to remap there.
    expect(orgs.join('\n')).not.toMatch(/@can-tho-pre2025/);
    expect(orgs.filter((o: string) => !/ @[a-z-]+-pre2025→/.test(o))).toEqual([]);
    expect(orgs.join('\n')).not.toMatch(/Đồng Nai/);
    expect(eventsOnAbolishedProvinces.totalCount).toBe(2);
    expect(eventsOnAbolishedProvinces.edges.map((e: any) => `${e.node.title} @${e.node.province.key}`).sort()).toEqual([
      'Giao lưu tại Bình Dương (cũ) @binh-duong-pre2025',
      'Giao lưu tại Quảng Nam (cũ) @quang-nam-pre2025',
    ]);
  });
});

describe('registrations', () => {
  it('expiring and expired registrations', async () => {
    const { registrationAlerts } = await data('{ registrationAlerts(asOf: "2026-11-23", withinDays: 30) { nodes { daysLeft organization { name } registration { type number } } } }');
    expect(registrationAlerts.nodes).toEqual([
      { daysLeft: -691, organization: { name: 'NGO N2' }, registration: { type: 'REPRESENTATIVE_OFFICE', number: 'RO-2' } },
      { daysLeft: 8, organization: { name: 'NGO N1' }, registration: { type: 'OPERATION', number: 'RO-2'.replace('RO-2', 'OP-1') } },
    ]);
  });

  it('the API refuses a registration longer than Decree 58 allows, naming the field and the last allowed day', async () => {
    const { body } = await server.gql(
      'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { id } } }',
      { input: { organizationId: gid('N3'), type: 'OPERATION', issuedOn: '2024-01-01', expiresOn: '2027-06-01' } },
      { authorization: `Bearer ${secretariat}` },
    );
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.expiresOn', message: 'at most 2027-01-01' }] } })]);
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on ForeignNgo { registrations { nodes { number } } } } }', { id: gid('N3') });
    expect(node.registrations.nodes).toEqual([]);
  });

  it('the database refuses a registration longer than Decree 58 allows, should a write bypass the API', async () => {
    const em = server.app.database.orm.em.fork();
    em.create(Registration, { organization: em.getReference(Organization, id.N3), type: RegistrationType.OPERATION, issuedOn: '2024-01-01', expiresOn: '2027-06-01', ...src });
    await expect(em.flush()).rejects.toThrow(/registration_validity/);
  });
});

describe('aid statistics, computed beside the reported figures', () => {
  it('sums by new province, sector, year and country equal the sums by hand', async () => {
    const by = async (grouping: string) => Object.fromEntries((await data(`{ aidStatistics(by: ${grouping}) { key amountUsd } }`)).aidStatistics.map((t: any) => [t.key, t.amountUsd]));
    expect(await by('PROVINCE')).toEqual({ 'ho-chi-minh-city': 130_000, 'ha-noi': 55_000, 'da-nang': 20_000, 'dong-nai': 7_000 });
    expect(await by('SECTOR')).toEqual({ 'health-care': 142_000, 'education-training': 50_000, unknown: 20_000 });
    expect(await by('YEAR')).toEqual({ 2023: 20_000, 2024: 192_000 });
    expect(await by('COUNTRY')).toEqual({ US: 162_000, FR: 30_000, unknown: 20_000 });
    const old = Object.fromEntries((await data('{ aidStatistics(by: PROVINCE, geographyOn: "2025-06-30") { key amountUsd } }')).aidStatistics.map((t: any) => [t.key, t.amountUsd]));
    expect(old['binh-duong-pre2025']).toBe(100_000);
  });

  it('computed and reported figures side by side, never mixed', async () => {
    const { foreignNgoOverview } = await data('{ foreignNgoOverview { ngoCount countryCount aidByYear { key amountUsd } reported(first: 100) { totalCount nodes { metric value unit label sources { citation } } } } }');
    expect(foreignNgoOverview.aidByYear).toEqual([{ key: '2023', amountUsd: 20_000 }, { key: '2024', amountUsd: 192_000 }]);
    expect(foreignNgoOverview.ngoCount).toBeGreaterThanOrEqual(3);
    const reported379 = foreignNgoOverview.reported.nodes.find((f: any) => f.value === 379);
    expect(reported379).toMatchObject({ unit: 'count' });
    expect(reported379.sources.length).toBeGreaterThan(0);
  });

  it('NGO counts by country and sector', async () => {
    const { ngoCounts } = await data('{ ngoCounts(by: "SECTOR") { key ngos } }');
    expect(ngoCounts).toEqual(expect.arrayContaining([{ key: 'health-care', ngos: 2 }, { key: 'education-training', ngos: 1 }]));
  });
});

describe('activity outside registered areas', () => {
  it('flags aid in a province or sector the NGO is not registered for', async () => {
    const { outOfAreaActivities } = await data('query($id: ID) { outOfAreaActivities(organizationId: $id) { nodes { reason province { key } sector { key } } } }', { id: gid('N1') });
    expect(outOfAreaActivities.nodes).toEqual(expect.arrayContaining([
      { reason: 'PROVINCE', province: { key: 'dong-nai' }, sector: { key: 'health-care' } },
      { reason: 'SECTOR', province: { key: 'ha-noi' }, sector: { key: 'health-care' } },
    ]));
    expect(outOfAreaActivities.nodes).toHaveLength(2);
  });
});

describe('remapping intervention areas to today’s provinces', () => {
  const REMAP = `mutation($dry: Boolean!) { remapInterventionAreas(dryRun: $dry) { dryRun runId changes { organization { name } from { key } to { key } outcome } } }`;
  const areas = async () => (await data('{ areasOnAbolishedProvinces { nodes { province { key } organization { name } } } }')).areasOnAbolishedProvinces.nodes.map((a: any) => `${a.organization.name}@${a.province.key}`).sort();

  it('is for the secretariat only', async () => {
    const publicCall = await server.gql(REMAP, { dry: true });
    expect(publicCall.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const readerCall = await server.gql(REMAP, { dry: true }, { authorization: `Bearer ${reader}` });
    expect(readerCall.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await server.gql(REMAP, { dry: true }, { authorization: 'Bearer not-a-token' });
    expect(bad.status).toBe(401);
    expect(bad.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a failure half-way leaves nothing changed', async () => {
    const em = server.app.database.orm.em.fork();
    await em.execute(`create function fail_second_remap() returns trigger language plpgsql as $$
      begin if exists (select 1 from area_remap) or new.outcome = 'MERGED' then raise exception 'induced failure'; end if; return new; end $$`);
    await em.execute('create trigger fail_second_remap before insert on area_remap for each row execute function fail_second_remap()');
    const before = await areas();
    const { body } = await server.gql(REMAP, { dry: false }, { authorization: `Bearer ${secretariat}` });
    expect(body.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    await em.execute('drop trigger fail_second_remap on area_remap; drop function fail_second_remap()');
    expect(await areas()).toEqual(before);
    expect((await em.execute('select count(*)::int as n from area_remap'))[0].n).toBe(0);
  });

  it('dry run shows the changes, the run makes them, a second run changes nothing', async () => {
    // Đà Nẵng kept its name: the area there counts as remapped; Quảng Nam's merges into it.
    expect(await areas()).toEqual(['NGO N1@binh-duong-pre2025', 'NGO N3@quang-nam-pre2025']);
    const dry = (await data(REMAP, { dry: true }, secretariat)).remapInterventionAreas;
    expect(dry).toMatchObject({ dryRun: true, runId: null });
    expect(dry.changes.map((c: any) => `${c.organization.name} ${c.from.key}→${c.to.key} ${c.outcome}`).sort()).toEqual([
      'NGO N1 binh-duong-pre2025→ho-chi-minh-city MOVED',
      'NGO N3 quang-nam-pre2025→da-nang MERGED',
    ]);
    expect(await areas()).toHaveLength(2);

    const run = (await data(REMAP, { dry: false }, secretariat)).remapInterventionAreas;
    expect(run.runId).toEqual(expect.any(String));
    expect(run.changes).toHaveLength(2);
    expect(await areas()).toEqual([]);
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on ForeignNgo { interventionAreas { nodes { province { key } } } } } }', { id: gid('N3') });
    expect(node.interventionAreas.nodes).toEqual([{ province: { key: 'da-nang-pre2025' } }]);

    const again = (await data(REMAP, { dry: false }, secretariat)).remapInterventionAreas;
    expect(again).toEqual({ dryRun: false, runId: null, changes: [] });
    // The statistics and lookups give the same answers after the remap.
    const { foreignNgos } = await data('{ foreignNgos(filter: { province: "Bình Dương" }) { totalCount } }');
    expect(foreignNgos.totalCount).toBe(2);
  });
});
