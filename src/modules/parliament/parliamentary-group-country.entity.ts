import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne } from '@mikro-orm/decorators/legacy';
import { Country } from '../country/country.entity.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

@Entity()
export class ParliamentaryGroupCountry {
  @ManyToOne(() => ParliamentaryGroup, { primary: true, ref: true, deleteRule: 'cascade' })
  group!: Ref<ParliamentaryGroup>;

  @ManyToOne(() => Country, { primary: true, ref: true, index: true })
  country!: Ref<Country>;
}
