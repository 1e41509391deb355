import { readFile } from 'node:fs/promises';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { printSchemaFile } from '../../src/graphql/print.js';
import { getSchema } from '../../src/modules.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('schema', { seed: false });
});
afterAll(() => server.stop());

describe('schema.graphql', () => {
  it('is the committed copy of the schema built from the code (run `npm run schema:print` after a change)', async () => {
    const committed = await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSchemaFile(await getSchema()));
  });

  it('matches what the running server serves', async () => {
    // Deprecated arguments are introspected only when asked for (`args(includeDeprecated: true)`).
    const { body } = await server.gql(getIntrospectionQuery({ specifiedByUrl: true, inputValueDeprecation: true }));
    const served = printSchema(lexicographicSortSchema(buildClientSchema(body.data)));
    const committed = await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8');
    const withoutComments = (sdl: string) => sdl.replace(/^#.*\n/gm, '').trim();
    expect(withoutComments(served)).toBe(withoutComments(committed));
  });
});
