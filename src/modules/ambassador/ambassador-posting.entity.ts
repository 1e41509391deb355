import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Country } from '../country/country.entity.js';
import { Person } from '../person/person.entity.js';
import { notPaged } from '../../relay/connection.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A foreign ambassador’s posting to Vietnam; welcome and farewell events hang on it.' })
export class AmbassadorPosting extends SourcedEntity<'attestedOn'> {
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  person?: Ref<Person>;

  @ManyToOne(() => Country, { ref: true, index: true })
  country!: Ref<Country>;

  @Field(() => PartialDate, { nullable: true, description: 'When the ambassador arrived to take up the posting, as precise as the source states it; null when no source gives it.' })
  @Embedded(() => PartialDate, { nullable: true })
  arrivedOn?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When the posting ended (the ambassador left), as precise as the source states it; null while the ambassador is in post, or when no source gives the departure.' })
  @Embedded(() => PartialDate, { nullable: true })
  departedOn?: PartialDate;

  @Field(() => [String], { description: `Dates on which a source shows the ambassador in post. ${notPaged('the few dates the sources of one posting give')}` })
  @Property({ type: 'text[]' })
  attestedOn: string[] = [];

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
