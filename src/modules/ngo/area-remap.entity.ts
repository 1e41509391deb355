import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';

/** One intervention area moved from an abolished province to its successor: what the remap changed. */
@Entity()
@ObjectType({ implements: BaseEntity, description: 'A record of one intervention area moved from an abolished province to its successor.' })
export class AreaRemap extends BaseEntity {
  @Field(() => ID, { description: 'The remap run this change belongs to.' })
  @Property({ type: 'uuid' })
  @Index()
  runId!: string;

  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => Province, { ref: true })
  fromProvince!: Ref<Province>;

  @ManyToOne(() => Province, { ref: true })
  toProvince!: Ref<Province>;

  @Field({ nullable: true, description: 'Sector key of the area.' })
  @Property({ nullable: true })
  sectorKey?: string;

  @Field({ description: 'MERGED when the NGO was already registered for the successor in that sector (the old row is removed), MOVED otherwise.' })
  @Property()
  outcome!: string;

  @Field({ nullable: true, description: 'Who ran it (token subject).' })
  @Property({ nullable: true })
  actor?: string;
}
