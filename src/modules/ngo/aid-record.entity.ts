import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';

/** Aid an NGO gave in a year, in USD, for a sector and province (the directory's own record). */
@Entity()
@Check({ name: 'aid_record_amount_positive', expression: 'amount_usd >= 0' })
@Index({ properties: ['year'] })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'Aid an NGO gave in a year (USD), by sector and province, as recorded in the directory.' })
export class AidRecord extends SourcedEntity {
  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @Field(() => Int, { description: 'The year the aid was given.' })
  @Property()
  year!: number;

  @Field(() => Float, { description: 'Amount in US dollars.' })
  @Property({ type: 'decimal', precision: 16, scale: 2, runtimeType: 'number' })
  amountUsd!: number;

  @ManyToOne(() => Sector, { ref: true, nullable: true, index: true })
  sector?: Ref<Sector>;

  @ManyToOne(() => Province, { ref: true, nullable: true, index: true })
  province?: Ref<Province>;
}
