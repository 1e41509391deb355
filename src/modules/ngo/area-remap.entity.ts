import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { RECORD_TYPE, RemapTarget, RUN_TYPE } from './ngo.enums.js';


/** One record (an intervention area, an organization, an event) moved from an abolished province to its successor. */
@Entity()
@Index({ properties: ['createdAt'] })
@ObjectType({ implements: BaseEntity, description: 'A record of one intervention area, organization or event moved from an abolished province to its successor.' })
export class AreaRemap extends BaseEntity<'recordKind' | 'runGlobalId'> {
  @Property({ type: 'uuid' })
  @Index()
  runId!: string;

  @Field(() => ID, { name: 'runId', description: 'The global ID of the remap run this change belongs to (as `remapRuns` and the remap answer it).' })
  get runGlobalId(): string {
    return toGlobalId(RUN_TYPE, this.runId);
  }

  @Field(() => RemapTarget, { description: 'What was moved.' })
  @Property({ type: 'text', default: RemapTarget.INTERVENTION_AREA })
  recordKind: RemapTarget = RemapTarget.INTERVENTION_AREA;

  @Property({ type: 'uuid', nullable: true })
  recordId?: string;

  @Field(() => ID, { name: 'record', nullable: true, description: 'The global ID of the record moved (null for changes recorded before organizations and events were remapped).' })
  get recordGlobalId(): string | null {
    return this.recordId ? toGlobalId(RECORD_TYPE[this.recordKind] ?? RECORD_TYPE.INTERVENTION_AREA, this.recordId) : null;
  }

  /** The NGO of an intervention area, or the organization moved; null for an event. An organization with remaps on record cannot be deleted (the history keeps it). */
  @ManyToOne(() => Organization, { ref: true, index: true, nullable: true, deleteRule: 'no action' })
  organization?: Ref<Organization>;

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
