import { pino } from 'pino';
import { startApp, type App } from '../../src/app.js';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { countries as curated } from '../../seeds/real/countries.js';
import { TEST_ENGINE } from '../support/engine.js';
import { testStorage } from '../support/server.js';

/*
 * Countries are reference data every database gets: all of ISO 3166-1 (249 codes), the directory's own
 * countries with their names and sources (seeds/real/countries.ts), the others with the ISO list's names.
 * A database made when the reference data held only the directory's 20 countries gets the others on its
 * next start, in either start mode, once.
 */
const ISO_3166_1 = 249;
const COUNTRIES = '{ countries { id code nameEn nameVi sourceNote sources { citation } } }';

async function gql(app: App, query: string, variables?: Record<string, unknown>, token?: string) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

async function data(app: App, query: string, variables?: Record<string, unknown>, token?: string) {
  const body = await gql(app, query, variables, token);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const byCode = (countries: any[]) => Object.fromEntries(countries.map((c) => [c.code, c]));

describe('reference countries', () => {
  let storage: Awaited<ReturnType<typeof testStorage>>;
  let app: App | undefined;
  /** What the last start logged: message and the number of countries it added, if any. */
  let logged: { msg: string; countries?: number }[] = [];
  const start = async (seed: boolean) => {
    logged = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    app = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...storage.env, SEED_ON_START: String(seed) }), { logger });
    return app;
  };
  const added = () => logged.filter((l) => l.msg === 'reference data: missing countries added').map((l) => l.countries);
  const stop = async () => {
    await app?.stop();
    app = undefined;
  };
  beforeAll(async () => {
    storage = await testStorage('reference_countries', TEST_ENGINE);
  });
  afterAll(async () => {
    await stop();
    await storage.drop();
  });

  it('a clean database (SEED_ON_START=false) lists every ISO 3166-1 country once, with its Vietnamese name', async () => {
    const { countries } = await data(await start(false), COUNTRIES);
    expect(countries).toHaveLength(ISO_3166_1);
    expect(new Set(countries.map((c: any) => c.code)).size).toBe(ISO_3166_1);
    const country = byCode(countries);
    expect(country.SE).toMatchObject({ nameEn: 'Sweden', nameVi: 'Thụy Điển', sources: [{ citation: expect.stringMatching(/^ISO 3166-1 .*i18n-iso-countries/) }] });
    expect(country.NZ).toMatchObject({ nameEn: 'New Zealand', nameVi: 'New Zealand' });
    expect(country.MY.nameVi).toBe('Malaysia'); // not the package's “Bán đảo Mã Lai” (the Malay Peninsula)
    expect(country.XK).toBeUndefined(); // a user-assigned code, not ISO 3166-1
    // The directory's own countries keep their names and sources.
    for (const c of curated) expect(country[c.code]).toMatchObject({ nameEn: c.nameEn, nameVi: c.nameVi, sources: c.sources.map((citation) => ({ citation })) });
    expect(country.AU).toMatchObject({ nameEn: 'Australia', nameVi: 'Australia', sourceNote: null });
    expect(country.US.nameVi).toBe('Hoa Kỳ');
  });

  it('a database holding only the directory’s countries gets the others on its next start, in either mode, once', async () => {
    const before = byCode((await data(app!, COUNTRIES)).countries);
    const codes = curated.map((c) => c.code);
    await app!.database.orm.em.fork().execute(`delete from country where code not in (${codes.map(() => '?').join(', ')})`, codes);
    expect((await data(app!, COUNTRIES)).countries).toHaveLength(curated.length);
    await stop();

    for (const [seed, adds] of [[false, [ISO_3166_1 - curated.length]], [true, []], [false, []]] as const) {
      const { countries } = await data(await start(seed), COUNTRIES);
      expect(added()).toEqual(adds);
      expect(countries).toHaveLength(ISO_3166_1);
      const after = byCode(countries);
      // the rows that were there are the same rows, unchanged
      for (const code of codes) expect(after[code]).toEqual(before[code]);
      expect(after.SE).toMatchObject({ nameVi: 'Thụy Điển' });
      await stop();
    }
  });

  it('a secretary records an NGO from Sweden, a country the old database lacked', async () => {
    const secretariat = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
    const { createOrganization } = await data(await start(false), 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id kind countries { code nameVi } } } }',
      { input: { kind: 'FOREIGN_NGO', nameEn: 'Swedish fixture NGO', countryCodes: ['SE'] } }, secretariat);
    expect(createOrganization.organization).toMatchObject({ kind: 'FOREIGN_NGO', countries: [{ code: 'SE', nameVi: 'Thụy Điển' }] });
    const { country } = await data(app!, '{ country(code: "SE") { organizations(first: 5) { edges { node { name } } } } }');
    expect(country.organizations.edges).toEqual([{ node: { name: 'Swedish fixture NGO' } }]);
  });
});
