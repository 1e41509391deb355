import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * What an attacker, a fuzzer or a careless client sends. Every case is a client mistake: the server
 * must answer it with a 4xx (or a GraphQL-over-HTTP 200 carrying errors), a stable `extensions.code`,
 * never a 5xx, and keep serving.
 */
export interface HostileCase {
  kind: string;
  method?: string;
  /** Path below the server's URL; `/graphql` when absent. */
  path?: string;
  headers?: Record<string, string>;
  /** A GraphQL request object (sent as JSON), or a raw body. */
  body?: Record<string, unknown> | unknown[] | string | Buffer;
  /** Sent with `Authorization: Bearer <token of this role>`. */
  as?: 'SECRETARIAT' | 'ASSOCIATION_EDITOR';
}

const q = (kind: string, query: string, variables?: Record<string, unknown>, extra: Partial<HostileCase> = {}): HostileCase => ({
  kind,
  body: variables ? { query, variables } : { query },
  ...extra,
});

const NUL = '\u0000';
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const b64 = (text: string) => Buffer.from(text).toString('base64url');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

const malformedBodies: HostileCase[] = [
  { kind: 'truncated JSON', body: '{"query": "{ union { name } ' },
  { kind: 'empty body', body: '' },
  { kind: 'JSON null', body: 'null' },
  { kind: 'JSON number', body: '42' },
  { kind: 'JSON string', body: '"{ union { name } }"' },
  { kind: 'JSON array (batch, off)', body: [{ query: '{ union { name } }' }, { query: '{ union { id } }' }] },
  { kind: 'empty array', body: [] },
  { kind: 'no query', body: { variables: {} } },
  { kind: 'query is a number', body: { query: 42 } },
  { kind: 'query is an object', body: { query: { a: 1 } } },
  { kind: 'query is null', body: { query: null } },
  { kind: 'empty query', body: { query: '' } },
  { kind: 'variables is a string', body: { query: '{ union { name } }', variables: '{"a":1}x' } },
  { kind: 'variables is an array', body: { query: '{ union { name } }', variables: [1, 2] } },
  { kind: 'extensions is a string', body: { query: '{ union { name } }', extensions: 'x' } },
  { kind: 'operationName is a number', body: { query: '{ union { name } }', operationName: 5 } },
  { kind: 'operationName names no operation', body: { query: 'query A { union { name } }', operationName: 'B' } },
  { kind: 'two operations, no operationName', body: { query: 'query A { union { name } } query B { union { id } }' } },
  { kind: 'syntax error', body: { query: '{ union { name ' } },
  { kind: 'unknown field', body: { query: '{ nope }' } },
  { kind: 'invalid UTF-8 bytes', body: Buffer.concat([Buffer.from('{"query":"{ union { name } }","x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]) },
  { kind: 'deeply nested JSON', body: `{"query":"{ union { name } }","variables":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}` },
  { kind: 'duplicate keys', body: '{"query":"{ union { name } }","query":"{ nope }"}' },
  { kind: 'body over the size limit', body: JSON.stringify({ query: `{ union { name } } # ${'x'.repeat(2_000_000)}` }) },
  { kind: 'lone surrogate in a string', body: '{"query":"{ persons(filter: { search: \\"\\ud800\\" }) { totalCount } }"}' },
];

const limits: HostileCase[] = [
  q('depth 40', `{ union { ${'parent { '.repeat(39)} id ${'} '.repeat(39)} } }`),
  q('200 aliases', `{ ${repeat(200, (i) => `a${i}: union { name }`)} }`),
  q('5,000 aliases of __typename', `{ ${repeat(5000, (i) => `t${i}: __typename`)} }`),
  q('cost far over the limit', `{ ${repeat(4, (i) => `p${i}: organizations(first: 100) { edges { node { bodies(first: 100) { edges { node { id } } } } } }`)} }`),
  q('first over the page cap', '{ organizations(first: 1000000) { totalCount } }'),
  q('negative first', '{ organizations(first: -1) { totalCount } }'),
  q('first and last together', '{ organizations(first: 2, last: 2) { totalCount } }'),
  q('last over the page cap', '{ persons(last: 101) { totalCount } }'),
  q('nodes with 10,000 ids', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 10000 }, (_, i) => b64(`Organization:00000000-0000-0000-0000-${String(i).padStart(12, '0')}`)) }),
  q('1,000 fragments spread', `{ union { ...F } } ${repeat(1000, (i) => `fragment F${i} on Union { name }`)} fragment F on Union { name }`),
  q('fragment cycle', '{ union { ...A } } fragment A on Union { parent { ...B } } fragment B on Organization { parent { ...A } }'),
  q('fragment spread 300 times', `{ union { ${repeat(300, () => '...F')} } } fragment F on Union { name }`),
  q('1,000 directives on a field', `{ union { name ${repeat(1000, () => '@include(if: true)')} } }`),
  q('a string argument of 500,000 characters', 'query ($s: String) { persons(filter: { search: $s }) { totalCount } }', { s: 'a'.repeat(500_000) }),
  q('inactiveMembers asked 30 times', `{ ${repeat(30, (i) => `m${i}: inactiveMembers(from: "2000-01-01", to: "2030-01-01", maxRate: 1, minRecorded: 0, first: 100) { nodes { rate } }`)} }`),
  q('neighbourhood of 3 hops asked 20 times', `{ ${repeat(20, (i) => `n${i}: neighbourhood(id: "$UNION", hops: 3, limit: 1000) { nodes { id } }`)} }`),
  q('neighbourhood over 3 hops', '{ neighbourhood(id: "$UNION", hops: 50) { nodes { id } } }'),
  q('neighbourhood limit 2^31-1', `{ neighbourhood(id: "$UNION", limit: ${INT_MAX}) { nodes { id } } }`),
  q('connectionPaths with k 2^31-1', `{ connectionPaths(fromId: "$UNION", toId: "$UNION", k: ${INT_MAX}) { paths { length } } }`),
  q('connectionPaths with maxHops 2^31-1', `{ connectionPaths(fromId: "$UNION", toId: "$UNION", maxHops: ${INT_MAX}) { paths { length } } }`),
  q('auditTrail first 2^31-1', `{ auditTrail(first: ${INT_MAX}) { nodes { id } } }`, undefined, { as: 'SECRETARIAT' }),
  q('overdueCongresses first -5', '{ overdueCongresses(first: -5) { totalCount } }'),
];

const forgedIds: HostileCase[] = [
  q('node id not base64', '{ node(id: "!!!") { id } }'),
  q('node id of an unknown type', `{ node(id: "${b64('Spaceship:00000000-0000-0000-0000-000000000000')}") { id } }`),
  q('node id with a non-UUID key', `{ node(id: "${b64('Organization:1')}") { id } }`),
  q('node id with SQL in the key', `{ node(id: "${b64("Organization:' or 1=1 --")}") { id } }`),
  q('organization with a Person id', `{ organization(id: "${b64('Person:00000000-0000-0000-0000-000000000000')}") { id } }`),
  q('organization that does not exist', `{ organization(id: "${b64('Organization:00000000-0000-0000-0000-000000000000')}") { id } }`),
  q('person with an empty id', '{ person(id: "") { id } }'),
  q('event with a 10 KB id', `{ event(id: "${'A'.repeat(10_000)}") { id } }`),
  q('nodes with a malformed id among good ones', `{ nodes(ids: ["$UNION", "bad"]) { id } }`),
  q('inactiveMembers of a Body id', `{ inactiveMembers(organizationId: "${b64('Body:00000000-0000-0000-0000-000000000000')}") { nodes { rate } } }`),
  q('sharedPartners of garbage', '{ sharedPartners(first: "x", second: "y") { __typename } }'),
  q('partnersInCommon of garbage', '{ partnersInCommon(of: "x", comparedWith: "y") { totalCount } }'),
  q('connectionPaths with neither end', '{ connectionPaths { connected } }'),
  q('connectionPaths with from and fromId apart', `{ connectionPaths(from: "$UNION", fromId: "${b64('Organization:00000000-0000-0000-0000-000000000000')}", toId: "$UNION") { connected } }`),
  q('an id with a NUL', `{ node(id: "${b64(`Organization:${NUL}`)}") { id } }`),
  q('appointMember with forged ids', `mutation { appointMember(input: { personId: "x", organizationId: "y", role: PRESIDENT, startDate: "2025-01-01" }) { __typename } }`, undefined, { as: 'SECRETARIAT' }),
];

const forgedCursors: HostileCase[] = [
  q('cursor not base64', '{ persons(first: 2, after: "%%%") { totalCount } }'),
  q('cursor of JSON garbage', `{ persons(first: 2, after: "${b64('{"a":1}')}") { totalCount } }`),
  q('cursor with SQL', `{ persons(first: 2, after: "${b64(JSON.stringify(['x', "'; drop table person; --", '00000000-0000-0000-0000-000000000000']))}") { totalCount } }`),
  q('cursor of 100 KB', `{ persons(first: 2, after: "${'A'.repeat(100_000)}") { totalCount } }`),
  q('cursor with an object as sort value', `{ organizations(first: 2, after: "${b64(JSON.stringify(['x', { a: 1 }, '00000000-0000-0000-0000-000000000000']))}") { totalCount } }`),
  q('before cursor forged', `{ organizations(last: 2, before: "${b64('[1,2,3]')}") { totalCount } }`),
  q('cursor of a computed list with SQL', `{ inactiveMembers(after: "${b64(JSON.stringify(['x', [0, 0, 0, "'; drop table person; --"], "x' or 1=1"]))}") { totalCount } }`),
  q('cursor of a list of several keys with too few', `{ reportedFigures(after: "${b64(JSON.stringify(['x', [1], '00000000-0000-0000-0000-000000000000']))}") { totalCount } }`),
  q('cursor of a list ordered in memory, forged', `{ union { bodies(first: 1) { nodes { changes(after: "${b64(JSON.stringify(['x', ['2025-01-01', 'a', 'b'], 'id']))}") { totalCount } } } } }`),
];

const badScalars: HostileCase[] = [
  q('Date 2025-02-30', '{ understaffedBodies(asOf: "2025-02-30") { __typename } }'),
  q('Date 2025-13-45', '{ understaffedBodies(asOf: "2025-13-45") { __typename } }'),
  q('Date as words', '{ understaffedBodies(asOf: "yesterday") { __typename } }'),
  q('Date year 0', '{ understaffedBodies(asOf: "0000-01-01") { __typename } }'),
  q('Date year 99999', '{ understaffedBodies(asOf: "99999-01-01") { __typename } }'),
  q('Date as a number', '{ understaffedBodies(asOf: 20250101) { __typename } }'),
  q('Date in a variable, invalid', 'query ($d: Date) { understaffedBodies(asOf: $d) { __typename } }', { d: '2025-02-29' }),
  q('CountryCode ZZZ', '{ country(code: "ZZZ") { code } }'),
  q('CountryCode lowercase garbage', '{ country(code: "xx") { code } }'),
  q('CountryCode with NUL', `query ($c: CountryCode!) { country(code: $c) { code } }`, { c: `U${NUL}` }),
  q('Int over 2^31', '{ organizations(first: 2147483648) { totalCount } }'),
  q('Int as float', '{ organizations(first: 1.5) { totalCount } }'),
  q('Int as string variable', 'query ($n: Int) { organizations(first: $n) { totalCount } }', { n: '10' }),
  q('Int as 1e308 variable', 'query ($n: Int) { organizations(first: $n) { totalCount } }', { n: 1e308 }),
  q('Float NaN-ish', '{ inactiveMembers(maxRate: 1e400) { nodes { rate } } }'),
  q('Float negative', '{ inactiveMembers(maxRate: -1) { nodes { rate } } }'),
  q('enum value unknown', '{ aidStatistics(by: NOPE) { __typename } }'),
  q('enum given as string variable', 'query ($b: AidGrouping!) { aidStatistics(by: $b) { __typename } }', { b: 'nope' }),
  q('Boolean as string', '{ foreignNgoOverview(includeSynthetic: "yes") { __typename } }'),
  q('list where one expected', '{ organization(id: ["a", "b"]) { id } }'),
  q('input object with unknown field', '{ organizations(filter: { nope: 1 }) { totalCount } }'),
  q('variable of a wrong type declaration', 'query ($x: Nope) { union { name } }', { x: 1 }),
  q('missing required variable', 'query ($id: ID!) { node(id: $id) { id } }', {}),
  q('email scalar invalid', `mutation { createPerson(input: { fullName: "A", email: "not-an-email" }) { __typename } }`, undefined, { as: 'SECRETARIAT' }),
  q('ngoCounts by an unknown grouping', '{ ngoCounts(by: "nope") { __typename } }'),
];

const nulBytes: HostileCase[] = [
  q('NUL in foreignNgos province (literal)', '{ foreignNgos(filter: { province: "a\\u0000" }) { totalCount } }'),
  q('NUL in foreignNgos province (variable)', 'query ($p: String) { foreignNgos(filter: { province: $p }) { totalCount } }', { p: `a${NUL}` }),
  q('NUL in reportedFigures metric', 'query ($m: String) { reportedFigures(metric: $m) { __typename } }', { m: `x${NUL}y` }),
  q('NUL in auditTrail actor', 'query ($a: String) { auditTrail(actor: $a) { nodes { id } } }', { a: NUL }, { as: 'SECRETARIAT' }),
  q('NUL in person search', 'query ($s: String) { persons(filter: { search: $s }) { totalCount } }', { s: `nguyen${NUL}` }),
  q('NUL in organization search', 'query ($s: String) { organizations(filter: { search: $s }) { totalCount } }', { s: NUL }),
  q('NUL in province key', 'query ($k: String!) { province(key: $k) { name } }', { k: `Hà Nội${NUL}` }),
  q('NUL in a mutation input', `mutation ($n: String!) { createPerson(input: { fullName: $n }) { __typename } }`, { n: `A${NUL}B` }, { as: 'SECRETARIAT' }),
  { kind: 'NUL in operationName', body: { query: 'query A { union { name } }', operationName: `A${NUL}` } },
  q('NUL in the query text outside strings', `{ union { name } }${NUL}`),
];

const hugeNumbers: HostileCase[] = [
  q('registrationAlerts withinDays 2^31-1', `{ registrationAlerts(withinDays: ${INT_MAX}) { __typename } }`),
  q('registrationAlerts withinDays -2^31', `{ registrationAlerts(withinDays: ${INT_MIN}) { __typename } }`),
  q('aidStatistics fromYear -2^31', `{ aidStatistics(by: YEAR, fromYear: ${INT_MIN}) { __typename } }`),
  q('aidStatistics toYear 2^31-1', `{ aidStatistics(by: YEAR, toYear: ${INT_MAX}) { __typename } }`),
  q('membershipsEnding withinDays 2^31-1', `{ membershipsEnding(withinDays: ${INT_MAX}) { totalCount } }`),
  q('parliamentaryGroups legislature 2^31-1', `{ parliamentaryGroups(legislature: ${INT_MAX}) { __typename } }`),
  q('inactiveMembers minRecorded 2^31-1', `{ inactiveMembers(minRecorded: ${INT_MAX}) { nodes { rate } } }`),
  q('recordAid of 1e300', `mutation { recordAid(input: { organizationId: "$UNION", year: 2024, amount: 1e300, currency: "USD" }) { __typename } }`, undefined, { as: 'SECRETARIAT' }),
];

const introspection: HostileCase[] = [
  q('2,000 aliases of __schema', `{ ${repeat(2000, (i) => `s${i}: __schema { types { name fields { name type { name } } } }`)} }`),
  q('20 __schema fields', `{ ${repeat(20, (i) => `s${i}: __schema { types { name } }`)} }`),
  q('__type of a 100 KB name', `{ __type(name: "${'T'.repeat(100_000)}") { name } }`),
  q('deep ofType chain', `{ __schema { types { ${'ofType { '.repeat(40)} name ${'} '.repeat(40)} } } }`),
  q('introspection in a fragment cycle', '{ __schema { ...A } } fragment A on __Schema { types { name } ...A }'),
  q('__typename with 1,000 directives', `{ __typename ${repeat(1000, () => '@skip(if: false)')} }`),
];

const wrongMethodsAndTypes: HostileCase[] = [
  { kind: 'PUT /graphql', method: 'PUT', body: { query: '{ union { name } }' } },
  { kind: 'DELETE /graphql', method: 'DELETE' },
  { kind: 'PATCH /graphql', method: 'PATCH', body: { query: '{ union { name } }' } },
  { kind: 'GET without preflight header', method: 'GET', path: '/graphql?query=%7B%20union%20%7B%20name%20%7D%20%7D', headers: {} },
  { kind: 'GET with a mutation', method: 'GET', path: '/graphql?query=mutation%20%7B%20__typename%20%7D', headers: { 'apollo-require-preflight': 'true' } },
  { kind: 'GET with bad variables JSON', method: 'GET', path: '/graphql?query=%7B%20union%20%7B%20name%20%7D%20%7D&variables=%7Bx', headers: { 'apollo-require-preflight': 'true' } },
  { kind: 'text/plain body', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ union { name } }"}' },
  { kind: 'form-urlencoded body', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%20union%20%7B%20name%20%7D%20%7D' },
  { kind: 'multipart body', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--' },
  { kind: 'no content type', headers: { 'content-type': '' }, body: '{"query":"{ union { name } }"}' },
  { kind: 'unknown charset', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{"query":"{ union { name } }"}' },
  { kind: 'accept only XML', headers: { accept: 'application/xml' }, body: { query: '{ union { name } }' } },
  { kind: 'gzip that is not gzip', headers: { 'content-encoding': 'gzip' }, body: '{"query":"{ union { name } }"}' },
  { kind: 'deflate that is not deflate', headers: { 'content-encoding': 'deflate' }, body: '{"query":"{ union { name } }"}' },
  { kind: 'unknown content encoding', headers: { 'content-encoding': 'zstd-nope' }, body: '{"query":"{ union { name } }"}' },
  { kind: 'gzip bomb', headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.from(`{"query":"{ union { name } }","pad":"${'a'.repeat(50_000_000)}"}`)) },
  { kind: 'subscription', body: { query: 'subscription { __typename }' } },
  { kind: 'unknown route', method: 'GET', path: '/nope' },
  { kind: 'path traversal', method: 'GET', path: '/graphql/../../etc/passwd' },
  { kind: 'roster CSV of a malformed id', method: 'GET', path: '/export/bodies/nope/roster.csv' },
  { kind: 'roster CSV asOf 2025-02-30', method: 'GET', path: '/export/bodies/$BODY/roster.csv?asOf=2025-02-30' },
  { kind: 'roster CSV asOf 2025-13-45', method: 'GET', path: '/export/bodies/$BODY/roster.csv?asOf=2025-13-45' },
  { kind: 'roster CSV asOf given twice', method: 'GET', path: '/export/bodies/$BODY/roster.csv?asOf=2025-01-01&asOf=2025-01-02' },
  { kind: 'roster CSV of an unknown body', method: 'GET', path: `/export/bodies/${b64('Body:00000000-0000-0000-0000-000000000000')}/roster.csv` },
  { kind: 'HEAD /graphql', method: 'HEAD' },
  { kind: 'OPTIONS /graphql', method: 'OPTIONS' },
];

const persistedQueries: HostileCase[] = [
  { kind: 'APQ hash that does not match the query', body: { query: '{ union { name } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ union { id } }') } } } },
  { kind: 'APQ version 2', body: { query: '{ union { name } }', extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ union { name } }') } } } },
  { kind: 'APQ hash unknown, no query', body: { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('never seen') } } } },
  { kind: 'APQ hash not hex', body: { query: '{ union { name } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'zz' } } } },
  { kind: 'APQ persistedQuery a string', body: { query: '{ union { name } }', extensions: { persistedQuery: 'x' } } },
];

const badAuth: HostileCase[] = [
  { kind: 'Authorization without Bearer', headers: { authorization: 'Basic abc' }, body: { query: '{ union { name } }' } },
  { kind: 'Bearer with garbage', headers: { authorization: 'Bearer garbage' }, body: { query: '{ union { name } }' } },
  { kind: 'Bearer alg none', headers: { authorization: `Bearer ${b64('{"alg":"none"}')}.${b64('{"role":"SECRETARIAT","sub":"x"}')}.` }, body: { query: '{ union { name } }' } },
  { kind: 'Bearer with a 100 KB token', headers: { authorization: `Bearer ${'a'.repeat(100_000)}` }, body: { query: '{ union { name } }' } },
  { kind: 'a write without a token', body: { query: 'mutation { createPerson(input: { fullName: "A" }) { __typename } }' } },
  { kind: 'an editor writing for the Union', body: { query: 'mutation { updateOrganization(input: { id: "$UNION", version: 1, nameEn: "x" }) { __typename } }' }, as: 'ASSOCIATION_EDITOR' },
  { kind: 'the public reading the audit trail', body: { query: '{ auditTrail { nodes { id } } }' } },
];

export const HOSTILE_CASES: HostileCase[] = [
  ...malformedBodies,
  ...limits,
  ...forgedIds,
  ...forgedCursors,
  ...badScalars,
  ...nulBytes,
  ...hugeNumbers,
  ...introspection,
  ...wrongMethodsAndTypes,
  ...persistedQueries,
  ...badAuth,
];
