import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { ProvinceGeneration, ProvinceLevel } from '../../src/modules/province/province.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 13, items 7 and 8, on the real provinces (the seed) and on lists made by hand:
 *   - every new unit's predecessors, in one list as alone;
 *   - every province argument takes a key, a code or a name, old or new, and says which argument is wrong;
 *   - lists by name in Vietnamese order, on the first page and across pages, both directions.
 *
 * The organizations, children of one parent, in the order a Vietnamese reader expects (worked out by
 * hand: a ă â b … d đ e ê …, words one by one, then the tones ngang huyền hỏi ngã sắc nặng). Code-point
 * order would put every name beginning with Ă Â Đ Ê Ô Ơ Ư, and "… – Ấn Độ", after the plain letters.
 */
const ORDERED = [
  'An Phú',
  'Anh Ngữ Quốc tế',
  'Ăn Uống Xanh',
  'Âm Nhạc Hữu nghị',
  'Bạn Bè Quốc tế',
  'Da Cam Nhân đạo',
  'Dân Tộc Việt',
  'Đoàn Kết',
  'Em Bé Việt',
  'Ê Kíp Trẻ',
  'Gà Vàng',
  'Hội Hữu nghị Việt Nam – Anh',
  'Hội Hữu nghị Việt Nam – Ấn Độ',
  'Hội Hữu nghị Việt Nam – Trung Quốc',
  'Hội Ma',
  'Hội Mà',
  'Hội Mả',
  'Hội Mã',
  'Hội Má',
  'Hội Mạ',
  'Oanh Vàng',
  'Ô Tô Xanh',
  'Ơn Nghĩa',
  'Uy Tín',
  'Ưu Việt',
];
/** Persons among the real ones, in Vietnamese order (a < ă < â, d < đ, ă < i, u < ư). */
const PERSONS = ['An Thị Hoa', 'Ăng Thị Kim', 'Âu Văn Nam', 'Bùi Thị Cúc', 'Dương Thị Hoa', 'Đặng Văn Lâm', 'Đinh Thị Mai', 'Uông Thị Bảy', 'Ưng Văn Sáu'];

/** Partner businesses and the province each is recorded on. */
const PARTNERS: Record<string, string> = { 'Partner on Bình Dương': 'binh-duong-pre2025', 'Partner on HCMC': 'ho-chi-minh-city', 'Partner on Hà Nội': 'ha-noi' };

/** Inserted in an order that is neither the expected one nor code-point order. */
const shuffled = <T>(items: readonly T[]) => items.map((item, i) => ({ item, k: (i * 7) % items.length })).sort((a, b) => a.k - b.k).map(({ item }) => item);

let server: TestServer;
const id: Record<string, string> = {};
let secretariat: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer('behaviour_provinces_order', { env: { WRITE_RATE_LIMIT: '200' } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const parent = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameEn: 'Fixture parent of the ordered list', ...src });
    const children = shuffled(ORDERED).map((nameVi) => tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi, parent, ...src }));
    // Partners located on an old unit, on its successor and elsewhere; each child has one of them.
    const partners = await Promise.all(Object.entries(PARTNERS).map(async ([nameEn, key]) => tx.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn, province: await tx.findOneOrFail(Province, { key }), ...src })));
    children.forEach((organization, i) => tx.create(Partnership, { organization, partnerOrganization: partners[i % partners.length], kind: PartnershipKind.NEW, status: PartnershipStatus.ACTIVE, ...src }));
    for (const fullName of shuffled(PERSONS)) tx.create(Person, { fullName, ...src });
    const ngo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Fixture NGO for provinces', ...src });
    await tx.flush();
    id.parent = toGlobalId('Organization', parent.id);
    id.parentKey = parent.id;
    id.ngo = toGlobalId('Organization', ngo.id);
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  secretariat = { authorization: `Bearer ${await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' })}` };
});
afterAll(() => server.stop());

