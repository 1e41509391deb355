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

  @Field(() => PartialDate, { description: 'When the change took effect.' })
  @Embedded(() => PartialDate)
  effectiveOn!: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When the instrument was issued; null when not recorded.' })
  @Embedded(() => PartialDate, { nullable: true })
  issuedOn?: PartialDate;

  @Field({ description: 'The change, in words (e.g. “Quảng Ninh province becomes Quảng Ninh city (centrally run)”).' })
  @Property({ type: 'text' })
  change!: string;

  @Field({ description: 'The legal instrument, e.g. Resolution 36/2026/QH16.' })
  @Property()
  instrument!: string;

  @Field(() => ProvinceLevel, { nullable: true, description: 'The unit’s level after the change; null when the change is not one of level.' })
  @Enum({ items: () => ProvinceLevel, nativeEnumName: 'province_level', nullable: true })
  newLevel?: ProvinceLevel;

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
