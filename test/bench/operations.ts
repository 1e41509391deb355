import type pg from 'pg';
import { toGlobalId } from '../../src/relay/global-id.js';

/**
 * The operations the benchmark times: what a frontend sends for its main pages. To add one, append
 * to OPERATIONS; if it needs an ID from the data, add a query to pickFixtures.
 */

/** IDs (global, as clients see them) picked from the generated data. */
export interface Fixtures {
  /** The synthetic friendship association with the most memberships (the heaviest profile page). */
  largeAssociationId: string;
  largeAssociationName: string;
  /** The synthetic person with the most memberships (the longest record). */
  busyPersonId: string;
  busyPersonName: string;
  [key: string]: string;
}

export interface Operation {
  name: string;
  description: string;
  query: string;
  /** Variables, or a function of the fixtures giving them. */
  variables?: Record<string, unknown> | ((fixtures: Fixtures) => Record<string, unknown>);
}

export const OPERATIONS: Operation[] = [
  {
    name: 'directory',
    description: 'Directory page: 50 friendship associations with countries, president and 5 office holders',
    query: /* GraphQL */ `
      query Directory($first: Int!) {
        organizations(first: $first, filter: { kinds: [FRIENDSHIP_ASSOCIATION], includeSynthetic: true }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              name
              countries { code nameEn }
              officeHolder { person { id fullName } }
              memberships(first: 5) { edges { node { role person { id fullName } } } }
            }
          }
        }
      }`,
    variables: { first: 50 },
  },
  {
    name: 'association-profile',
    description: 'Profile of the largest synthetic association: bodies with 50-member rosters, congresses, events, partnerships',
    query: /* GraphQL */ `
      query AssociationProfile($id: ID!) {
        organization(id: $id) {
          id
          name
          nameEn
          kind
          countries { code nameEn }
          bodies {
            nodes {
              id
              kind
              nameVi
              size
              termStart { text }
              termEnd { text }
              members(first: 50) { totalCount edges { role node { id fullName } } }
            }
          }
          congresses { nodes { id number heldOn { text } } }
          events(first: 10, filter: { includeSynthetic: true }) { totalCount edges { node { id kind title startDate { text } } } }
          partnerships(first: 10, filter: { includeSynthetic: true }) {
            totalCount
            edges { node { id kind status partnerOrganization { id name } partnerPerson { id fullName } } }
          }
        }
      }`,
    variables: (f) => ({ id: f.largeAssociationId }),
  },
  {
    name: 'person-profile',
    description: 'Profile of the person with the most posts: 20 memberships of the whole record',
    query: /* GraphQL */ `
      query PersonProfile($id: ID!) {
        person(id: $id) {
          id
          fullName
          honorific
          memberships(history: true, first: 20) {
            totalCount
            edges { node { role heldFrom heldUntil organization { id name } body { kind } } }
          }
        }
      }`,
    variables: (f) => ({ id: f.busyPersonId }),
  },
  {
    name: 'search',
    description: 'Search box: 20 persons matching "nguyen van" and 20 organizations matching "viet nam", with totals',
    query: /* GraphQL */ `
      query Search($persons: String!, $organizations: String!) {
        persons(first: 20, filter: { search: $persons, includeSynthetic: true }) {
          totalCount
          edges { node { id fullName } }
        }
        organizations(first: 20, filter: { search: $organizations, includeSynthetic: true }) {
          totalCount
          edges { node { id name kind } }
        }
      }`,
    variables: { persons: 'nguyen van', organizations: 'viet nam' },
  },
  {
    name: 'partner-list',
    description: '20 friendship associations with 10 partnerships each (kind, status, sectors)',
    query: /* GraphQL */ `
      query PartnerList {
        organizations(first: 20, filter: { kinds: [FRIENDSHIP_ASSOCIATION], includeSynthetic: true }) {
          edges {
            node {
              id
              name
              partnerships(first: 10, filter: { includeSynthetic: true }) {
                totalCount
                edges { node { id kind status sectors { key } } }
              }
            }
          }
        }
      }`,
  },
  {
    name: 'roster',
    description: 'The largest committee: seats, the roster as of 2025-06-01 (50 members) and its change history',
    query: /* GraphQL */ `
      query Roster($id: ID!) {
        node(id: $id) {
          ... on Body {
            kind
            seats(asOf: "2025-06-01") { size filled vacancies }
            members(asOf: "2025-06-01", first: 50) { totalCount edges { role node { fullName } membership { startDate { text } termEnd { text } } } }
            changes(first: 100) { totalCount nodes { date { text } kind } }
          }
        }
      }`,
    variables: (f) => ({ id: f.largeBodyId }),
  },
  {
    name: 'inactive-members',
    description: 'Inactive committee members of the largest association over a year, least active first',
    query: /* GraphQL */ `
      query Inactive($id: ID!) {
        inactiveMembers(organizationId: $id, from: "2025-11-01", to: "2026-11-01", maxRate: 0.5, first: 50) {
          totalCount nodes { person { fullName } body { kind } invited attended recorded rate }
        }
      }`,
    variables: (f) => ({ id: f.largeAssociationId }),
  },
  {
    name: 'inactive-members-union',
    description: 'Union-wide: the 50 least active committee members over a year',
    query: /* GraphQL */ `
      query InactiveUnion {
        inactiveMembers(from: "2025-11-01", to: "2026-11-01", maxRate: 0.25, first: 50) { nodes { person { fullName } organization { name } rate invited } }
      }`,
  },
  {
    name: 'neighbourhood-2-hops',
    description: 'The largest association’s neighbourhood within 2 hops (partnerships, shared people, shared events, parent), as a graph',
    query: /* GraphQL */ `
      query Neighbourhood($id: ID!) {
        neighbourhood(id: $id, hops: 2, limit: 200) { truncated nodes { id label hops category } edges { source target kind weight } }
      }`,
    variables: (f) => ({ id: f.largeAssociationId }),
  },
  {
    name: 'connection-path',
    description: 'Shortest connections (up to 3) between two synthetic associations, explained',
    query: /* GraphQL */ `
      query Path($from: ID!, $to: ID!) {
        connectionPaths(fromId: $from, toId: $to, maxHops: 4, k: 3) { connected summary paths { hops explanation } }
      }`,
    variables: (f) => ({ from: f.largeAssociationId, to: f.otherAssociationId }),
  },
  {
    name: 'aid-statistics',
    description: 'Aid by province in today’s geography and by year, computed from the aid records',
    query: /* GraphQL */ `
      query Aid {
        byProvince: aidStatistics(by: PROVINCE, includeSynthetic: true) { key label amountUsd records ngos }
        byYear: aidStatistics(by: YEAR, includeSynthetic: true) { key amountUsd }
      }`,
  },
];

