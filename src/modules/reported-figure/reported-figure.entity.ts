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
  @Field({ description: 'What is measured, e.g. FNGO_COUNT, AID_USD.' })
  @Property()
  metric!: string;

  @Field(() => Float, { description: 'The figure, in `unit`; the lower end when the source gives a range (see valueMax).' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Upper end when the sources give a range.' })
  @Property({ type: 'double', nullable: true })
  valueMax?: number;

  @Field(() => CountQualifier, { nullable: true, description: 'How the source states the number (exactly, about, nearly, more than); null when not recorded.' })
  @Enum({ items: () => CountQualifier, nativeEnumName: 'count_qualifier', nullable: true })
  qualifier?: CountQualifier;

  @Field({ description: 'count, USD, VND or percent.' })
  @Property()
  unit!: string;

  @Field(() => PartialDate, { nullable: true, description: 'Start of the period the figure counts (2020 for aid of 2020–2024), as precise as the source; null for a figure of one date.' })
  @Embedded(() => PartialDate, { nullable: true })
  periodStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'End of the period the figure counts, as precise as the source; null when the source gives none.' })
  @Embedded(() => PartialDate, { nullable: true })
  periodEnd?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'The date the figure is given as of (a count on a day), as precise as the source; null when the source gives none.' })
  @Embedded(() => PartialDate, { nullable: true })
  asOf?: PartialDate;

  @Field({ nullable: true, description: 'What the figure covers, as recorded: national, a province key, a region, ...; null when not recorded.' })
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
