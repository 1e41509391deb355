import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { ConnectionType } from '../../relay/connection.js';
import { Organization } from './organization.entity.js';

const implementsOrganization = { implements: [BaseEntity, SourcedEntity, Organization] };

@ObjectType({ ...implementsOrganization, description: 'The Vietnam Union of Friendship Organizations (VUFO).' })
export class Union extends Organization {}

@ObjectType({ ...implementsOrganization, description: 'A department or specialised body of the Union (PACCOM, ...).' })
export class UnionBody extends Organization {}

@ObjectType({ ...implementsOrganization, description: 'A central-level friendship association, member of the Union.' })
export class FriendshipAssociation extends Organization {}

@ObjectType({ ...implementsOrganization, description: 'A provincial union of friendship organizations.' })
export class LocalUnion extends Organization {}

@ObjectType({ ...implementsOrganization, description: 'A provincial branch of a friendship association.' })
export class LocalAssociation extends Organization {}

@ObjectType({ ...implementsOrganization, description: 'A foreign non-governmental organization working in Vietnam.' })
export class ForeignNgo extends Organization {}

@ObjectType({
  ...implementsOrganization,
  description: 'A partner of the network: business, research institution, overseas community, student association, foreign counterpart, government body or embassy (see `kind`).',
})
export class PartnerOrganization extends Organization {}

export const ORGANIZATION_OBJECT_TYPES = [Union, UnionBody, FriendshipAssociation, LocalUnion, LocalAssociation, ForeignNgo, PartnerOrganization];

export const OrganizationConnection = ConnectionType<Organization>('Organization', () => Organization);
export type OrganizationConnection = InstanceType<typeof OrganizationConnection>;
