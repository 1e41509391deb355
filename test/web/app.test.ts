import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildWebApp, CHROMIUM, describeInBrowser, screenshot, seriousViolations } from '../support/browser.js';

/*
 * The web app in a real browser (Chromium driven by playwright-core), on the real server with the real
 * seed: search → organisation → a past roster, a person's posts, the network graph, a connection path,
 * the three languages, a phone-sized screen, the weight of the first screen. axe-core checks every page;
 * the screenshots in docs/screenshots/ (shown in the README) are made here.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors, failed requests and uncaught exceptions of the current page: each test ends with none. */
let problems: string[];
const ids: Record<string, string> = {};
const started = Date.now();

async function idOf(query: string, name: string): Promise<string> {
  const { body } = await server.gql('query($q: String!) { search(query: $q, first: 10) { edges { node { ... on Organization { id name } ... on Person { id fullName } } } } }', { q: query });
  const found = body.data.search.edges.map((e: any) => e.node).find((n: any) => (n.name ?? n.fullName) === name);
  if (!found) throw new Error(`the seed has no "${name}" (searched "${query}")`);
  return found.id;
}

async function newPage(options: { width: number; height: number } = { width: 1280, height: 900 }): Promise<Page> {
  context = await browser.newContext({ viewport: options, locale: 'vi-VN', reducedMotion: 'reduce' });
  const opened = await context.newPage();
  problems = [];
  opened.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  opened.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  return opened;
}

const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);

