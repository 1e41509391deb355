import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildWebApp, CHROMIUM, describeInBrowser, screenshot, seriousViolations } from '../support/browser.js';

/*
 * The web app for people who sign in, in Chromium on the real server with the real seed: the secretariat
 * signs in with the form, sees the inactive members with their figures, downloads a roster as CSV and
 * prints it, runs an import dry run of a spreadsheet, reads the audit trail; an association editor
 * updates their own association and cannot open another's edit screen. Each page through axe-core, and
 * the screenshots for the README.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let secretariatToken: string;
const ids: Record<string, string> = {};
const PASSWORD = 'hoa binh huu nghi hop tac';
const EXAMPLE = new URL('../../examples/roster-vufo.csv', import.meta.url);

async function idOf(query: string, name: string): Promise<string> {
  const { body } = await server.gql('query($q: String!) { search(query: $q, first: 10) { nodes { ... on Organization { id name } } } }', { q: query });
  const found = body.data.search.nodes.find((n: any) => n.name === name);
  if (!found) throw new Error(`the seed has no "${name}"`);
  return found.id;
}

async function newPage(options: { width: number; height: number } = { width: 1280, height: 900 }): Promise<Page> {
  context = await browser.newContext({ viewport: options, locale: 'vi-VN', reducedMotion: 'reduce', acceptDownloads: true });
  const opened = await context.newPage();
  problems = [];
  opened.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  opened.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText} ${(request.postData() ?? '').slice(0, 40)}`));
  return opened;
}

const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);

/** Signs in through the form, by keyboard, and waits for the page the role starts on. */
async function signIn(username: string, landing: RegExp) {
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(landing);
  // The new page has asked who this is, and shown it, before the test moves on.
  await page.locator('.viewer-badge').waitFor();
  await page.locator('h1').waitFor();
}

