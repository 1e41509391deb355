import { BeforeCreate, BeforeUpdate, Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { foldForSearch } from '../../search/fold.js';

@Entity()
@Index({ name: 'person_search_name_trgm', expression: 'create index "person_search_name_trgm" on "person" using gin ("search_name" gin_trgm_ops)' })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A person of the network: a leader, a committee member, a deputy, an ambassador.' })
export class Person extends SourcedEntity<'searchName'> {
  @Field({ description: 'Full name as written in Vietnamese (with diacritics) or in the person’s own language.' })
  @Property()
  @Index()
  fullName!: string;

  /** The name's Vietnamese sort key, computed by the database (Migration20261203110000_vietnamese_sort): lists by name order on it. */
  @Property({ type: 'text', generated: '(vietnamese_sort_key("full_name")) stored', collation: 'C', hidden: true })
  @Index()
  nameSort?: string;

  /** The name without diacritics or case: what text search matches against. */
  @Field({ description: 'The name without diacritics, lower case (what search matches).' })
  @Property()
  searchName: string = '';

  @Field({ nullable: true, description: 'Ambassador, Prof., Dr., ...' })
  @Property({ nullable: true })
  honorific?: string;

  @Field({ nullable: true, description: 'Public biography, in free text as recorded; null when there is none.' })
  @Property({ type: 'text', nullable: true })
  biography?: string;

  @Property({ nullable: true })
  @Unique()
  slug?: string;

  @BeforeCreate()
  @BeforeUpdate()
  refreshSearchName(): void {
    this.searchName = foldForSearch(this.fullName);
  }
}
