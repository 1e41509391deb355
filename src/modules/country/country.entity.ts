import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { CountryCodeScalar } from '../../graphql/scalars.js';
import { Source } from '../../graphql/source.js';

@Entity()
@ObjectType({ implements: BaseEntity, description: 'A country or territory, by its ISO 3166-1 alpha-2 code.' })
export class Country extends BaseEntity<'sources' | 'sourceCitations'> {
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

  @Property({ type: 'text[]' })
  sourceCitations: string[] = [];

  @Field(() => [Source])
  get sources(): Source[] {
    return Source.list(this.sourceCitations);
  }
}
