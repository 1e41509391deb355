// @ts-expect-error: a plain ES module shared with the command line (node test/api/schema-lint.mjs)
import { lintSchema } from './schema-lint.mjs';

/*
 * Issue 14, item 3. A frontend developer reads the schema in their editor and their codegen: every type,
 * field, argument, input field and enum value says what it is (units, defaults, limits, what a null means),
 * and the rest of graphql-eslint's schema-recommended and schema-relay rule sets holds.
 */

// Computed answers with no identity of their own (a count, a path, a figure): they carry no `id`.
const VALUE_TYPES = [
  'AidTotal', 'AreaChange', 'Attendance', 'BodyAttendance', 'ConnectionPaths', 'CountByKey', 'ForeignNgoOverview',
  'IdentifierScheme', 'MemberAttendance', 'MembershipChange', 'Milestone', 'MissingPartner', 'NetworkGraph',
  'NetworkPath', 'NetworkSummary', 'NgoCount', 'OutOfAreaActivity', 'OverdueCongress', 'PartialDate',
  'ParticipationChange', 'PartnerSuggestion', 'PartnershipYearCount', 'PathStep', 'RateLimit', 'RegistrationAlert',
  'RemapResult', 'RosterChange', 'Seats', 'SharedPartner', 'Source', 'UnderstaffedBody', 'Viewer',
];

type Message = { rule: string; line: number; message: string };
let messages: Message[];

beforeAll(async () => {
  messages = await lintSchema(VALUE_TYPES);
}, 60_000);

it('documents every type, field, argument, input field and enum value of schema.graphql', () => {
  const missing = messages.filter((m) => m.rule === '@graphql-eslint/require-description');
  expect(missing.map((m) => `schema.graphql:${m.line} ${m.message}`)).toEqual([]);
});

it('passes the rest of schema-recommended and schema-relay', () => {
  const others = messages.filter((m) => m.rule !== '@graphql-eslint/require-description');
  expect(others.map((m) => `schema.graphql:${m.line} ${m.rule} ${m.message}`)).toEqual([]);
});
