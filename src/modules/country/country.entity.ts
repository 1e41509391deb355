import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { CountryCodeScalar } from '../../graphql/scalars.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A country or territory, by its ISO 3166-1 alpha-2 code.' })
export class Country extends SourcedEntity {
  @Field(() => CountryCodeScalar, { description: 'The ISO 3166-1 alpha-2 code, in capitals (e.g. FR).' })
  @Property({ length: 2 })
  @Unique()
  code!: string;

  @Field({ description: 'The English name (ISO’s short name for the countries the sources do not name otherwise).' })
  @Property()
  nameEn!: string;

  /** The name's Vietnamese sort key, computed by the database (Migration20261203110000_vietnamese_sort): lists by name order on it. */
  @Property({ type: 'text', generated: '(vietnamese_sort_key("name_en")) stored', collation: 'C', hidden: true })
  nameSort?: string;

  @Field({ nullable: true, description: 'The Vietnamese name; null where none is recorded.' })
  @Property({ nullable: true })
  nameVi?: string;
}
