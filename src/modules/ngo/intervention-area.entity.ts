import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { Registration } from './registration.entity.js';

/** Where and in what an NGO may work, as registered (Decree 58, Art. 8: areas and fields of the certificate). */
@Entity()
@Unique({ properties: ['organization', 'province', 'sector'] })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A province and sector an NGO is registered to work in.' })
export class InterventionArea extends SourcedEntity {
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => Province, { ref: true, index: true })
  province!: Ref<Province>;

  @ManyToOne(() => Sector, { ref: true, nullable: true, index: true })
  sector?: Ref<Sector>;

  @ManyToOne(() => Registration, { ref: true, nullable: true, index: true })
  registration?: Ref<Registration>;
}