async function data(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const { body } = await server.gql(query, variables, headers);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function refusal(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const { body } = await server.gql(query, variables, headers);
  // a mutation's payload is non-null (data: null); a refused lookup is a null field beside the rest
  if (body.data) expect(Object.values(body.data)).toEqual(Object.keys(body.data).map(() => null));
  expect(body.errors).toHaveLength(1);
  return body.errors![0];
}

describe('the predecessors of the 34 new units', () => {
  it('listed in one query, every new unit has the same predecessors as when asked for alone, and all 63 old units are someone’s', async () => {
    // The whole list, as the issue asked it: the old units are in the same batch as their successors.
    const { provinces } = await data('{ provinces { key generation predecessors { key } } }');
    const units = provinces.filter((p: any) => p.generation === 'POST_2025');
    expect(units).toHaveLength(34);
    const listed = new Map<string, string[]>(units.map((p: any) => [p.key, p.predecessors.map((q: any) => q.key)]));
    for (const [key, predecessors] of listed) {
      const { province } = await data('query($key: String!) { province(key: $key) { predecessors { key } } }', { key });
      expect({ key, predecessors }).toEqual({ key, predecessors: province.predecessors.map((q: any) => q.key) });
      expect({ key, empty: predecessors.length === 0 }).toEqual({ key, empty: false });
    }
    const all = [...listed.values()].flat();
    expect(all).toHaveLength(63);
    expect(new Set(all).size).toBe(63);
    expect(all.every((key) => key.endsWith('-pre2025'))).toBe(true);
  });

  it('the list of the 34 alone gives the same predecessors as the list of all 97, each in Vietnamese order (Bà Rịa – Vũng Tàu, Bình Dương, Thành phố Hồ Chí Minh)', async () => {
    const { provinces } = await data('{ provinces { key predecessors { key nameVi } } }');
    expect(provinces).toHaveLength(97);
    const alone = (await data('{ provinces(filter: { generation: POST_2025 }) { key predecessors { key nameVi } } }')).provinces;
    expect(alone).toEqual(provinces.filter((p: any) => alone.some((q: any) => q.key === p.key)));
    const hcmc = provinces.find((p: any) => p.key === 'ho-chi-minh-city');
    expect(hcmc.predecessors.map((p: any) => p.key)).toEqual(['ba-ria-vung-tau-pre2025', 'binh-duong-pre2025', 'ho-chi-minh-city-pre2025']);
    const old = provinces.filter((p: any) => p.key.endsWith('-pre2025'));
    expect(old.every((p: any) => p.predecessors.length === 0)).toBe(true);
    expect(provinces.filter((p: any) => !p.key.endsWith('-pre2025')).flatMap((p: any) => p.predecessors)).toHaveLength(63);
  });
});

describe('a province argument takes a key, a code or a name, old or new', () => {
  const KEY = 'query($key: String!, $on: Date) { province(key: $key, validOn: $on) { key } }';
  const keyOf = async (key: string, on?: string) => (await data(KEY, { key, on })).province.key;

  it.each([
    ['binh-duong-pre2025', 'binh-duong-pre2025'], // old key
    ['binh-duong', 'binh-duong-pre2025'], // the old unit's name in key form (issue 13: was NOT_FOUND)
    ['Bình Dương', 'binh-duong-pre2025'],
    ['binh duong', 'binh-duong-pre2025'],
    ['BÌNH DƯƠNG', 'binh-duong-pre2025'],
    ['tỉnh Bình Dương', 'binh-duong-pre2025'],
    ['ho-chi-minh-city', 'ho-chi-minh-city'], // new key
    ['Thành phố Hồ Chí Minh', 'ho-chi-minh-city'],
    ['Hồ Chí Minh', 'ho-chi-minh-city'],
    ['ho chi minh', 'ho-chi-minh-city'],
    ['Ho Chi Minh City', 'ho-chi-minh-city'],
    ['79', 'ho-chi-minh-city'], // code, shared with the old unit: today's
    ['Hanoi', 'ha-noi'],
    ['ha noi', 'ha-noi'],
    ['Thừa Thiên Huế', 'hue-pre2025'], // a former name of the old unit only
    ['Tuyên Quang', 'tuyen-quang'], // a name kept by the successor: today's unit
    ['tuyen quang', 'tuyen-quang'],
    ['Hà Giang', 'ha-giang-pre2025'], // an old name only: the old unit, on any date
    // the short names the sources write for Hồ Chí Minh City (HCMC; TP HCM), as people type them
    ['hcmc', 'ho-chi-minh-city'],
    ['HCMC', 'ho-chi-minh-city'],
    ['TP HCM', 'ho-chi-minh-city'],
    ['TP.HCM', 'ho-chi-minh-city'],
    ['tp. hcm', 'ho-chi-minh-city'],
  ])('%s → %s', async (text, key) => {
    expect(await keyOf(text)).toBe(key);
  });

  it('a date picks among units sharing a name or code', async () => {
    expect(await keyOf('Tuyên Quang', '2024-01-01')).toBe('tuyen-quang-pre2025');
    expect(await keyOf('Tuyên Quang', '2025-06-30')).toBe('tuyen-quang-pre2025');
    expect(await keyOf('Tuyên Quang', '2025-07-01')).toBe('tuyen-quang');
    expect(await keyOf('79', '2025-06-30')).toBe('ho-chi-minh-city-pre2025');
    expect(await keyOf('HCMC', '2025-06-30')).toBe('ho-chi-minh-city-pre2025');
    expect(await keyOf('Hà Giang', '2030-01-01')).toBe('ha-giang-pre2025');
    // a key is exact whatever the date
    expect(await keyOf('tuyen-quang', '2020-01-01')).toBe('tuyen-quang');
  });

  it('an unknown province is NOT_FOUND and an empty one BAD_USER_INPUT, naming the argument; a part of a name is not a name', async () => {
    for (const key of ['Atlantis', 'Hà', 'binh']) {
      const error = await refusal(KEY, { key });
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'key', message: 'no such province' }] });
    }
    expect((await refusal(KEY, { key: ' – ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'key' }] });
  });

  it('the filters read a province by the one rule of the lookup: short names too', async () => {
    expect((await data('{ foreignNgos(filter: { province: "TP.HCM" }) { totalCount } }')).foreignNgos.totalCount).toBe((await data('{ foreignNgos(filter: { province: "ho-chi-minh-city" }) { totalCount } }')).foreignNgos.totalCount);
    const { partnerships } = await data('{ partnerships(first: 100, filter: { partnerProvinceKeys: ["HCMC"] }) { edges { node { partnerOrganization { name } } } } }');
    expect(new Set(partnerships.edges.map((e: any) => e.node.partnerOrganization.name))).toEqual(new Set(['Partner on Bình Dương', 'Partner on HCMC']));
  });

  it('the foreignNgos filter reads names as before, and names its argument when unknown', async () => {
    const error = await refusal('{ foreignNgos(filter: { province: "Atlantis" }) { totalCount } }');
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'filter.province' }] });
  });
});