describeInBrowser('the web app in Chromium', () => {
  beforeAll(async () => {
    buildWebApp();
    server = await startTestServer('web_app');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    ids.vufo = await idOf('lien hiep cac to chuc huu nghi viet nam', 'Liên hiệp các tổ chức hữu nghị Việt Nam');
    ids.usa = await idOf('hoi viet my', 'Hội Việt – Mỹ');
    ids.singapore = await idOf('huu nghi viet nam singapore', 'Hội Hữu nghị Việt Nam – Singapore');
    ids.koreaBinhDuong = await idOf('binh duong korea', 'Binh Duong Vietnam–Korea Friendship Association');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    process.stderr.write(`browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s, server start included\n`);
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

  it('search without diacritics, by keyboard, opens the organisation; its leaders and rosters as of a past date', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('searchbox', { name: 'Tìm tổ chức hoặc người' }).fill('lien hiep cac to chuc huu nghi viet nam');
    await page.keyboard.press('Enter');
    const result = page.getByRole('link', { name: 'Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)' });
    await result.waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'Tìm thấy' }).textContent()).resolves.toBe('Tìm thấy 1 kết quả.');
    await expectAccessible();
    await screenshot(page, 'search');

    // From the search box to the result with the keyboard alone.
    for (let i = 0; i < 5 && !(await result.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
    expect(await result.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/o/${ids.vufo}`);
    await page.getByRole('heading', { level: 1, name: /Liên hiệp các tổ chức hữu nghị Việt Nam/ }).waitFor();

    // Today: the president last attested in July 2025, said so, not "confirmed".
    const today = page.locator('.holder').filter({ hasText: 'Chủ tịch hôm nay' });
    await expect(today.textContent()).resolves.toContain('Phan Anh Son');
    await expect(today.locator('.certainty').textContent()).resolves.toBe('ghi nhận gần nhất tháng 7 năm 2025');
    const inspection = page.locator('section.body').filter({ has: page.getByRole('heading', { name: /^Ban Kiểm tra/ }) });
    await expect(inspection.textContent()).resolves.toContain('Không có thành viên nào được ghi nhận vào ngày hôm nay.');

    // 1 January 2020: the president re-elected by the 6th congress (5 December 2019), confirmed; posts whose
    // start no source gives to the day, inferred, and said so.
    await page.getByLabel('Xem vào ngày').fill('2020-01-01');
    await page.getByLabel('Xem vào ngày').press('Enter');
    await page.waitForURL(/asOf=2020-01-01/);
    const then = page.locator('.holder').filter({ hasText: 'Chủ tịch ngày 1 tháng 1, 2020' });
    await then.waitFor();
    await expect(then.textContent()).resolves.toContain('Nguyễn Phương Nga');
    await expect(then.locator('.certainty').textContent()).resolves.toBe('đã xác nhận');
    const posts = page.getByRole('table', { name: 'Chức vụ ngày 1 tháng 1, 2020' });
    // Presidents first; the API does not order posts of the same rank, so the rest are compared as a set.
    const persons = await posts.locator('tbody td:first-child').allTextContents();
    const roles = await posts.locator('tbody .role').allTextContents();
    const certainties = await posts.locator('tbody .certainty').allTextContents();
    const rows = persons.map((person, i) => `${person}: ${roles[i]}, ${certainties[i]}`);
    expect(rows[0]).toBe('Nguyễn Phương Nga: Chủ tịch, đã xác nhận');
    expect(rows.slice(1).sort()).toEqual(['Bạch Ngọc Chiến: Phó Chủ tịch, suy đoán', 'Bạch Ngọc Chiến: Tổng Thư ký, suy đoán', 'Phan Anh Son: Phó Chủ tịch, đã xác nhận', 'Phan Anh Son: Trưởng, suy đoán']);
    const roster = inspection.getByRole('list', { name: 'Ban Kiểm tra ngày 1 tháng 1, 2020' });
    await expect(roster.textContent()).resolves.toMatch(/^Phan Anh Son — Trưởng.*suy đoán$/);
    await expect(inspection.textContent()).resolves.toContain('1 trong 5 ghế có người ngày 1 tháng 1, 2020');
    await expectAccessible();
    await screenshot(page, 'organization');
  });

  it("a person's page lists the posts over time, newest first, each with its dates at their precision", async () => {
    await page.goto(`${server.url}/?q=${encodeURIComponent('nguyen phuong nga')}`);
    await page.getByRole('link', { name: 'Nguyễn Phương Nga' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Phương Nga' }).waitFor();
    const rows = page.getByRole('table', { name: 'Chức vụ qua các thời kỳ' }).locator('tbody tr');
    const cells = async (i: number) => rows.nth(i).locator('td').allTextContents();
    await expect(rows.count()).resolves.toBe(2);
    // Re-elected at the 6th congress until 2023 (a year: never "31 December"); before it, from February 2019.
    expect(await cells(0)).toEqual(['Liên hiệp các tổ chức hữu nghị Việt Nam', 'Chủ tịch', '5 tháng 12, 2019 – 2023', 'đã thôi']);
    expect(await cells(1)).toEqual(['Liên hiệp các tổ chức hữu nghị Việt Nam', 'Chủ tịch', 'tháng 2 năm 2019 – 5 tháng 12, 2019', 'đã thôi']);
    await expectAccessible();
    await screenshot(page, 'person');
  });

  it('the network view draws the neighbourhood with Cytoscape; hops and kinds change it; clicking a node opens its page', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${server.url}/o/${ids.vufo}`);
    await page.getByRole('link', { name: 'Mạng lưới đối tác' }).click();
    await page.waitForURL(`**/network/${ids.vufo}`);
    const graph = page.getByTestId('network-graph');
    await graph.locator('canvas').first().waitFor();
    // The graph library came with the network page, not with the first screen.
    expect(scripts.filter((url) => /NetworkPage-/.test(url))).toHaveLength(1);

    const drawn = () =>
      graph.evaluate((el) => {
        const cy = (el as unknown as { _cyreg: { cy: { nodes(): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] } } } })._cyreg.cy;
        return cy.nodes().map((n) => String(n.data('label'))).sort();
      });
    const listed = async () => (await page.locator('.node-list a').allTextContents()).sort();
    await expect(page.getByRole('status').filter({ hasText: 'liên kết' }).textContent()).resolves.toBe('10 tổ chức và cá nhân, 14 liên kết.');
    expect(await drawn()).toEqual(await listed());
    expect(await drawn()).toEqual(expect.arrayContaining(['Liên hiệp các tổ chức hữu nghị Việt Nam', 'Quốc hội', 'Ủy ban Hòa bình Việt Nam', "Chinese People's Association for Friendship with Foreign Countries"]));
    await expectAccessible();
    await screenshot(page, 'network');

    // One hop: the National Assembly, two hops away, is gone; without partnerships, the Chinese partner too.
    await page.getByRole('radio', { name: '1 bước' }).check();
    await page.waitForURL(/hops=1/);
    await page.getByRole('status').filter({ hasText: '9 tổ chức và cá nhân' }).waitFor();
    expect(await drawn()).not.toContain('Quốc hội');
    await page.getByRole('checkbox', { name: 'Quan hệ đối tác' }).uncheck();
    await page.getByRole('status').filter({ hasText: '8 tổ chức và cá nhân' }).waitFor();
    expect(await drawn()).not.toContain("Chinese People's Association for Friendship with Foreign Countries");
    expect(await drawn()).toEqual(await listed());

    // A click on the canvas, where Cytoscape drew the node. Cytoscape learns that the page scrolled from the
    // scroll event, a frame later: until then it would map the click to the old place.
    await graph.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const frame = (globalThis as unknown as { requestAnimationFrame(callback: () => void): number }).requestAnimationFrame;
      return new Promise<void>((resolve) => frame(() => frame(resolve)));
    });
    const at = await graph.evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: { nodes(): { filter(f: (n: { data(k: string): unknown }) => boolean): { renderedPosition(): { x: number; y: number } } } } } })._cyreg.cy;
      return cy.nodes().filter((n) => n.data('label') === 'Ủy ban Hòa bình Việt Nam').renderedPosition();
    });
    const box = (await graph.boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForURL(/\/o\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Ủy ban Hòa bình Việt Nam' }).waitFor();
  });

  it('how are we connected: a path between two associations, each hop explained; a weak tie said to be weak', async () => {
    await page.goto(`${server.url}/connections/${ids.koreaBinhDuong}`);
    await page.getByRole('heading', { level: 1, name: 'Binh Duong Vietnam–Korea Friendship Association kết nối với … thế nào?' }).waitFor();
    await page.getByLabel('Tìm tổ chức hoặc người cần kết nối').fill('hcmc korea');
    await page.getByLabel('Tìm tổ chức hoặc người cần kết nối').press('Enter');
    await page.getByRole('button', { name: 'HCMC Vietnam–Korea Friendship Association' }).click();
    const explanation = page.locator('.path__explanation');
    await explanation.first().waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'đường kết nối' }).textContent()).resolves.toBe('1 đường kết nối ngắn nhất, mỗi đường 2 bước.');
    await expect(explanation.allTextContents()).resolves.toEqual([
      'Binh Duong Vietnam–Korea Friendship Association → trực thuộc → Hội Hữu nghị Việt Nam – Hàn Quốc → có đơn vị trực thuộc → HCMC Vietnam–Korea Friendship Association',
    ]);
    await expect(page.locator('.path__weak').count()).resolves.toBe(0);
    await expectAccessible();
    await screenshot(page, 'connections');

    // In English the sentence is the API's own explanation.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Connections' }).waitFor();
    const { body } = await server.gql('query($from: ID!, $to: ID!) { connectionPaths(from: $from, to: $to, maxHops: 4, k: 3) { paths { explanation } } }', {
      from: ids.koreaBinhDuong,
      to: new URL(page.url()).searchParams.get('to'),
    });
    await expect(explanation.allTextContents()).resolves.toEqual(body.data.connectionPaths.paths.map((p: { explanation: string }) => p.explanation));

    // Two associations with nothing closer than the Union: connected, weakly, and the page says so.
    await page.goto(`${server.url}/connections/${ids.usa}?to=${encodeURIComponent(ids.singapore)}`);
    await expect(explanation.first().textContent()).resolves.toBe('Hội Việt – Mỹ → member of → Liên hiệp các tổ chức hữu nghị Việt Nam → has member → Hội Hữu nghị Việt Nam – Singapore');
    await expect(page.locator('.path__weak').textContent()).resolves.toBe('A weak tie: only through common membership of the Union (every member shares it).');
  });

  it('switching to English and to French changes the labels, dates and page language, and the choice is kept', async () => {
    await page.goto(`${server.url}/o/${ids.vufo}?asOf=2020-01-01`);
    await page.getByRole('heading', { level: 2, name: 'Lãnh đạo' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Leaders' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vietnam Union of Friendship Organizations (VUFO)');
    await expect(page.locator('.holder h3').allTextContents()).resolves.toEqual(['President today', 'President on 1 January 2020']);
    await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await screenshot(page, 'organization-en', false);

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dirigeants' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect(page.locator('.holder h3').allTextContents()).resolves.toEqual(['Président aujourd’hui', 'Président le 1 janvier 2020']);
    await expect(page.locator('.holder .certainty').allTextContents()).resolves.toEqual(['attesté pour la dernière fois : juillet 2025', 'confirmé']);
    await expectAccessible();
    await screenshot(page, 'organization-fr', false);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Dirigeants' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Lãnh đạo' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('on a phone-sized screen nothing is wider than the screen', async () => {
    await context.close();
    page = await newPage({ width: 390, height: 844 });
    for (const path of [`/o/${ids.vufo}?asOf=2020-01-01`, `/network/${ids.vufo}`, `/?q=hoi%20huu%20nghi`]) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      const { scrollWidth, innerWidth } = await page.evaluate(() => {
        const inPage = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
        return { scrollWidth: inPage.document.documentElement.scrollWidth, innerWidth: inPage.innerWidth };
      });
      expect({ path, scrollWidth }).toEqual({ path, scrollWidth: innerWidth });
      await expectAccessible();
    }
    await page.goto(`${server.url}/o/${ids.vufo}?asOf=2020-01-01`);
    await page.locator('.holder').first().waitFor();
    await screenshot(page, 'phone', false);
  });

  it('the first screen loads under 300 KB of compressed JavaScript, without the graph library', async () => {
    const scripts: { url: string; bytes: number; encoding: string | null }[] = [];
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script') return;
      const response = await request.response();
      scripts.push({ url: request.url(), bytes: (await request.sizes()).responseBodySize, encoding: (await response?.allHeaders())?.['content-encoding'] ?? null });
    });
    const start = Date.now();
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox').waitFor();
    const firstScreenMs = Date.now() - start;
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    // Chromium asks for brotli over HTTPS only: here, over plain HTTP on loopback, it gets the gzip files.
    expect(scripts.filter((s) => s.encoding !== 'gzip' && s.encoding !== 'br')).toEqual([]);
    expect(scripts.some((s) => /NetworkPage-/.test(s.url))).toBe(false);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(total).toBeLessThan(300 * 1024);
    process.stderr.write(`web app first screen: ${firstScreenMs} ms, ${(total / 1024).toFixed(0)} KB of JavaScript (${scripts[0].encoding}) in ${scripts.length} file(s)\n`);
  });

  it("a path the app does not know is the app's own 404 in a browser; a program still gets the API's JSON", async () => {
    const response = await page.goto(`${server.url}/no/such/page`);
    expect(response!.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Không có trang này' }).waitFor();
    problems = problems.filter((p) => !p.includes('404')); // the browser logs the 404 status it was given
    const api = await fetch(`${server.url}/no/such/page`);
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ errors: [{ message: 'No route GET /no/such/page', extensions: { code: 'NOT_FOUND' } }] });
  });
});
