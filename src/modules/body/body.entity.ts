import { Embedded, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { BodyKind } from './body.enums.js';

@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A committee or governing organ of an organization for one term (e.g. a 50-member executive committee for 2023–2028).' })
export class Body extends SourcedEntity {
  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @Field(() => BodyKind, { description: 'The governing organ the body is.' })
  @Enum({ items: () => BodyKind, nativeEnumName: 'body_kind' })
  kind!: BodyKind;

  @Field({ nullable: true, description: 'The body’s own name in Vietnamese, where it has one; null: it goes by its kind (e.g. Ban Chấp hành).' })
  @Property({ nullable: true })
  nameVi?: string;

  @Field({ nullable: true, description: 'The body’s own name in English, where known; null: it goes by its kind.' })
  @Property({ nullable: true })
  nameEn?: string;

  @ManyToOne(() => Congress, { ref: true, nullable: true, index: true })
  congress?: Ref<Congress>;

  @Field(() => PartialDate, { nullable: true, description: 'When the body’s term began, as precise as the source states it; null when not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  termStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When the body’s term ends or ended, as precise as the source states it; null when not known.' })
  @Embedded(() => PartialDate, { nullable: true })
  termEnd?: PartialDate;

  @Field(() => Int, { nullable: true, description: 'Seats as elected or stated (e.g. 50); vacancies are seats minus current members.' })
  @Property({ nullable: true })
  size?: number;

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
