import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { URLScalar } from '../../graphql/scalars.js';
import { notPaged } from '../../relay/connection.js';
import { Organization } from '../organization/organization.entity.js';
import { identifiersByOrganization } from './identifier.loaders.js';
import { IDENTIFIER_SCHEMES } from './identifier.schemes.js';
import { OrganizationIdentifier } from './organization-identifier.entity.js';

@ObjectType('IdentifierScheme', { description: 'A scheme organizations are identified in: an org-id.guide list, or a LOCAL- scheme of this directory.' })
export class IdentifierSchemeType {
  @Field({ description: 'The code identifiers name it by (org-id.guide’s prefix, e.g. XM-DAC).' })
  code!: string;

  @Field({ description: 'What the scheme is and who issues its identifiers.' })
  name!: string;

  @Field(() => URLScalar, { nullable: true, description: 'Where the scheme is described; null where no page is known.' })
  url!: string | null;

  @Field({ description: 'True for an org-id.guide list: scheme-identifier is then the org-id.' })
  orgIdGuide!: boolean;

  @Field(() => String, { nullable: true, description: 'What its identifiers look like, as writes check it; null when anything is accepted.' })
  shape!: string | null;

  @Field({ description: 'Where this entry was taken from.' })
  origin!: string;
}

const SCHEMES = IDENTIFIER_SCHEMES.map(({ code, name, url, orgIdGuide, shape, origin }) => Object.assign(new IdentifierSchemeType(), { code, name, url, orgIdGuide, shape: shape ?? null, origin }));

@Resolver(() => Organization)
export class OrganizationIdentifierFields {
  @FieldResolver(() => [OrganizationIdentifier], { description: `Identifiers the organization is known by (registration numbers, IATI/DAC codes), each with its scheme, by scheme. ${notPaged('an organization’s few identifiers, in the few schemes of identifierSchemes')}` })
  identifiers(@Root() organization: Organization, @Ctx() { loaders }: Context): Promise<OrganizationIdentifier[]> {
    return loaders.use(identifiersByOrganization).load(organization.id);
  }
}

@Resolver(() => OrganizationIdentifier)
export class OrganizationIdentifierResolver {
  @Query(() => [IdentifierSchemeType], { description: `The schemes an organization identifier may be given in. ${notPaged('the reference list of schemes')}` })
  identifierSchemes(): IdentifierSchemeType[] {
    return SCHEMES;
  }

  @FieldResolver(() => Organization, { description: 'The organization the identifier names.' })
  async organization(@Root() identifier: OrganizationIdentifier, @Ctx() { loaders }: Context): Promise<Organization> {
    const organization = await loaders.ref(Organization, identifier.organization);
    if (!organization) throw new Error(`identifier ${identifier.id} without its organization`);
    return organization;
  }
}
