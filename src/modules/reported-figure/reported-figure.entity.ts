import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { CountQualifier } from '../event/event.enums.js';
import { Event } from '../event/event.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';

/** An official figure exactly as published, never mixed with figures computed from the directory. */
@Entity()
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'An official figure as published, with its source and date (never a figure computed by Amity).' })
export class ReportedFigure extends SourcedEntity {
  @Field({ description: 'What is measured, e.g. FOREIGN_NGO_COUNT, AID_USD.' })
  @Property()
  metric!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Upper end when the sources give a range.' })
  @Property({ type: 'double', nullable: true })
  valueMax?: number;

  @Field(() => CountQualifier, { nullable: true })
  @Enum({ items: () => CountQualifier, nativeEnumName: 'count_qualifier', nullable: true })
  qualifier?: CountQualifier;

  @Field({ description: 'count, USD, VND or percent.' })
  @Property()
  unit!: string;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  periodStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  periodEnd?: PartialDate;

  @Field(() => PartialDate, { nullable: true })
  @Embedded(() => PartialDate, { nullable: true })
  asOf?: PartialDate;

  @Field({ nullable: true, description: 'national, a region, ...' })
  @Property({ nullable: true })
  scope?: string;

  @ManyToOne(() => Province, { ref: true, nullable: true })
  province?: Ref<Province>;

  @ManyToOne(() => Organization, { ref: true, nullable: true })
  organization?: Ref<Organization>;

  @ManyToOne(() => Sector, { ref: true, nullable: true })
  sector?: Ref<Sector>;

  @ManyToOne(() => Event, { ref: true, nullable: true })
  event?: Ref<Event>;

  @Field({ description: 'The figure as the source states it.' })
  @Property({ type: 'text' })
  label!: string;

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}
