import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { orgIdOf } from './identifier.schemes.js';

/**
 * An identifier an organization is known by in a scheme (a registry or code list): Popolo's Identifier,
 * with its scheme. One identifier of a scheme names one organization: the database refuses a second
 * (scheme, identifier), letter case ignored.
 */
@Entity()
@Unique({
  name: 'organization_identifier_scheme_identifier_unique',
  expression: 'create unique index "organization_identifier_scheme_identifier_unique" on "organization_identifier" ("scheme", upper("identifier"))',
})
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'An identifier an organization is known by in a scheme (Popolo’s Identifier): unique within its scheme.' })
export class OrganizationIdentifier extends SourcedEntity {
  @ManyToOne(() => Organization, { ref: true, index: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @Field({ description: 'The scheme’s code: an org-id.guide list prefix (XM-DAC, XI-IATI, VN-TIN, ...) or a LOCAL- scheme of this directory (see identifierSchemes).' })
  @Property({ length: 40 })
  scheme!: string;

  @Field({ description: 'The identifier as the scheme issues it, without the scheme’s prefix (41301 of XM-DAC-41301).' })
  @Property({ length: 200 })
  identifier!: string;

  @Field(() => String, { nullable: true, description: 'The organisation identifier in org-id.guide form (scheme-identifier, e.g. XM-DAC-41301); null for a LOCAL- scheme.' })
  get orgId(): string | null {
    return orgIdOf(this.scheme, this.identifier);
  }
}
