import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A field of work: health, education and training, ...' })
export class Sector extends SourcedEntity {
  @Field({ description: 'Stable key, e.g. `health-care`.' })
  @Property()
  @Unique()
  key!: string;

  @Field({ description: 'Name in English (e.g. Health care).' })
  @Property()
  nameEn!: string;

  /** The name's Vietnamese sort key, computed by the database (Migration20261203110000_vietnamese_sort): lists by name order on it. */
  @Property({ type: 'text', generated: '(vietnamese_sort_key("name_en")) stored', collation: 'C', hidden: true })
  nameSort?: string;

  @Field({ nullable: true, description: 'Name in Vietnamese, with diacritics; null when none is recorded.' })
  @Property({ nullable: true })
  nameVi?: string;
}
