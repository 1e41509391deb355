import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne } from '@mikro-orm/decorators/legacy';
import { Sector } from '../sector/sector.entity.js';
import { Partnership } from './partnership.entity.js';

@Entity()
export class PartnershipSector {
  @ManyToOne(() => Partnership, { primary: true, ref: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  @ManyToOne(() => Sector, { primary: true, ref: true, index: true })
  sector!: Ref<Sector>;
}
