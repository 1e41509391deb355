import { foldForSearch } from '../../src/search/fold.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Two copies of one rule: the search column of organizations and persons is folded by the ORM
 * (src/search/fold.ts), that of events and the imports' name matching by the database (`fold_for_search`).
 * A name folded differently by the two would be found by one road and not the other. Both fold every name
 * of the real seed, and a sweep of the characters names and typed queries bring, to the same text.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('fold_for_search', { seed: true });
});
afterAll(() => server.stop());

const sqlFold = async (texts: string[]): Promise<string[]> => {
  const rows = await server.app.database.orm.em.fork().execute<{ folded: string }[]>('select fold_for_search(t) as folded from unnest(?::text[]) with ordinality as u(t, n) order by n', [`{${texts.map((t) => `"${t.replace(/["\\]/g, '\\$&')}"`).join(',')}}`]);
  return rows.map((r) => r.folded);
};

it('folds every name of the real seed as foldForSearch does', async () => {
  const em = server.app.database.orm.em.fork();
  const names = (await em.execute<{ name: string }[]>(
    `select name_vi as name from organization where name_vi is not null union select name_en from organization where name_en is not null
     union select name_fr from organization where name_fr is not null union select full_name from person union select title from event`,
  )).map((r) => r.name);
  expect(names.length).toBeGreaterThan(150);
  const folded = await sqlFold(names);
  expect(names.filter((n, i) => folded[i] !== foldForSearch(n)).map((n, i) => `${n} → sql «${folded[i]}» ts «${foldForSearch(n)}»`)).toEqual([]);
});

it('folds the letters, marks and punctuation people type the same way in SQL and TypeScript', async () => {
  const texts = [
    'Nguyễn Đức Hùng', 'ĐẶNG THỊ OANH', 'Hội Hữu nghị Việt Nam – Pháp', 'Việt Nam—Lào', 'O’Brien', '“Quốc tế”', 'Ủy ban…',
    'Association d’amitié « Vietnam–France »', 'Núñez', 'Ørsted', 'Straße', 'İstanbul', 'Hà Nội · 2024', 'A&B', 'x+y=z', 'a/b\\c',
    'Tab\there', '  spaced   out  ', 'No.5 №5', 'Café', 'e\u0301', 'Thành phố Hồ Chí Minh (TP.HCM)', '50%', '#1', '€100', 'ÆØÅ',
  ];
  const folded = await sqlFold(texts);
  expect(Object.fromEntries(texts.map((t, i) => [t, folded[i]]))).toEqual(Object.fromEntries(texts.map((t) => [t, foldForSearch(t)])));
});
