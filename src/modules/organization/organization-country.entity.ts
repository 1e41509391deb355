import { Entity, ManyToOne } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Country } from '../country/country.entity.js';
import { Organization } from './organization.entity.js';

/** The countries an organization is about (an association's counterpart country or countries). */
@Entity()
export class OrganizationCountry {
  @ManyToOne(() => Organization, { primary: true, ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne(() => Country, { primary: true, ref: true, index: true })
  country!: Ref<Country>;
}
