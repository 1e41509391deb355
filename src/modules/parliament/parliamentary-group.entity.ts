import { Collection, type Ref } from '@mikro-orm/core';
import { Embedded, Entity, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ParliamentaryGroupCountry } from './parliamentary-group-country.entity.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A parliamentary friendship group of the National Assembly for a country or region, in one legislature.' })
export class ParliamentaryGroup extends SourcedEntity<'countryLinks'> {
  @Field(() => Int, { nullable: true, description: 'The legislature (14, 15, 16); null where the source does not say.' })
  @Property({ nullable: true })
  @Index()
  legislature?: number;

  @Field({ description: 'The group’s name in English (e.g. Vietnam–France Friendship Parliamentarians Group), as recorded.' })
  @Property()
  nameEn!: string;

  /** The name's Vietnamese sort key, computed by the database (Migration20261203110000_vietnamese_sort): lists by name order on it. */
  @Property({ type: 'text', generated: '(vietnamese_sort_key("name_en")) stored', collation: 'C', hidden: true })
  nameSort?: string;

  @Field({ nullable: true, description: 'The region, for a regional group (e.g. ASEAN).' })
  @Property({ nullable: true })
  regionName?: string;

  @Field(() => Int, { nullable: true, description: 'Number of deputies, as reported.' })
  @Property({ nullable: true })
  memberCount?: number;

  @Field(() => PartialDate, { nullable: true, description: 'Date of the source that describes the group.' })
  @Embedded(() => PartialDate, { nullable: true })
  asOf?: PartialDate;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  coordinatingAssociation?: Ref<Organization>;

  @ManyToOne(() => Organization, { ref: true, nullable: true })
  parentOrganization?: Ref<Organization>;

  @OneToMany(() => ParliamentaryGroupCountry, (link) => link.group)
  countryLinks = new Collection<ParliamentaryGroupCountry>(this);

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
