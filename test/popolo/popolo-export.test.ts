import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { fromGlobalId, toGlobalId } from '../../src/relay/global-id.js';
import { popoloValidators } from '../support/popolo-schemas.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, item 2: the directory in Popolo JSON. The export validates against the Popolo JSON schemas
 * (test/fixtures/popolo, from popolo-spec), round-trips the real seed's persons and memberships (every one,
 * compared with what the GraphQL API answers, and a few checked by hand against FACTS.md), carries each
 * record's sources and identifiers, says where and when it was made, and shows contact details only to a
 * caller who may see them.
 */
let server: TestServer;
const token: Record<string, string> = {};
const validators = popoloValidators();

type Doc = { meta: Record<string, any>; persons: any[]; organizations: any[]; memberships: any[]; posts: any[] };

async function exportOf(path = '/export/popolo.json', who?: string): Promise<{ status: number; headers: Headers; doc: Doc }> {
  const response = await fetch(`${server.url}${path}`, { headers: who ? { authorization: `Bearer ${token[who]}` } : {} });
  return { status: response.status, headers: response.headers, doc: (await response.json()) as Doc };
}
async function read(query: string, variables: Record<string, unknown> = {}, who = 'secretariat'): Promise<any> {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${token[who]}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Every object of the document against its Popolo class; the errors say which object failed and why. */
function schemaErrors(doc: Doc): string[] {
  const classes = [['person', doc.persons], ['organization', doc.organizations], ['membership', doc.memberships], ['post', doc.posts]] as const;
  return classes.flatMap(([name, objects]) =>
    objects.flatMap((object) => (validators[name](object) ? [] : [`${name} ${object.id}: ${JSON.stringify(validators[name].errors)}`])),
  );
}

let associationKey = '';
beforeAll(async () => {
  server = await startTestServer('popolo', { seed: true });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  const usa = (await read('{ organizations(first: 1, filter: { search: "Vietnam USA Society" }) { edges { node { id } } } }')).organizations.edges[0].node.id;
  associationKey = fromGlobalId(usa).id;
  token.reader = await issueToken(authSecret, { role: 'READER', subject: 'reader-usa', organizationId: associationKey });
}, 180_000);
afterAll(() => server.stop());

describe('GET /export/popolo.json', () => {
  it('is valid Popolo: every person, organization, membership and post against the Popolo JSON schemas', async () => {
    const { status, headers, doc } = await exportOf();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    expect(doc.persons.length).toBeGreaterThan(50);
    expect(doc.memberships.length).toBeGreaterThan(50);
    expect(doc.posts.length).toBeGreaterThan(10);
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('the validation is not vacuous: the schemas refuse what Popolo does not allow', () => {
    expect(validators.membership({ id: 'x', start_date: '17/03/2023' })).toBe(false);
    expect(validators.person({ id: 'x', sources: [{ note: 'no url' }] })).toBe(false);
    expect(validators.organization({ id: 'x', identifiers: [{ scheme: 'XM-DAC' }] })).toBe(false);
    expect(validators.person({ id: 'x', sources: [{ url: 'not a uri at all' }] })).toBe(false);
    expect(validators.post({ id: 'x', start_date: '2023-1' })).toBe(false);
  });

  it('names its source and date, and what the caller could see', async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const { doc } = await exportOf();
    expect(doc.meta).toMatchObject({ source: `${server.url}/export/popolo.json`, specification: 'http://www.popoloproject.com/specs/', scope: 'the whole directory' });
    expect(doc.meta.title).toMatch(/^Amity — directory of Vietnam’s people-to-people diplomacy network: Popolo export$/);
    expect(doc.meta.generated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(doc.meta.generated_at >= before.slice(0, 19)).toBe(true);
    expect(doc.meta.visibility).toMatch(/^public: public fields only/);
  });

  it('round-trips the seed’s persons: the same people as the API, by ID and name, none synthetic', async () => {
    const { doc } = await exportOf();
    const em = server.app.database.orm.em.fork();
    expect(doc.persons).toHaveLength(await em.count(Person, { synthetic: false }));
    const api: { id: string; fullName: string }[] = [];
    let after: string | null = null;
    do {
      const page: any = (await read('query($after: String) { persons(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id fullName } } } }', { after })).persons;
      api.push(...page.edges.map((e: any) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(doc.persons.map((p) => [p.id, p.name]).sort()).toEqual(api.map((p) => [p.id, p.fullName]).sort());
  });

  it('round-trips every membership of a person: role, title, dates and organization or body as the API answers them', async () => {
    const { doc } = await exportOf();
    const em = server.app.database.orm.em.fork();
    const personal = doc.memberships.filter((m) => m.person_id);
    expect(personal).toHaveLength(await em.count(Membership, { synthetic: false }));
    const ids = personal.map((m) => m.id);
    const api: any[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      const { nodes } = await read('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Membership { id role title since { text } until { text } person { id } organization { id } body { id } sources { citation } } } }', { ids: ids.slice(i, i + 100) });
      api.push(...nodes);
    }
    const fromApi = api.map((m) => ({
      id: m.id, person_id: m.person.id, organization_id: m.body?.id ?? m.organization.id, role: m.role.toLowerCase().replace(/_/g, ' '),
      label: m.title ?? undefined, start_date: m.since?.text, end_date: m.until?.text, sources: m.sources.map((s: any) => s.citation),
    }));
    const exported = personal.map((m) => ({ id: m.id, person_id: m.person_id, organization_id: m.organization_id, role: m.role, label: m.label, start_date: m.start_date, end_date: m.end_date, sources: m.sources.map((s: any) => s.note) }));
    expect(exported).toEqual(fromApi);
    // every ID a membership names is in the document
    const organizations = new Set(doc.organizations.map((o) => o.id));
    const persons = new Set(doc.persons.map((p) => p.id));
    const posts = new Set(doc.posts.map((p) => p.id));
    expect(doc.memberships.filter((m) => !organizations.has(m.organization_id) || (m.person_id && !persons.has(m.person_id)) || (m.post_id && !posts.has(m.post_id)))).toEqual([]);
    expect(doc.organizations.filter((o) => o.parent_id && !organizations.has(o.parent_id))).toEqual([]);
  });

  it('hand-checked memberships (FACTS.md): VUFO’s presidents, and three associations’ presidents', async () => {
    const { doc } = await exportOf();
    const organization = new Map(doc.organizations.map((o) => [o.id, o]));
    const held = (name: string) => {
      const person = doc.persons.find((p) => p.name === name);
      expect(person).toBeDefined();
      return doc.memberships
        .filter((m) => m.person_id === person.id)
        .map((m) => `${m.role} | ${organization.get(m.organization_id).name} | ${m.start_date ?? ''} – ${m.end_date ?? ''}`)
        .sort();
    };
    expect(held('Nguyễn Phương Nga')).toEqual(expect.arrayContaining([
      'president | Liên hiệp các tổ chức hữu nghị Việt Nam | 2019-02 – 2019-12-05',
      'president | Liên hiệp các tổ chức hữu nghị Việt Nam | 2019-12-05 – 2023',
    ]));
    expect(held('Phan Chí Hiếu')).toContain('president | Hội Hữu nghị Việt Nam – Nga | 2023-09-30 – 2028');
    expect(held('Pham Quang Vinh')).toContain('president | Hội Việt – Mỹ | 2021-12-03 – 2026');
    expect(held('Nguyễn Thế Thảo')).toContain('president | Hội Hữu nghị Việt Nam – Ba Lan | 2020 – 2025');
    // the post of the membership is VUFO's presidency, shared by its holders
    const vufo = doc.organizations.find((o) => o.name === 'Liên hiệp các tổ chức hữu nghị Việt Nam');
    const presidency = doc.posts.filter((p) => p.organization_id === vufo.id && p.role === 'president');
    expect(presidency).toHaveLength(1);
    const holders = doc.memberships.filter((m) => m.post_id === presidency[0].id).map((m) => doc.persons.find((p) => p.id === m.person_id).name);
    expect(holders).toEqual(expect.arrayContaining(['Vũ Xuân Hồng', 'Nguyễn Phương Nga', 'Phan Anh Son']));
  });

  it('every record carries its sources: web addresses as links, other citations as data: URIs holding the citation', async () => {
    const { doc } = await exportOf();
    const records = [...doc.persons, ...doc.organizations, ...doc.memberships.filter((m) => m.person_id)];
    expect(records.filter((r) => !r.sources?.length)).toEqual([]);
    const vinh = doc.memberships.find((m) => m.person_id === doc.persons.find((p) => p.name === 'Pham Quang Vinh').id);
    expect(vinh.sources).toEqual(expect.arrayContaining([{ url: expect.stringMatching(/^https:\/\/thoidai\.com\.vn\/cung-co-to-chuc/), note: expect.stringMatching(/^thoidai\.com\.vn\/cung-co-to-chuc/) }]));
    const documentary = doc.organizations.flatMap((o) => o.sources).find((s: any) => s.note.startsWith('Source document'));
    expect(documentary).toBeDefined();
    expect(decodeURIComponent(documentary.url.replace(/^data:text\/plain;charset=utf-8,/, ''))).toBe(documentary.note);
  });

  it('bodies are organizations under their organization; an association’s membership of the Union names it as member', async () => {
    const { doc } = await exportOf();
    const vufo = doc.organizations.find((o) => o.name === 'Liên hiệp các tổ chức hữu nghị Việt Nam');
    const bodies = doc.organizations.filter((o) => o.parent_id === vufo.id && o.classification === 'standing committee');
    expect(bodies.length).toBeGreaterThan(0);
    const usa = doc.organizations.find((o) => o.name === 'Hội Việt – Mỹ');
    expect(usa.other_names).toEqual(expect.arrayContaining([{ name: 'Vietnam–USA Society', note: 'English' }]));
    expect(doc.memberships).toContainEqual(expect.objectContaining({ member: { '@type': 'Organization', id: usa.id }, organization_id: vufo.id, role: 'member' }));
  });
});

describe('what the caller may see', () => {
  beforeAll(async () => {
    const person = (await read('{ persons(first: 1, filter: { search: "Pham Quang Vinh" }) { edges { node { id } } } }')).persons.edges[0].node.id;
    const add = 'mutation($input: AddContactPointInput!) { addContactPoint(input: $input) { contactPoint { id } } }';
    await read(add, { input: { personId: person, kind: 'EMAIL', value: 'secretariat-only@example.org' } });
    await read(add, { input: { personId: person, organizationId: toGlobalId('Organization', associationKey), kind: 'PHONE', value: '+84 24 0000 0001', label: 'office' } });
  });

  const contactsIn = (doc: Doc) => doc.persons.flatMap((p) => (p.contact_details ?? []).map((c: any) => `${p.name} ${c.type} ${c.value}`)).sort();

  it('the public gets no contact details, and a cacheable answer', async () => {
    const { doc, headers } = await exportOf();
    expect(contactsIn(doc)).toEqual([]);
    expect(headers.get('cache-control')).toMatch(/^public/);
    expect(headers.get('vary')).toMatch(/Authorization/);
  });

  it('the secretariat gets every contact detail; a reader only those its organization recorded; never cached', async () => {
    const secretariat = await exportOf('/export/popolo.json', 'secretariat');
    expect(contactsIn(secretariat.doc)).toEqual(['Pham Quang Vinh email secretariat-only@example.org', 'Pham Quang Vinh voice +84 24 0000 0001']);
    expect(secretariat.doc.meta.visibility).toMatch(/^the secretariat’s/);
    expect(secretariat.headers.get('cache-control')).toBe('private, no-store');
    expect(schemaErrors(secretariat.doc)).toEqual([]);
    const reader = await exportOf('/export/popolo.json', 'reader');
    expect(contactsIn(reader.doc)).toEqual(['Pham Quang Vinh voice +84 24 0000 0001']);
    const phone = reader.doc.persons.flatMap((p) => p.contact_details ?? [])[0];
    expect(phone).toEqual({ type: 'voice', value: '+84 24 0000 0001', label: 'office', note: 'recorded by Hội Việt – Mỹ' });
  });

  it('a bad token is refused with 401, as on /graphql', async () => {
    const response = await fetch(`${server.url}/export/popolo.json`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /export/organizations/:id/popolo.json', () => {
  it('one organization: itself, its bodies, its memberships and their persons, its member organizations; valid Popolo', async () => {
    const { union } = await read('{ union { id name memberships(history: true, first: 100) { totalCount } } }');
    const { status, doc } = await exportOf(`/export/organizations/${union.id}/popolo.json`);
    expect(status).toBe(200);
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.meta.scope).toContain(union.id);
    expect(doc.meta.source).toBe(`${server.url}/export/organizations/${union.id}/popolo.json`);
    expect(doc.organizations[0]).toMatchObject({ id: union.id, name: union.name });
    const personal = doc.memberships.filter((m) => m.person_id);
    expect(personal).toHaveLength(union.memberships.totalCount);
    expect(new Set(personal.map((m) => m.person_id))).toEqual(new Set(doc.persons.map((p) => p.id)));
    const organizations = new Set(doc.organizations.map((o) => o.id));
    expect(doc.memberships.filter((m) => !organizations.has(m.organization_id) || (m.member && !organizations.has(m.member.id)))).toEqual([]);
    expect(doc.memberships.filter((m) => m.member).length).toBeGreaterThan(10);
  });

  it('shows the organization’s identifiers in Popolo’s form', async () => {
    const { organizations } = await read('{ organizations(first: 1, filter: { search: "Vietnam Russia Friendship" }) { edges { node { id } } } }');
    const id = organizations.edges[0].node.id;
    await read('mutation($input: AddOrganizationIdentifierInput!) { addOrganizationIdentifier(input: $input) { identifier { id } } }', { input: { organizationId: id, scheme: 'VN-TIN', identifier: '0100000019' } });
    const one = await exportOf(`/export/organizations/${id}/popolo.json`);
    expect(one.doc.organizations[0].identifiers).toEqual([{ identifier: '0100000019', scheme: 'VN-TIN' }]);
    const all = await exportOf();
    expect(all.doc.organizations.find((o) => o.id === id).identifiers).toEqual([{ identifier: '0100000019', scheme: 'VN-TIN' }]);
    expect(schemaErrors(one.doc)).toEqual([]);
  });

  it('refuses an ID that is not an organization’s (400) and one that names none (404)', async () => {
    const bad = await fetch(`${server.url}/export/organizations/not-an-id/popolo.json`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = toGlobalId('Organization', '00000000-0000-4000-8000-000000000000');
    const none = await fetch(`${server.url}/export/organizations/${missing}/popolo.json`);
    expect(none.status).toBe(404);
    expect(((await none.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
