import { BeforeCreate, BeforeUpdate, Embedded, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Ref } from '@mikro-orm/core';
import { Field, InterfaceType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { URLScalar } from '../../graphql/scalars.js';
import { foldForSearch } from '../../search/fold.js';
import { EventOrganizer } from '../event/event-organizer.entity.js';
import { ParliamentaryGroup } from '../parliament/parliamentary-group.entity.js';
import { Province } from '../province/province.entity.js';
import { OrganizationCountry } from './organization-country.entity.js';
import { ORGANIZATION_TYPE_BY_KIND, OrganizationKind, OrganizationStatus } from './organization.enums.js';

/**
 * One table for every organization of the network; `kind` picks the concrete GraphQL type.
 * Relationship fields (parent, countries, ...) live in the resolver so that they batch.
 */
@Entity()
@Index({ name: 'organization_search_text_trgm', expression: 'create index "organization_search_text_trgm" on "organization" using gin ("search_text" gin_trgm_ops)' })
@InterfaceType('Organization', {
  implements: [BaseEntity, SourcedEntity],
  description: 'An organization of the friendship network or one of its partners.',
  resolveType: (value) => ORGANIZATION_TYPE_BY_KIND[(value as Organization).kind],
})
export class Organization extends SourcedEntity<'name' | 'searchText' | 'status' | 'countryLinks'> {
  @Field(() => OrganizationKind, { description: 'What the organization is within the network; decides its concrete type (Union, FriendshipAssociation, PartnerOrganization, ...).' })
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  @Index()
  kind!: OrganizationKind;

  @Field({ description: 'Display name: Vietnamese where known, otherwise English, French or the abbreviation.' })
  @Property()
  @Index()
  name: string = '';

  /** The name's Vietnamese sort key, computed by the database (Migration20261203110000_vietnamese_sort): lists by name order on it. */
  @Property({ type: 'text', generated: '(vietnamese_sort_key("name")) stored', collation: 'C', hidden: true })
  @Index()
  nameSort?: string;

  @Field({ nullable: true, description: 'Name in Vietnamese, with diacritics.' })
  @Property({ nullable: true })
  nameVi?: string;

  @Field({ nullable: true, description: 'Name in English.' })
  @Property({ nullable: true })
  nameEn?: string;

  @Field({ nullable: true, description: 'Name in French, where known.' })
  @Property({ nullable: true })
  nameFr?: string;

  @Field({ nullable: true, description: 'Abbreviation or acronym (VUFO, PACCOM, ...); null when none is recorded.' })
  @Property({ nullable: true })
  abbreviation?: string;

  /** Stable key of seeded rows (e.g. `vietnam-usa-society`), so re-seeding and fixtures can refer to them. */
  @Property({ nullable: true })
  @Unique()
  slug?: string;

  @Property({ type: 'text' })
  searchText: string = '';

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  parent?: Ref<Organization>;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  overseenBy?: Ref<Organization>;

  /** Membership, not a tree edge: central associations and provincial unions are members of the Union. */
  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  memberOf?: Ref<Organization>;

  /** The organization serving as this one's standing agency (the Union for COMINGO). */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  standingAgency?: Ref<Organization>;

  /** The state body in charge of state management of this organization (MOFA for the Union). */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  stateManagedBy?: Ref<Organization>;

  @ManyToOne(() => Province, { ref: true, nullable: true, index: true })
  province?: Ref<Province>;

  @OneToMany(() => OrganizationCountry, (link) => link.organization)
  countryLinks = new Collection<OrganizationCountry>(this);

  /** The events it organised (the organizers of an event are read through it). */
  @OneToMany(() => EventOrganizer, (link) => link.organization)
  eventLinks = new Collection<EventOrganizer>(this);

  /** The parliamentary groups this association coordinates with (their joint events are read through it). */
  @OneToMany(() => ParliamentaryGroup, (group) => group.coordinatingAssociation)
  coordinatedGroups = new Collection<ParliamentaryGroup>(this);

  @Field(() => PartialDate, { nullable: true, description: 'Founding date, as precise as the source gives it (a year, a month or a day); null when no source gives one.' })
  @Embedded(() => PartialDate, { nullable: true })
  foundedOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'Traditional day (ngày truyền thống), kept apart from a founding date.' })
  @Embedded(() => PartialDate, { nullable: true })
  traditionalDay?: PartialDate;

  @Field(() => OrganizationStatus, { description: 'Whether the organization is active, dormant or dissolved, as recorded (ACTIVE unless recorded otherwise).' })
  @Enum({ items: () => OrganizationStatus, nativeEnumName: 'organization_status' })
  status: OrganizationStatus = OrganizationStatus.ACTIVE;

  @Field({ nullable: true, description: 'What the organization is and does, in free text as recorded; null when none is recorded.' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field({ nullable: true, description: 'Postal address of the seat.' })
  @Property({ nullable: true })
  address?: string;

  @Field(() => URLScalar, { nullable: true, description: 'Website address; null when none is recorded.' })
  @Property({ nullable: true })
  website?: string;


  override get graphqlTypeName(): string {
    return ORGANIZATION_TYPE_BY_KIND[this.kind];
  }

  /** Keeps the display name and the search column in step with the names. */
  @BeforeCreate()
  @BeforeUpdate()
  refreshNames(): void {
    this.name = this.nameVi ?? this.nameEn ?? this.nameFr ?? this.abbreviation ?? '';
    this.searchText = foldForSearch([this.nameVi, this.nameEn, this.nameFr, this.abbreviation].filter(Boolean).join(' '));
  }
}
