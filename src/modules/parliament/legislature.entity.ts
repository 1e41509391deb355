import { Embedded, Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A dated step of a legislature (an election milestone, ...).' })
export class Milestone {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => String, { nullable: true })
  endDate?: string;

  @Field()
  label!: string;
}
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { notPaged } from '../../relay/connection.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A National Assembly legislature (the 15th: 2021–2026; the 16th: elected 15 March 2026).' })
export class Legislature extends SourcedEntity<'milestones'> {
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

  @Field(() => [Milestone], { description: `Dated steps, e.g. of the election. ${notPaged('the few dated steps of one legislature')}` })
  @Property({ type: 'json' })
  milestones: Milestone[] = [];
}
