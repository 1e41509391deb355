import pg from 'pg';
import { foldForSearch } from '../../src/search/fold.js';
import { generateSynthetic, SyntheticExistsError } from '../../seeds/synthetic/generate.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { describeOnServer } from '../support/engine.js';

/** The synthetic generator at a small scale: deterministic, complete, and refusing to run twice. */
describeOnServer('synthetic network generator', 'the generator writes to a database server through several connections at once', () => {
  const scale = 0.02;
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    first = await createTestDatabase('synthetic_a');
    second = await createTestDatabase('synthetic_b');
  });
  afterAll(async () => {
    await first?.drop();
    await second?.drop();
  });

  async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  const fingerprint = (url: string) =>
    query<{ table: string; hash: string }>(
      url,
      ['organization', 'person', 'congress', 'body', 'membership', 'event', 'participation', 'partnership']
        .map((t) => `select '${t}' as table, md5(string_agg(r::text, ',' order by r.id)) as hash from "${t}" r where synthetic`)
        .join(' union all '),
    );

  it('fills an empty database with the scaled counts, and the same seed gives the same rows', async () => {
    const a = await generateSynthetic(first.url, { scale, seed: 'test' });
    const b = await generateSynthetic(second.url, { scale, seed: 'test' });
    expect(a.migrationsApplied.length).toBeGreaterThan(0);
    expect(a.counts).toMatchObject({ organization: 40, person: 600, membership: 2000, event: 400, participation: 6000, partnership: 400 });
    expect(b.counts).toEqual(a.counts);
    expect(await fingerprint(second.url)).toEqual(await fingerprint(first.url));
  });

  it('derives the search columns and spans exactly as the entity hooks do', async () => {
    const persons = await query<{ full_name: string; search_name: string }>(first.url, 'select full_name, search_name from person where synthetic');
    for (const p of persons) expect(p.search_name).toBe(foldForSearch(p.full_name));
    // foldForSearch is what the hooks run, so the comparison above cannot catch a folding bug: literal
    // expectations can. Names of the generator's seed 'test', with đ/Đ, tones, foreign letters and ’.
    const byName = new Map(persons.map((p) => [p.full_name, p.search_name]));
    expect(Object.fromEntries(['Synthetic Lê Đức Đạt 206', 'Synthetic Đặng Thị Oanh 56', 'Synthetic Võ Minh Đình Đông 600', 'Synthetic Agnieszka Núñez 234', 'Synthetic François O’Brien 363'].map((n) => [n, byName.get(n)]))).toEqual({
      'Synthetic Lê Đức Đạt 206': 'synthetic le duc dat 206',
      'Synthetic Đặng Thị Oanh 56': 'synthetic dang thi oanh 56',
      'Synthetic Võ Minh Đình Đông 600': 'synthetic vo minh dinh dong 600',
      'Synthetic Agnieszka Núñez 234': 'synthetic agnieszka nunez 234',
      'Synthetic François O’Brien 363': 'synthetic francois o brien 363',
    });
    // and of every row: no capital, no combining mark, no đ, no punctuation, single spaces
    expect(persons.filter((p) => /[\p{Lu}\p{M}đ’.,-]|\s{2}|^\s|\s$/u.test(p.search_name))).toEqual([]);
    const [spans] = await query<{ wrong: number }>(
      first.url,
      `select count(*)::int as wrong from membership where synthetic and (
         held_from is distinct from coalesce(start_date_start, term_start_start, (select min(a)::date from unnest(attested_on) a where length(a) = 10),
                                             (select (min(a) || '-01')::date from unnest(attested_on) a where length(a) = 7))
         or held_until is distinct from coalesce(end_date_end, term_end_end))`,
    );
    expect(spans.wrong).toBe(0);
    const [marks] = await query<{ unmarked: number }>(
      first.url,
      `select (select count(*) from person where synthetic and (source_citations <> '{synthetic}' or source_note is null))::int as unmarked`,
    );
    expect(marks.unmarked).toBe(0);
  });

  it('refuses a database that already holds a synthetic network, unless forced', async () => {
    await expect(generateSynthetic(first.url, { scale, seed: 'test' })).rejects.toBeInstanceOf(SyntheticExistsError);
    const forced = await generateSynthetic(first.url, { scale, seed: 'other', force: true });
    expect(forced.deleted.person).toBe(600);
    const [{ persons }] = await query<{ persons: number }>(first.url, 'select count(*)::int as persons from person where synthetic');
    expect(persons).toBe(600);
  });
});