/** Picks the IDs the operations need from the generated data. */
export async function pickFixtures(client: pg.ClientBase): Promise<Fixtures> {
  const association = await client.query<{ id: string; name: string }>(
    `select o.id, o.name from organization o join membership m on m.organization_id = o.id
      where o.synthetic and o.kind = 'FRIENDSHIP_ASSOCIATION'
      group by o.id, o.name order by count(*) desc, o.id limit 1`,
  );
  const person = await client.query<{ id: string; name: string }>(
    `select p.id, p.full_name as name from person p join membership m on m.person_id = p.id
      where p.synthetic group by p.id, p.full_name order by count(*) desc, p.id limit 1`,
  );
  const body = await client.query<{ id: string }>(
    `select b.id from body b join membership m on m.body_id = b.id where b.synthetic group by b.id order by count(*) desc, b.id limit 1`,
  );
  const other = await client.query<{ id: string }>(
    `select o.id from organization o join partnership p on p.organization_id = o.id
      where o.synthetic and o.kind = 'FRIENDSHIP_ASSOCIATION' and o.id <> $1
      group by o.id order by count(*) desc, o.id limit 1 offset 10`,
    [association.rows[0]?.id],
  );
  if (!association.rows[0] || !person.rows[0] || !body.rows[0] || !other.rows[0]) throw new Error('bench: the synthetic network has no association or person with memberships');
  return {
    largeAssociationId: toGlobalId('Organization', association.rows[0].id),
    largeAssociationName: association.rows[0].name,
    busyPersonId: toGlobalId('Person', person.rows[0].id),
    busyPersonName: person.rows[0].name,
    largeBodyId: toGlobalId('Body', body.rows[0].id),
    otherAssociationId: toGlobalId('Organization', other.rows[0].id),
  };
}

export function variablesOf(operation: Operation, fixtures: Fixtures): Record<string, unknown> {
  const v = operation.variables;
  return typeof v === 'function' ? v(fixtures) : (v ?? {});
}
