import type { EntityManager } from '@mikro-orm/postgresql';
import { PartialDate } from '../../src/db/partial-date.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { Country } from '../../src/modules/country/country.entity.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { OrganizationCountry } from '../../src/modules/organization/organization-country.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { PartnershipSector } from '../../src/modules/partnership/partnership-sector.entity.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';

const d = PartialDate.parse;
const ROLES = [Role.PRESIDENT, Role.VICE_PRESIDENT, Role.SECRETARY_GENERAL, Role.MEMBER, Role.MEMBER, Role.MEMBER];

/**
 * A small, regular network drawn for a test: `count` associations, each with a congress, an executive
 * committee of six members (who also hold posts elsewhere), partners and events. Every association has
 * the same shape, so a query over 5 of them and over 200 must cost the same number of statements.
 */
export async function buildNetwork(em: EntityManager, count: number, tag: string): Promise<Organization[]> {
  return em.transactional(async (tx) => {
    const country = (await tx.findOne(Country, { code: 'FR' })) ?? tx.create(Country, { code: 'FR', nameEn: 'France', sourceCitations: ['test fixture'] });
    const sector = tx.create(Sector, { key: `health-${tag}`, nameEn: 'Health', sourceCitations: ['test fixture'] });
    const associations: Organization[] = [];
    let previousMembers: Person[] = [];
    for (let i = 0; i < count; i++) {
      const association = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: `Hội Hữu nghị ${tag} ${String(i).padStart(3, '0')}`, sourceCitations: ['test fixture'] });
      associations.push(association);
      tx.create(OrganizationCountry, { organization: association, country });
      const congress = tx.create(Congress, { organization: association, number: 1, heldOn: d('2023-03-17'), termStart: d('2023'), termEnd: d('2028'), sourceCitations: ['test fixture'] });
      const body = tx.create(Body, { organization: association, kind: BodyKind.EXECUTIVE_COMMITTEE, congress, termStart: d('2023'), termEnd: d('2028'), size: 7, sourceCitations: ['test fixture'] });
      const members = ROLES.map((role, k) => {
        const person = tx.create(Person, { fullName: `Nguyễn Văn ${tag} ${i}-${k}`, sourceCitations: ['test fixture'] });
        tx.create(Membership, { person, organization: association, body, congress, role, startDate: d('2023-03-17'), termEnd: d('2028'), sourceCitations: ['test fixture'] });
        return person;
      });
      // Each member also sat on the previous association's committee before: persons have several posts.
      for (const [k, person] of previousMembers.entries()) {
        tx.create(Membership, { person, organization: association, role: Role.MEMBER, startDate: d('2018'), endDate: d('2022'), sourceCitations: ['test fixture'], title: `earlier post ${k}` });
      }
      previousMembers = members;
      for (let p = 0; p < 4; p++) {
        const partner = tx.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn: `Partner ${tag} ${i}-${p}`, sourceCitations: ['test fixture'] });
        const partnership = tx.create(Partnership, { organization: association, partnerOrganization: partner, kind: PartnershipKind.NEW, status: PartnershipStatus.ACTIVE, since: d(`${2015 + p}`), sourceCitations: ['test fixture'] });
        tx.create(PartnershipSector, { partnership, sector });
      }
      for (let e = 0; e < 2; e++) {
        const event = tx.create(Event, { kind: EventKind.MEETING, title: `Meeting ${tag} ${i}-${e}`, startDate: d(`2024-0${e + 1}-15`), sourceCitations: ['test fixture'] });
        tx.create(EventOrganizer, { event, organization: association });
        for (const person of members.slice(0, 3)) tx.create(Participation, { event, person, attended: e === 0, sourceCitations: ['test fixture'] });
      }
    }
    await tx.flush();
    return associations;
  });
}
