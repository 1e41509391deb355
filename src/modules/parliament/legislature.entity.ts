import { Embedded, Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A National Assembly legislature (the 15th: 2021–2026; the 16th: elected 15 March 2026).' })
export class Legislature extends SourcedEntity {
  @Field(() => Int)
  @Property()
  @Unique()
  number!: number;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  electedOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  termStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  termEnd?: PartialDate;
}
