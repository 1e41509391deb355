import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { CountryCodeScalar } from '../../graphql/scalars.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A country or territory, by its ISO 3166-1 alpha-2 code.' })
export class Country extends SourcedEntity {
  @Field(() => CountryCodeScalar)
  @Property({ length: 2 })
  @Unique()
  code!: string;

  @Field()
  @Property()
  nameEn!: string;

  @Field({ nullable: true })
  @Property({ nullable: true })
  nameVi?: string;
}
