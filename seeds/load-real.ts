import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PartialDate } from '../src/db/partial-date.js';
import { Country } from '../src/modules/country/country.entity.js';
import { OrganizationCountry } from '../src/modules/organization/organization-country.entity.js';
import { Organization } from '../src/modules/organization/organization.entity.js';
import { OrganizationKind, OrganizationStatus } from '../src/modules/organization/organization.enums.js';
import { realSeed } from './real/index.js';

const partial = (text?: string) => (text ? PartialDate.parse(text) : undefined);

/**
 * Loads the real directory data of seeds/real (every fact with its source) in one transaction.
 * Keys of the seed files become `slug`s so later seeds and tests can find the rows.
 */
export async function seedRealData(em: EntityManager): Promise<Record<string, number>> {
  return em.transactional(async (tx) => {
    const countries = new Map<string, Country>();
    for (const c of realSeed.countries) {
      const country = tx.create(Country, { code: c.code, nameEn: c.nameEn, nameVi: c.nameVi, sourceCitations: c.sources });
      countries.set(c.code, country);
    }

    const organizations = new Map<string, Organization>();
    for (const o of realSeed.organizations) {
      const organization = tx.create(Organization, {
        slug: o.key,
        kind: o.kind as OrganizationKind,
        nameVi: o.nameVi,
        nameEn: o.nameEn,
        nameFr: o.nameFr,
        abbreviation: o.abbreviation,
        foundedOn: partial(o.foundedOn),
        traditionalDay: partial(o.traditionalDay),
        status: (o.status as OrganizationStatus | undefined) ?? OrganizationStatus.ACTIVE,
        description: o.description,
        address: o.address,
        website: o.website,
        sourceCitations: o.sources,
        sourceNote: o.note,
      });
      organizations.set(o.key, organization);
    }
    for (const o of realSeed.organizations) {
      const organization = organizations.get(o.key)!;
      if (o.parentKey) organization.parent = ref(lookup(organizations, o.parentKey, o.key));
      if (o.overseenByKey) organization.overseenBy = ref(lookup(organizations, o.overseenByKey, o.key));
      if (o.memberOfKey) organization.memberOf = ref(lookup(organizations, o.memberOfKey, o.key));
      if (o.standingAgencyKey) organization.standingAgency = ref(lookup(organizations, o.standingAgencyKey, o.key));
      if (o.stateManagedByKey) organization.stateManagedBy = ref(lookup(organizations, o.stateManagedByKey, o.key));
      for (const code of o.countryCodes ?? []) {
        const country = countries.get(code);
        if (!country) throw new Error(`seed ${o.key}: unknown country ${code}`);
        tx.create(OrganizationCountry, { organization, country });
      }
    }
    await tx.flush();
    return { countries: countries.size, organizations: organizations.size };
  });
}

function lookup<T>(map: Map<string, T>, key: string, from: string): T {
  const value = map.get(key);
  if (!value) throw new Error(`seed ${from}: unknown reference ${key}`);
  return value;
}