describe('the partnerProvinceKeys filter', () => {
  const NESTED = `query($parent: ID!, $first: Int!, $provinces: [String!]) { organizations(first: $first, filter: { parentId: $parent }) { edges { node {
    partnerships(first: 2, filter: { partnerProvinceKeys: $provinces }) { edges { node { partnerOrganization { name } } } } } } } }`;
  const partnersIn = async (provinces: string[], first = 25) => {
    server.resetQueries();
    const { organizations } = await data(NESTED, { parent: id.parent, first, provinces });
    const names = organizations.edges.flatMap((e: any) => e.node.partnerships.edges.map((p: any) => p.node.partnerOrganization.name));
    return { names: [...new Set(names)].sort(), statements: server.queries.length };
  };

  it('takes keys, codes and names; a new unit takes in the old units merged into it, an old unit is itself alone', async () => {
    expect((await partnersIn(['Hồ Chí Minh'])).names).toEqual(['Partner on Bình Dương', 'Partner on HCMC']);
    expect((await partnersIn(['79'])).names).toEqual(['Partner on Bình Dương', 'Partner on HCMC']);
    expect((await partnersIn(['binh duong'])).names).toEqual(['Partner on Bình Dương']);
    expect((await partnersIn(['ha-noi', 'Bình Dương'])).names).toEqual(['Partner on Bình Dương', 'Partner on Hà Nội']);
    const { partnerships } = await data('{ partnerships(first: 100, filter: { partnerProvinceKeys: ["Hà Nội"] }) { edges { node { partnerOrganization { name } } } } }');
    expect(new Set(partnerships.edges.map((e: any) => e.node.partnerOrganization.name))).toEqual(new Set(['Partner on Hà Nội']));
  });

  it('costs the same statements for 2 parents as for 25', async () => {
    const two = await partnersIn(['Hồ Chí Minh', 'ha noi'], 2);
    const all = await partnersIn(['Hồ Chí Minh', 'ha noi'], 25);
    expect(all.names).toEqual(['Partner on Bình Dương', 'Partner on HCMC', 'Partner on Hà Nội']);
    expect(all.statements).toBe(two.statements);
  });

  it('an unknown province is NOT_FOUND naming the filter', async () => {
    const { body } = await server.gql('{ partnerships(filter: { partnerProvinceKeys: ["Atlantis"] }) { totalCount } }');
    expect(body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'filter.partnerProvinceKeys' }] });
  });
});

