import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('explorer', { seed: false, env: { NODE_ENV: 'development' } });
});
afterAll(() => server.stop());

describe('the browser explorer (development)', () => {
  it('serves GraphiQL at /graphql with every asset from this server, none from a CDN', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((a) => !a.startsWith('data:'));
    expect(assets.length).toBe(4);
    for (const asset of assets) {
      expect(asset.startsWith('/explorer-assets/')).toBe(true);
      const response = await fetch(`${server.url}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('still answers GraphQL requests at the same address', async () => {
    const { status, body } = await server.gql('{ __typename }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: 'Query' });
  });
});
