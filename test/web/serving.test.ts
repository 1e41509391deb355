import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildWebApp } from '../support/browser.js';

/*
 * How the server hands out the web app, without a browser: its page with a Content-Security-Policy that
 * keeps everything on this server, assets compressed ahead of time and cached for good, the app's paths
 * answered with the app, and every other path still the API's JSON 404.
 */
const dist = new URL('../../web/dist/', import.meta.url);
let server: TestServer;
let entry: string;

beforeAll(async () => {
  buildWebApp();
  entry = readFileSync(new URL('index.html', dist), 'utf8').match(/src="\/assets\/([^"]+\.js)"/)![1];
  server = await startTestServer('web_serving', { seed: false });
});
afterAll(() => server.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

describe('the web app over HTTP', () => {
  it.each(['/', '/o/T3JnYW5pemF0aW9uOng', '/p/UGVyc29uOng', '/network/T3JnYW5pemF0aW9uOng', '/connections/T3JnYW5pemF0aW9uOng?to=x', '/sign-in', '/secretariat', '/secretariat/inactive', '/secretariat/import', '/secretariat/audit', '/edit/T3JnYW5pemF0aW9uOng'])('%s answers the app, never cached, scripts from this server only', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self';.*script-src 'self';.*connect-src 'self'/);
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    // Nothing from elsewhere: the app works with no internet access.
    expect(html.match(/(?:src|href)="([^"]+)"/g)!.every((ref) => /="\//.test(ref))).toBe(true);
  });

  it('assets are sent compressed as the build made them, cached for a year, and equal to the file', async () => {
    const plain = readFileSync(new URL(`assets/${entry}`, dist));
    const gzipped = await get(`/assets/${entry}`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(gzipped.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // fetch decodes: the bytes are the file's.
    expect(Buffer.from(await gzipped.arrayBuffer()).equals(plain)).toBe(true);
    expect(gunzipSync(readFileSync(new URL(`assets/${entry}.gz`, dist))).equals(plain)).toBe(true);
    const brotli = await get(`/assets/${entry}`, { 'accept-encoding': 'br, gzip' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const identity = await get(`/assets/${entry}`, { 'accept-encoding': 'identity' });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(Number(identity.headers.get('content-length'))).toBe(plain.length);
  });

  it('the graph library and the signed-in screens are chunks of their own, not in the first screen', () => {
    const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8')) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
    const initial = new Set<string>();
    const visit = (key: string) => {
      if (initial.has(key)) return;
      initial.add(key);
      manifest[key].imports?.forEach(visit);
    };
    Object.keys(manifest).filter((k) => manifest[k].isEntry).forEach(visit);
    const initialFiles = [...initial].map((k) => manifest[k].file);
    expect(initialFiles.filter((f) => /NetworkPage|Secretariat|EditPage/.test(f))).toEqual([]);
    const gzipBytes = initialFiles.reduce((sum, f) => sum + readFileSync(new URL(`${f}.gz`, dist)).length, 0);
    expect(gzipBytes).toBeLessThan(300 * 1024);
  });

  it('a program asking for an unknown path, or an unknown asset, gets the JSON NOT_FOUND; the build stamp is not served', async () => {
    for (const path of ['/nowhere', '/assets/nothing.js', '/.sources', '/.vite/manifest.json']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const browser = await get('/nowhere', { accept: 'text/html,application/xhtml+xml' });
    expect(browser.status).toBe(404);
    expect(await browser.text()).toContain('<div id="root"></div>');
  });

  it('the API stays at /graphql beside the app', async () => {
    const { status, body } = await server.gql('{ viewer { role } }');
    expect(status).toBe(200);
    expect(body.data.viewer.role).toBe('PUBLIC');
  });
});

describe('translations', () => {
  const source = new URL('../../web/src/', import.meta.url);
  const read = (lang: string) => JSON.parse(readFileSync(new URL(`i18n/${lang}.json`, source), 'utf8'));
  const keys = (value: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(value).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
  // Plural forms differ by language (Vietnamese has one): compare the keys without them.
  const base = (lang: string) => [...new Set(keys(read(lang)).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

  it('English and French have every key Vietnamese has, and no other', () => {
    expect(base('en')).toEqual(base('vi'));
    expect(base('fr')).toEqual(base('vi'));
  });

  it('every key the code names literally exists', () => {
    const files = (dir: URL): URL[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'gql' ? [] : files(new URL(`${e.name}/`, dir))) : /\.tsx?$/.test(e.name) ? [new URL(e.name, dir)] : []));
    const used = new Set(files(source).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1])));
    const known = new Set(base('vi'));
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
    expect(used.size).toBeGreaterThan(50);
  });
});