describe('province inputs of the mutations', () => {
  const ADD = 'mutation($input: AddInterventionAreaInput!) { addInterventionArea(input: $input) { interventionArea { province { key } } } }';
  const add = async (provinceKey: string) => (await data(ADD, { input: { organizationId: id.ngo, provinceKey } }, secretariat)).addInterventionArea.interventionArea.province.key;

  it('addInterventionArea takes a province by name, with or without diacritics, by code, or by key', async () => {
    expect(await add('Hà Nội')).toBe('ha-noi');
    expect(await add('tuyen quang')).toBe('tuyen-quang'); // today's unit, not the abolished one of the same name
    expect(await add('79')).toBe('ho-chi-minh-city');
    expect(await add('da-nang')).toBe('da-nang');
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on ForeignNgo { interventionAreas { nodes { province { key } } } } } }', { id: id.ngo });
    expect(node.interventionAreas.nodes.map((a: any) => a.province.key).sort()).toEqual(['da-nang', 'ha-noi', 'ho-chi-minh-city', 'tuyen-quang']);
  });

  it('addInterventionArea refuses an abolished, an unknown or an empty province, naming input.provinceKey', async () => {
    const abolished = await refusal(ADD, { input: { organizationId: id.ngo, provinceKey: 'Bình Dương' } }, secretariat);
    expect(abolished.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey', message: 'abolished: use ho-chi-minh-city' }] });
    const unknown = await refusal(ADD, { input: { organizationId: id.ngo, provinceKey: 'Atlantis' } }, secretariat);
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey', message: 'no such province' }] });
    const empty = await refusal(ADD, { input: { organizationId: id.ngo, provinceKey: '' } }, secretariat);
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey', message: 'empty' }] });
  });

  it('recordAid reads a shared name in the geography of the aid’s year', async () => {
    const RECORD = 'mutation($input: RecordAidInput!) { recordAid(input: $input) { aidRecord { province { key } } } }';
    const aid = async (year: number, provinceKey: string) => (await data(RECORD, { input: { organizationId: id.ngo, year, amountUsd: 100, provinceKey } }, secretariat)).recordAid.aidRecord.province.key;
    expect(await aid(2020, 'Tuyên Quang')).toBe('tuyen-quang-pre2025');
    expect(await aid(2025, 'Tuyên Quang')).toBe('tuyen-quang');
  });

  it('createEvent reads a shared name on the event’s date; createOrganization today', async () => {
    const EVENT = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { province { key } } } }';
    const event = async (startDate: string, provinceKey: string) =>
      (await data(EVENT, { input: { kind: 'MEETING', title: `Meeting ${startDate}`, startDate, organizerIds: [id.parent], provinceKey } }, secretariat)).createEvent.event.province.key;
    expect(await event('2024-05-01', 'Tuyên Quang')).toBe('tuyen-quang-pre2025');
    expect(await event('2026-05-01', 'Tuyên Quang')).toBe('tuyen-quang');
    const ORG = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id province { key } } } }';
    const { createOrganization } = await data(ORG, { input: { kind: 'LOCAL_UNION', nameVi: 'Liên hiệp fixture Đà Nẵng', provinceKey: 'Đà Nẵng' } }, secretariat);
    expect(createOrganization.organization.province.key).toBe('da-nang');
    // The audit entry records what was written: the name, not the sort key the database derives from it.
    const { auditTrail } = await data('query($id: ID!) { auditTrail(entityId: $id) { nodes { action after } } }', { id: createOrganization.organization.id }, secretariat);
    expect(auditTrail.nodes).toEqual([{ action: 'CREATE', after: expect.objectContaining({ nameVi: 'Liên hiệp fixture Đà Nẵng' }) }]);
    expect(Object.keys(auditTrail.nodes[0].after)).not.toContain('nameSort');
    const unknown = await refusal(EVENT, { input: { kind: 'MEETING', title: 'Nowhere', startDate: '2026-01-01', organizerIds: [id.parent], provinceKey: 'Atlantis' } }, secretariat);
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey' }] });
  });
});

