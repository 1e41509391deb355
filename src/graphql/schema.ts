import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { BodyAttendanceResolver, InactiveMembersResolver, PersonAttendanceResolver } from '../modules/attendance/attendance.resolver.js';
import { UnderstaffedBodyResolver } from '../modules/body/body.understaffed.js';
import { OverdueCongressResolver } from '../modules/congress/congress.overdue.js';
import { MembershipQueries } from '../modules/post/membership.queries.js';
import { MembershipMutations } from '../modules/post/membership.mutations.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { GovernanceMutations } from '../modules/congress/congress.mutations.js';
import { OrganizationMutations } from '../modules/organization/organization.mutations.js';
import { StateRecordMutations } from '../modules/parliament/parliament.mutations.js';
import { PersonMutations } from '../modules/person/person.mutations.js';
import { EventMutations } from '../modules/event/event.mutations.js';
import { NgoMutations } from '../modules/ngo/ngo.mutations.js';
import { PartnershipMutations } from '../modules/partnership/partnership.mutations.js';
import { NetworkResolver, OrganizationNetworkResolver } from '../modules/network/network.resolver.js';
import { AmbassadorPostingResolver } from '../modules/ambassador/ambassador.resolver.js';
import { BodyResolver } from '../modules/body/body.resolver.js';
import { CongressResolver } from '../modules/congress/congress.resolver.js';
import { CountryResolver } from '../modules/country/country.resolver.js';
import { EventResolver, ParticipationResolver } from '../modules/event/event.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { ORGANIZATION_OBJECT_TYPES } from '../modules/organization/organization.types.js';
import { GroupMembershipResolver, ParliamentaryGroupResolver } from '../modules/parliament/parliament.resolver.js';
import { PartnershipResolver } from '../modules/partnership/partnership.resolver.js';
import { PersonPrivateFieldsResolver } from '../modules/person/person.private.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { MembershipResolver } from '../modules/post/membership.resolver.js';
import { ProvinceResolver } from '../modules/province/province.resolver.js';
import { ReportedFigureResolver } from '../modules/reported-figure/reported-figure.resolver.js';
import { SectorResolver } from '../modules/sector/sector.resolver.js';
import { NodeResolver } from '../relay/node.resolver.js';
import { LegalInstrumentResolver, LegalRuleResolver } from '../modules/legal/legal.resolver.js';
import { authChecker } from '../auth/auth-checker.js';
import { readPropertiesDirectly } from './property-fields.js';
import { AidRecordResolver, ForeignNgoResolver, InterventionAreaResolver, NgoQueries } from '../modules/ngo/ngo.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

/** The one schema of the API, built once per process from the decorated classes. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      NodeResolver,
      OrganizationResolver,
      CountryResolver,
      PersonResolver,
      PersonPrivateFieldsResolver,
      MembershipResolver,
      BodyResolver,
      CongressResolver,
      EventResolver,
      ParticipationResolver,
      AmbassadorPostingResolver,
      ParliamentaryGroupResolver,
      GroupMembershipResolver,
      PartnershipResolver,
      ProvinceResolver,
      SectorResolver,
      ReportedFigureResolver,
      PersonAttendanceResolver,
      BodyAttendanceResolver,
      InactiveMembersResolver,
      OverdueCongressResolver,
      MembershipQueries,
      MembershipMutations,
      AuditResolver,
      PartnershipMutations,
      EventMutations,
      NgoMutations,
      OrganizationMutations,
      PersonMutations,
      GovernanceMutations,
      StateRecordMutations,
      UnderstaffedBodyResolver,
      NetworkResolver,
      OrganizationNetworkResolver,
      ForeignNgoResolver,
      InterventionAreaResolver,
      AidRecordResolver,
      NgoQueries,
      LegalInstrumentResolver,
      LegalRuleResolver,
    ],
    orphanedTypes: [...ORGANIZATION_OBJECT_TYPES],
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
  }).then(readPropertiesDirectly);
  return schema;
}
