import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { ProvinceLevel } from './province.enums.js';
import { Province } from './province.entity.js';

/** A later change of a unit's status (e.g. Quảng Ninh province becoming a city), with its instrument. */
@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A change of a province’s status after the 2025 merger, with the instrument that made it.' })
export class ProvinceChange extends SourcedEntity {
  @ManyToOne(() => Province, { ref: true, index: true })
  province!: Ref<Province>;

  @Field(() => PartialDate)
  @Embedded(() => PartialDate)
  effectiveOn!: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  issuedOn?: PartialDate;

  @Field()
  @Property({ type: 'text' })
  change!: string;

  @Field({ description: 'The legal instrument, e.g. Resolution 36/2026/QH16.' })
  @Property()
  instrument!: string;

  @Field(() => ProvinceLevel, { nullable: true })
  @Enum({ items: () => ProvinceLevel, nativeEnumName: 'province_level', nullable: true })
  newLevel?: ProvinceLevel;

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
