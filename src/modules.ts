import type { GraphQLSchema } from 'graphql';
import { auditModule } from './audit/audit.module.js';
import { accountModule } from './modules/account/account.module.js';
import type { DomainModule } from './domain-module.js';
import { buildApiSchema } from './graphql/schema.js';
import { ambassadorModule } from './modules/ambassador/ambassador.module.js';
import { attendanceModule } from './modules/attendance/attendance.module.js';
import { bodyModule } from './modules/body/body.module.js';
import { congressModule } from './modules/congress/congress.module.js';
import { countryModule } from './modules/country/country.module.js';
import { eventModule } from './modules/event/event.module.js';
import { identifierModule } from './modules/identifier/identifier.module.js';
import { importModule } from './modules/import/import.module.js';
import { legalModule } from './modules/legal/legal.module.js';
import { membershipModule } from './modules/membership/membership.module.js';
import { networkModule } from './modules/network/network.module.js';
import { ngoModule } from './modules/ngo/ngo.module.js';
import { organizationModule } from './modules/organization/organization.module.js';
import { parliamentModule } from './modules/parliament/parliament.module.js';
import { partnershipModule } from './modules/partnership/partnership.module.js';
import { personModule } from './modules/person/person.module.js';
import { popoloModule } from './modules/popolo/popolo.module.js';
import { provinceModule } from './modules/province/province.module.js';
import { reportedFigureModule } from './modules/reported-figure/reported-figure.module.js';
import { searchModule } from './modules/search/search.module.js';
import { sectorModule } from './modules/sector/sector.module.js';
import { NodeResolver } from './relay/node.resolver.js';
import { RateLimitResolver } from './graphql/rate-limit.resolver.js';

/** The one place the app is assembled from its modules. */
export const MODULES: DomainModule[] = [
  // node(id:) and nodes(ids:) over every node type
  { resolvers: [NodeResolver] },
  // rateLimit: the caller's point budget
  { resolvers: [RateLimitResolver] },
  organizationModule,
  identifierModule,
  countryModule,
  personModule,
  membershipModule,
  bodyModule,
  congressModule,
  eventModule,
  ambassadorModule,
  parliamentModule,
  partnershipModule,
  provinceModule,
  sectorModule,
  reportedFigureModule,
  attendanceModule,
  networkModule,
  ngoModule,
  legalModule,
  auditModule,
  searchModule,
  popoloModule,
  importModule,
  accountModule,
];

/** Every entity, listed explicitly (no folder scanning): the same list for the app, tests and migrations. */
export const ENTITIES = MODULES.flatMap((m) => m.entities ?? []);

let schema: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildApiSchema(MODULES);
  return schema;
}
