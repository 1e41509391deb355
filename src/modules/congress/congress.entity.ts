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

  @Field({ nullable: true })
  @Property({ nullable: true })
  title?: string;

  @Field(() => PartialDate)
  @Embedded(() => PartialDate)
  heldOn!: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  termStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When the term it opened is due to end (the next congress is due).' })
  @Embedded(() => PartialDate, { nullable: true })
  termEnd?: PartialDate;

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
