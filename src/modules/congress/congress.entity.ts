import { Embedded, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Organization } from '../organization/organization.entity.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'An organization’s n-th congress, which elects its bodies for a term.' })
export class Congress extends SourcedEntity {
  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @Field(() => Int, { nullable: true, description: 'Ordinal: 7 for the 7th congress.' })
  @Property({ nullable: true })
  number?: number;

  @Field({ nullable: true, description: 'The congress’s title (e.g. "6th National Congress of VUFO"); null where none is recorded.' })
  @Property({ nullable: true })
  title?: string;

  @Field(() => PartialDate, { description: 'When the congress was held, as precise as the source states it.' })
  @Embedded(() => PartialDate)
  heldOn!: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When the term it opened began (usually the day it was held); null when not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  termStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When the term it opened is due to end (the next congress is due); null when not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  termEnd?: PartialDate;

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
