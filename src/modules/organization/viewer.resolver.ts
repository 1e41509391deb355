import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Role } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import { Organization } from './organization.entity.js';

@ObjectType('Viewer', { description: 'Who the API takes the caller to be: what the bearer token (or its absence) grants.' })
export class ViewerInfo {
  @Field(() => String, { description: 'PUBLIC (no token), READER, ASSOCIATION_EDITOR or SECRETARIAT.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The token subject: the name the audit trail records for your writes.' })
  subject!: string | null;

  @Field(() => Organization, { nullable: true, description: 'The organization a READER reads for or an ASSOCIATION_EDITOR writes for (its branches too).' })
  organization!: Organization | null | Promise<Organization | null>;
}

@Resolver()
export class ViewerResolver {
  // A frontend asks this once to decide which views and buttons to show.
  @Query(() => ViewerInfo, { description: 'Who you are to the API: role, subject and organization of your token.' })
  viewer(@Ctx() { viewer, loaders }: Context): ViewerInfo {
    const { organizationId } = viewer;
    return Object.assign(new ViewerInfo(), {
      role: viewer.role,
      subject: viewer.subject ?? null,
      organization: organizationId ? loaders.byId(Organization).load(organizationId) : null,
    });
  }
}
