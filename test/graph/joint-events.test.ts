import { PartialDate } from '../../src/db/partial-date.js';
import { Country } from '../../src/modules/country/country.entity.js';
import { EventCountry } from '../../src/modules/event/event-country.entity.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { ParliamentaryGroupCountry } from '../../src/modules/parliament/parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from '../../src/modules/parliament/parliamentary-group.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * A parliamentary group's joint events: those its coordinating association organised about one of the
 * group's countries. Read for every group of a list in one statement (issue 11).
 */
let server: TestServer;
const cited = { sourceCitations: ['test fixture'] };

beforeAll(async () => {
  server = await startTestServer('joint_events', { seed: false });
  await server.app.database.orm.em.fork().transactional(async (tx) => {
    // Reference data: every database has the countries.
    const x = await tx.findOneOrFail(Country, { code: 'LA' });
    const y = await tx.findOneOrFail(Country, { code: 'KH' });
    const a = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội A', ...cited });
    const b = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội B', ...cited });
    const group = (nameEn: string, coordinator: Organization | undefined, countries: Country[]) => {
      const g = tx.create(ParliamentaryGroup, { nameEn, legislature: 99, coordinatingAssociation: coordinator, ...cited });
      for (const country of countries) tx.create(ParliamentaryGroupCountry, { group: g, country });
    };
    group('G1 (A, X)', a, [x]);
    group('G2 (A, X and Y)', a, [x, y]);
    group('G3 (B, Y)', b, [y]);
    group('G4 (no association, X)', undefined, [x]);
    const event = (title: string, day: string, organizers: Organization[], countries: Country[]) => {
      const e = tx.create(Event, { kind: EventKind.MEETING, title, startDate: PartialDate.parse(day), ...cited });
      for (const organization of organizers) tx.create(EventOrganizer, { event: e, organization });
      for (const country of countries) tx.create(EventCountry, { event: e, country });
    };
    event('e1 A about X', '2024-01-10', [a], [x]);
    event('e2 A about Y', '2024-02-10', [a], [y]);
    event('e3 B about X', '2024-03-10', [b], [x]);
    event('e4 A about X and Y', '2024-04-10', [a], [x, y]);
    event('e5 A and B about Y', '2024-05-10', [a, b], [y]);
  });
});
afterAll(() => server.stop());

const GROUPS = `query($country: CountryCode) { parliamentaryGroups(legislature: 99, countryCode: $country) { nodes {
  nameEn jointEvents(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title } } } } } }`;

async function jointEvents(country?: string) {
  server.resetQueries();
  const { body } = await server.gql(GROUPS, { country });
  expect(body.errors).toBeUndefined();
  const byGroup = Object.fromEntries(body.data.parliamentaryGroups.nodes.map((g: any) => [g.nameEn, { total: g.jointEvents.totalCount, more: g.jointEvents.pageInfo.hasNextPage, titles: g.jointEvents.edges.map((e: any) => e.node.title) }]));
  return { byGroup, statements: server.queries.length };
}

it('each group: events its coordinating association organised about one of its countries, newest first, paged', async () => {
  const { byGroup } = await jointEvents();
  expect(byGroup).toEqual({
    'G1 (A, X)': { total: 2, more: false, titles: ['e4 A about X and Y', 'e1 A about X'] },
    'G2 (A, X and Y)': { total: 4, more: true, titles: ['e5 A and B about Y', 'e4 A about X and Y'] },
    'G3 (B, Y)': { total: 1, more: false, titles: ['e5 A and B about Y'] },
    'G4 (no association, X)': { total: 0, more: false, titles: [] },
  });
});

it('one group or four: the same statements', async () => {
  const one = await jointEvents('LA');
  const all = await jointEvents();
  expect(Object.keys(one.byGroup)).toHaveLength(3);
  expect(Object.keys(all.byGroup)).toHaveLength(4);
  expect(all.statements).toBe(one.statements);
});
