import { Embedded, Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A dated step of a legislature (an election milestone, ...).' })
export class Milestone {
  @Field({ description: 'The day of the step, or its first day: YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'The last day of a step that lasts several days (YYYY-MM-DD); null for a single day.' })
  endDate?: string;

  @Field({ description: 'What the step is, in words (e.g. “candidacy dossiers due”).' })
  label!: string;
}
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { notPaged } from '../../relay/connection.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A National Assembly legislature (the 15th: 2021–2026; the 16th: elected 15 March 2026).' })
export class Legislature extends SourcedEntity<'milestones'> {
  @Field(() => Int, { description: 'The legislature’s number (15 for 2021–2026).' })
  @Property()
  @Unique()
  number!: number;

  @Field(() => PartialDate, { nullable: true, description: 'The day of the general election that elected it; null when no source gives it.' })
  @Embedded(() => PartialDate, { nullable: true })
  electedOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'Start of its term, as precise as the source gives it; null when not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  termStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'End of its term, as precise as the source gives it; null when not known (or not ended).' })
  @Embedded(() => PartialDate, { nullable: true })
  termEnd?: PartialDate;

  @Field(() => [Milestone], { description: `Dated steps, e.g. of the election. ${notPaged('the few dated steps of one legislature')}` })
  @Property({ type: 'json' })
  milestones: Milestone[] = [];
}