async function api(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${secretariatToken}` });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describeInBrowser('signed in: the secretariat and an editor, in Chromium', () => {
  beforeAll(async () => {
    buildWebApp();
    server = await startTestServer('web_signed_in');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    secretariatToken = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'test-setup' });
    ids.vufo = await idOf('lien hiep cac to chuc huu nghi viet nam', 'Liên hiệp các tổ chức hữu nghị Việt Nam');
    ids.usa = await idOf('hoi viet my', 'Hội Việt – Mỹ');
    ids.singapore = await idOf('huu nghi viet nam singapore', 'Hội Hữu nghị Việt Nam – Singapore');
    const create = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }';
    await api(create, { input: { username: 'thu.ky', displayName: 'Nguyễn Thị Thư Ký', password: PASSWORD, role: 'SECRETARIAT' } });
    await api(create, { input: { username: 'bien.tap.viet.my', displayName: 'Trần Văn Biên', password: PASSWORD, role: 'ASSOCIATION_EDITOR', organizationId: ids.usa } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await newPage();
  });
  afterEach(async () => {
    // A copy: closing the context aborts requests still in flight (a lazy chunk loading), which are no failure of the page.
    const seen = [...problems];
    await context.close();
    expect(seen).toEqual([]);
  });

  it('a wrong password is said so, in the reader’s language, and signs nobody in', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('thu.ky');
    await page.getByLabel('Mật khẩu').fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    await expectAccessible();
    await screenshot(page, 'sign-in');
  });

  it('the secretariat signs in, sees the inactive members with their figures, and signs out', async () => {
    await signIn('thu.ky', /\/secretariat$/);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'amity_session', httpOnly: true, sameSite: 'Strict', path: '/' });
    await expect(page.locator('.viewer-badge').textContent()).resolves.toContain('Đăng nhập: thu.ky');
    await page.getByRole('heading', { level: 1, name: 'Ban Thư ký' }).waitFor();
    await expectAccessible();
    await screenshot(page, 'secretariat');

    await page.getByRole('navigation', { name: 'Ban Thư ký' }).getByRole('link', { name: 'Thành viên ít tham gia' }).click();
    const table = page.getByRole('table', { name: 'Thành viên ít tham gia' });
    await table.waitFor();
    // What the API computes, row by row, with its figures.
    const expected = (await api('{ inactiveMembers(first: 50) { totalCount nodes { person { fullName } invited recorded attended } } }')).inactiveMembers;
    expect(expected.totalCount).toBeGreaterThan(0);
    await expect(page.getByRole('status').filter({ hasText: 'thành viên' }).textContent()).resolves.toBe(`${expected.totalCount} thành viên.`);
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(expected.nodes.length);
    const first = await rows.first().locator('td').allTextContents();
    expect([first[0], ...first.slice(2, 5).map(Number)]).toEqual([expected.nodes[0].person.fullName, expected.nodes[0].invited, expected.nodes[0].recorded, expected.nodes[0].attended]);
    await expectAccessible();
    await screenshot(page, 'inactive-members');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${server.url}/secretariat/inactive`);
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Trang này chỉ dành cho Ban Thư ký của Liên hiệp.');
  });

  it('the secretariat downloads a roster as of a past date as CSV, and prints it without the app around it', async () => {
    await signIn('thu.ky', /\/secretariat$/);
    await page.goto(`${server.url}/o/${ids.vufo}?asOf=2020-01-01`);
    const inspection = page.locator('section.body').filter({ has: page.getByRole('heading', { name: /^Ban Kiểm tra/ }) });
    const [download] = await Promise.all([page.waitForEvent('download'), inspection.getByRole('link', { name: /^Tải danh sách Ban Kiểm tra/ }).click()]);
    expect(download.suggestedFilename()).toBe('roster-inspection_board-2020-01-01.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('organization,body,term,person,role');
    expect(csv).toMatch(/Phan Anh Son,HEAD/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await inspection.getByRole('button', { name: 'In danh sách' }).isVisible()).toBe(false);
    await expect(inspection.textContent()).resolves.toContain('Phan Anh Son');
    await screenshot(page, 'roster-print');
  });

  it('the secretariat runs an import dry run: each row and every problem, nothing written', async () => {
    await signIn('thu.ky', /\/secretariat$/);
    await page.getByRole('navigation', { name: 'Ban Thư ký' }).getByRole('link', { name: 'Nhập danh sách từ bảng tính' }).click();
    await page.getByLabel('Tổ chức', { exact: true }).fill('lien hiep cac to chuc huu nghi viet nam');
    await page.getByRole('list', { name: 'Chọn tổ chức' }).getByRole('button', { name: 'Liên hiệp các tổ chức hữu nghị Việt Nam', exact: true }).click();
    // The example file, plus a new member and a row with a day that does not exist.
    const example = readFileSync(EXAMPLE, 'utf8');
    const eol = example.includes('\r\n') ? '\r\n' : '\n';
    const file = Buffer.from([example.trimEnd(), 'Trần Văn Mới,Ủy viên,,01/03/2024,,hồ sơ hội nghị 2024', 'Lê Thị Sai,Ủy viên,,31/02/2024,,hồ sơ hội nghị 2024', ''].join(eol));
    await page.getByLabel('Tệp bảng tính').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: file });
    await page.getByRole('button', { name: 'Chạy thử' }).click();
    const report = page.locator('.import-report');
    await report.getByRole('heading', { name: 'Kết quả chạy thử (chưa ghi gì)' }).waitFor();
    // The same report the endpoint gives a program for the same file.
    const response = await fetch(`${server.url}/import/organizations/${ids.vufo}/roster?dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${secretariatToken}` }, body: file });
    const { summary, rows, problems } = (await response.json()) as { summary: Record<string, number> & { newPersons: string[] }; rows: unknown[]; problems: { row: number; column: string | null; message: string }[] };
    expect(summary).toMatchObject({ rows: 5, create: 1, unchanged: 3, invalid: 1, newPersons: ['Trần Văn Mới'] });
    const problemRows = report.getByRole('table', { name: 'Lỗi cần sửa' }).locator('tbody tr');
    await expect(problemRows.count()).resolves.toBe(problems.length);
    expect(await problemRows.first().locator('td').allTextContents()).toEqual([String(problems[0].row), problems[0].column ?? '', expect.any(String), problems[0].message]);
    await expect(report.textContent()).resolves.toContain('Người mới sẽ được thêm: Trần Văn Mới');
    await expect(report.getByRole('status').textContent()).resolves.toBe(`${summary.rows} dòng: ${summary.create} thêm mới, ${summary.update} cập nhật, ${summary.unchanged} không đổi, ${summary.invalid} có lỗi.`);
    await expect(report.getByRole('list', { name: 'Từng dòng' }).locator('li').count()).resolves.toBe(rows.length);
    await expectAccessible();
    await screenshot(page, 'import-dry-run');
    // Nothing written: the audit trail has only the two accounts made for this test.
    await page.getByRole('navigation', { name: 'Ban Thư ký' }).getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    const audit = page.getByRole('table', { name: 'Nhật ký thay đổi' });
    await audit.waitFor();
    await expect(audit.locator('tbody tr').count()).resolves.toBe(2);
    await expect(audit.locator('tbody tr').first().textContent()).resolves.toContain('test-setup');
    await expectAccessible();
    await screenshot(page, 'audit');
  });

  it("the secretariat's committee and registration screens answer, accessibly", async () => {
    await signIn('thu.ky', /\/secretariat$/);
    for (const [link, heading] of [['Ban chấp hành và đại hội', 'Ban chấp hành và đại hội'], ['Giấy đăng ký sắp hết hạn', 'Giấy đăng ký sắp hết hạn']]) {
      await page.getByRole('navigation', { name: 'Ban Thư ký' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.status').filter({ hasText: 'Đang tải' }).waitFor({ state: 'detached' });
      await expectAccessible();
    }
    await screenshot(page, 'registrations');
  });

  it("an editor updates their own association's partners, and cannot open another association's edit screen", async () => {
    await signIn('bien.tap.viet.my', new RegExp(`/edit/${ids.usa}$`));
    await page.getByRole('heading', { level: 1, name: 'Cập nhật: Hội Việt – Mỹ' }).waitFor();
    await page.getByLabel('Đối tác (gõ tên, có thể không dấu)').fill('huu nghi viet nam singapore');
    await page.getByRole('list', { name: 'Chọn tổ chức' }).getByRole('button', { name: 'Hội Hữu nghị Việt Nam – Singapore', exact: true }).click();
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã thêm' }).textContent()).resolves.toBe('Đã thêm đối tác Hội Hữu nghị Việt Nam – Singapore.');
    const status = page.getByLabel('Tình trạng quan hệ với Hội Hữu nghị Việt Nam – Singapore');
    await status.waitFor();
    // The screen reads the partnerships again once the write is done.
    const reread = page.waitForResponse((response) => response.request().postData()?.includes('"EditOrganization"') ?? false);
    await status.selectOption('ACTIVE');
    await reread;
    const statusInApi = async () =>
      (await api('query($id: ID!) { organization(id: $id) { partnerships(first: 50) { nodes { status partnerOrganization { id } } } } }', { id: ids.usa })).organization.partnerships.nodes.find((p: any) => p.partnerOrganization?.id === ids.singapore)?.status;
    for (let i = 0; i < 50 && (await statusInApi()) !== 'ACTIVE'; i++) await page.waitForTimeout(100);
    expect(await statusInApi()).toBe('ACTIVE');
    // The audit trail names the editor as the author.
    const audit = await api('{ auditTrail(actor: "bien.tap.viet.my", first: 5) { nodes { action entityType actorRole } } }');
    expect(audit.auditTrail.nodes).toEqual([
      { action: 'UPDATE', entityType: 'Partnership', actorRole: 'ASSOCIATION_EDITOR' },
      { action: 'CREATE', entityType: 'Partnership', actorRole: 'ASSOCIATION_EDITOR' },
    ]);
    await expectAccessible();
    await screenshot(page, 'editor');

    await page.goto(`${server.url}/edit/${ids.singapore}`);
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Bạn chỉ được cập nhật dữ liệu của tổ chức mình, không phải của Hội Hữu nghị Việt Nam – Singapore.');
    await expect(page.getByRole('button', { name: 'Thêm', exact: true }).count()).resolves.toBe(0);
    await expectAccessible();
    await page.goto(`${server.url}/secretariat`);
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Trang này chỉ dành cho Ban Thư ký của Liên hiệp.');
  });

  it('on a phone-sized screen the signed-in screens fit, and keyboard users reach the sign-in form first', async () => {
    await context.close();
    page = await newPage({ width: 390, height: 844 });
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // From the content, the first field is the username.
    expect(await page.getByLabel('Tên đăng nhập').evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.type('thu.ky');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/secretariat$/);
    await page.locator('.viewer-badge').waitFor();
    for (const path of ['/secretariat', '/secretariat/inactive', '/secretariat/import', '/secretariat/audit']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').waitFor();
      await page.locator('.status').filter({ hasText: 'Đang tải' }).waitFor({ state: 'detached' });
      await page.locator('.viewer-badge').waitFor();
      const { scrollWidth, innerWidth } = await page.evaluate(() => {
        const inPage = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
        return { scrollWidth: inPage.document.documentElement.scrollWidth, innerWidth: inPage.innerWidth };
      });
      expect({ path, scrollWidth }).toEqual({ path, scrollWidth: innerWidth });
    }
    await screenshot(page, 'secretariat-phone', false);
  });
});