describe('lists by name in Vietnamese order', () => {
  const PAGE = `query($parent: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: OrganizationOrder) {
    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: { parentId: $parent }) {
      edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const page = async (variables: Record<string, unknown>) => (await data(PAGE, { parent: id.parent, ...variables })).organizations;
  const names = (connection: any): string[] => connection.edges.map((e: any) => e.node.name);
  const REVERSED = [...ORDERED].reverse();

  it('the hand-made order is also ICU’s Vietnamese collation, and is not code-point order', () => {
    expect([...ORDERED].sort(new Intl.Collator('vi').compare)).toEqual(ORDERED);
    expect([...ORDERED].sort()).not.toEqual(ORDERED);
    expect([...PERSONS].sort(new Intl.Collator('vi').compare)).toEqual(PERSONS);
  });

  it('the first page, ascending and descending', async () => {
    expect(names(await page({ first: 100 }))).toEqual(ORDERED);
    expect(names(await page({ first: 5 }))).toEqual(ORDERED.slice(0, 5));
    expect(names(await page({ first: 5, orderBy: { field: 'NAME', direction: 'DESC' } }))).toEqual(REVERSED.slice(0, 5));
    // "… – Ấn Độ" right after "… – Anh", before "… – Trung Quốc"
    const all = names(await page({ first: 100 }));
    expect(all.indexOf('Hội Hữu nghị Việt Nam – Ấn Độ')).toBe(all.indexOf('Hội Hữu nghị Việt Nam – Trung Quốc') - 1);
  });

  it.each([
    ['ascending', undefined, ORDERED],
    ['descending', { field: 'NAME', direction: 'DESC' }, REVERSED],
  ])('%s, page by page with cursors forwards, then backwards', async (_, orderBy, expected) => {
    const forward: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const connection = await page({ first: 4, after, orderBy });
      forward.push(...names(connection));
      expect(connection.pageInfo.hasPreviousPage).toBe(pages > 0);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const connection = await page({ last: 4, before, orderBy });
      backward.unshift(...names(connection));
      if (!connection.pageInfo.hasPreviousPage) break;
      before = connection.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it('a page after a cursor in the middle: the names that follow it in Vietnamese order', async () => {
    const all = await page({ first: 100 });
    const at = ORDERED.indexOf('Ăn Uống Xanh');
    expect(names(await page({ first: 3, after: all.edges[at].cursor }))).toEqual(ORDERED.slice(at + 1, at + 4));
    const desc = await page({ first: 100, orderBy: { field: 'NAME', direction: 'DESC' } });
    const back = REVERSED.indexOf('Đoàn Kết');
    expect(names(await page({ first: 3, after: desc.edges[back].cursor, orderBy: { field: 'NAME', direction: 'DESC' } }))).toEqual(REVERSED.slice(back + 1, back + 4));
  });

  it('a nested list (an organization’s children) sorts the same way', async () => {
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on Organization { children(first: 100) { edges { node { name } } } } } }', { id: id.parent });
    expect(node.children.edges.map((e: any) => e.node.name)).toEqual(ORDERED);
  });

  it('persons, across pages, in Vietnamese order', async () => {
    const all: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const { persons } = await data('query($after: String) { persons(first: 40, after: $after) { edges { node { fullName } } pageInfo { hasNextPage endCursor } } }', { after });
      all.push(...persons.edges.map((e: any) => e.node.fullName));
      if (!persons.pageInfo.hasNextPage) break;
      after = persons.pageInfo.endCursor;
    }
    expect(all.filter((name) => PERSONS.includes(name))).toEqual(PERSONS);
  });

  it('provinces by Vietnamese name: An Giang first, Đà Nẵng and Đắk Lắk after Cần Thơ, before Điện Biên', async () => {
    const { provinces } = await data('{ provinces(filter: { generation: POST_2025 }) { nameVi } }');
    const list: string[] = provinces.map((p: any) => p.nameVi);
    expect(list[0]).toBe('An Giang');
    // by the name proper: "Thành phố" says what kind of unit it is
    const proper = (name: string) => name.replace(/^Thành phố /, '');
    expect(list).toEqual([...list].sort((a, b) => new Intl.Collator('vi').compare(proper(a), proper(b))));
    const at = (name: string) => list.indexOf(name);
    expect(at('Cần Thơ')).toBeLessThan(at('Đà Nẵng'));
    expect(at('Đà Nẵng')).toBeLessThan(at('Đắk Lắk'));
    expect(at('Đắk Lắk')).toBeLessThan(at('Điện Biên'));
    expect(at('Điện Biên')).toBeLessThan(at('Gia Lai'));
  });

  it('a name with “Thành phố” sorts by the name proper: Hồ Chí Minh among the H’s, not under T', async () => {
    const { provinces } = await data('{ provinces(filter: { generation: POST_2025 }) { nameVi } }');
    const list: string[] = provinces.map((p: any) => p.nameVi);
    // worked out by hand: Hà Nội, Hà Tĩnh, Hải Phòng (a), Hồ Chí Minh (ô), Huế (u), Hưng Yên (ư); Tây Ninh, Thái Nguyên, Thanh Hóa (t)
    expect(list.slice(list.indexOf('Hà Nội'), list.indexOf('Hưng Yên') + 1)).toEqual(['Hà Nội', 'Hà Tĩnh', 'Hải Phòng', 'Thành phố Hồ Chí Minh', 'Huế', 'Hưng Yên']);
    expect(list.slice(list.indexOf('Tây Ninh'), list.indexOf('Thanh Hóa') + 1)).toEqual(['Tây Ninh', 'Thái Nguyên', 'Thanh Hóa']);
    // the old unit sorts the same way, and the successor's predecessors with it
    const all: string[] = (await data('{ provinces(filter: { generation: PRE_2025 }) { nameVi } }')).provinces.map((p: any) => p.nameVi);
    expect(all.slice(all.indexOf('Hòa Bình'), all.indexOf('Hòa Bình') + 4)).toEqual(['Hòa Bình', 'Thành phố Hồ Chí Minh', 'Huế', 'Hưng Yên']);
    const { province } = await data('{ province(key: "ho-chi-minh-city") { predecessors { nameVi } } }');
    expect(province.predecessors.map((p: any) => p.nameVi)).toEqual(['Bà Rịa – Vũng Tàu', 'Bình Dương', 'Thành phố Hồ Chí Minh']);
  });

  it('countries and sectors by English name in the same order', async () => {
    const { countries, sectors } = await data('{ countries { nameEn } sectors { nameEn } }');
    for (const list of [countries.map((c: any) => c.nameEn), sectors.map((s: any) => s.nameEn)]) {
      expect(list.length).toBeGreaterThan(3);
      expect(list).toEqual([...list].sort(new Intl.Collator('vi').compare));
    }
  });
});

describe('a unit’s level follows its later changes of status, with the date each took effect', () => {
  const LEVEL = 'query($key: String!, $asOf: Date) { province(key: $key) { level(asOf: $asOf) levelSince(asOf: $asOf) { text } } }';
  const levelOf = async (key: string, asOf?: string) => (await data(LEVEL, { key, asOf })).province;

  it('Đồng Nai a centrally-run city from 30 April 2026 (Resolution 30/2026/QH16), Quảng Ninh from 1 September 2026 (36/2026/QH16)', async () => {
    expect(await levelOf('dong-nai', '2025-07-01')).toEqual({ level: 'PROVINCE', levelSince: null });
    expect(await levelOf('dong-nai', '2026-04-29')).toEqual({ level: 'PROVINCE', levelSince: null });
    expect(await levelOf('dong-nai', '2026-04-30')).toEqual({ level: 'MUNICIPALITY', levelSince: { text: '2026-04-30' } });
    expect(await levelOf('quang-ninh', '2026-08-31')).toEqual({ level: 'PROVINCE', levelSince: null });
    expect(await levelOf('quang-ninh', '2026-09-01')).toEqual({ level: 'MUNICIPALITY', levelSince: { text: '2026-09-01' } });
    expect(await levelOf('quang-ninh', '2027-01-01')).toEqual({ level: 'MUNICIPALITY', levelSince: { text: '2026-09-01' } });
    // the old units keep theirs; a city formed so has no change
    expect(await levelOf('dong-nai-pre2025', '2027-01-01')).toEqual({ level: 'PROVINCE', levelSince: null });
    expect(await levelOf('ha-noi', '2027-01-01')).toEqual({ level: 'MUNICIPALITY', levelSince: null });
  });

  it('the 34 units: 6 cities and 28 provinces on 1 July 2025, 7 and 27 from 30 April 2026, 8 and 26 from 1 September 2026', async () => {
    const q = 'query($asOf: Date) { provinces(filter: { generation: POST_2025 }) { key level(asOf: $asOf) } }';
    const cities = async (asOf: string) => (await data(q, { asOf })).provinces.filter((p: any) => p.level === 'MUNICIPALITY').map((p: any) => p.key).sort();
    const six = ['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh-city', 'hue'];
    expect(await cities('2025-07-01')).toEqual(six);
    expect(await cities('2026-04-30')).toEqual([...six, 'dong-nai'].sort());
    expect(await cities('2026-09-01')).toEqual([...six, 'dong-nai', 'quang-ninh'].sort());
  });
});

describe('an ambiguous province', () => {
  it('a name two units valid on the same date share is BAD_USER_INPUT naming the argument and both keys', async () => {
    const em = server.app.database.orm.em.fork();
    em.create(Province, { key: 'fixture-lang-son-twin', nameVi: 'Lạng Sơn', level: ProvinceLevel.PROVINCE, generation: ProvinceGeneration.POST_2025, validFrom: '2025-07-01', sourceCitations: ['fixture'] });
    await em.flush();
    const error = await refusal('{ province(key: "Lạng Sơn") { key } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'key', message: 'ambiguous: fixture-lang-son-twin, lang-son' }] });
    // before the merger only the old unit existed: no ambiguity
    expect((await data('{ province(key: "Lạng Sơn", validOn: "2025-01-01") { key } }')).province.key).toBe('lang-son-pre2025');
    // and a key is never ambiguous
    expect((await data('{ province(key: "lang-son") { key } }')).province.key).toBe('lang-son');
  });
});
