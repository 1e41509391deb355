import { ref, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PartialDate } from '../src/db/partial-date.js';
import type { Logger } from '../src/log/logger.js';
import { AmbassadorPosting } from '../src/modules/ambassador/ambassador-posting.entity.js';
import { Body } from '../src/modules/body/body.entity.js';
import type { BodyKind } from '../src/modules/body/body.enums.js';
import { Congress } from '../src/modules/congress/congress.entity.js';
import { Country } from '../src/modules/country/country.entity.js';
import { EventCountry } from '../src/modules/event/event-country.entity.js';
import { EventOrganizer } from '../src/modules/event/event-organizer.entity.js';
import { Event } from '../src/modules/event/event.entity.js';
import type { CountQualifier, EventKind, ParticipationRole } from '../src/modules/event/event.enums.js';
import { Participation } from '../src/modules/event/participation.entity.js';
import { OrganizationCountry } from '../src/modules/organization/organization-country.entity.js';
import { Organization } from '../src/modules/organization/organization.entity.js';
import { OrganizationKind, OrganizationStatus } from '../src/modules/organization/organization.enums.js';
import { GroupMembership } from '../src/modules/parliament/group-membership.entity.js';
import { Legislature } from '../src/modules/parliament/legislature.entity.js';
import { ParliamentaryGroupCountry } from '../src/modules/parliament/parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from '../src/modules/parliament/parliamentary-group.entity.js';
import { PartnershipSector } from '../src/modules/partnership/partnership-sector.entity.js';
import { Partnership } from '../src/modules/partnership/partnership.entity.js';
import type { PartnershipKind, PartnershipStatus } from '../src/modules/partnership/partnership.enums.js';
import { Person } from '../src/modules/person/person.entity.js';
import { Membership } from '../src/modules/membership/membership.entity.js';
import { Role } from '../src/modules/membership/membership.enums.js';
import { ProvinceChange } from '../src/modules/province/province-change.entity.js';
import { Province } from '../src/modules/province/province.entity.js';
import type { ProvinceGeneration, ProvinceLevel } from '../src/modules/province/province.enums.js';
import { ReportedFigure } from '../src/modules/reported-figure/reported-figure.entity.js';
import { Sector } from '../src/modules/sector/sector.entity.js';
import { LegalInstrument, LegalRule } from '../src/modules/legal/legal.entity.js';
import { realSeed, type CountrySeed } from './real/index.js';
import { referenceCountries } from './reference/countries.js';

const date = PartialDate.parse;
const sourced = (s: { sources: string[]; note?: string }) => ({ sourceCitations: s.sources, sourceNote: s.note });

/** Seed keys → rows, failing loudly on a dangling reference. */
class Keyed<T extends object> {
  private readonly rows = new Map<string, T>();
  constructor(private readonly kind: string) {}
  set(key: string, row: T): T {
    this.rows.set(key, row);
    return row;
  }
  get(key: string): T {
    const row = this.rows.get(key);
    if (!row) throw new Error(`seed: unknown ${this.kind} ${key}`);
    return row;
  }
  ref(key: string | undefined): Ref<T> | undefined {
    return key ? ref(this.get(key)) : undefined;
  }
  get size(): number {
    return this.rows.size;
  }
}

/**
 * Reference data every database gets, whether or not it holds the directory's facts (SEED_ON_START):
 * countries (all of ISO 3166-1), sectors, provinces with the 2025 merger, and the legal instruments and
 * rules the API enforces. Loaded whole into a database with no country yet; on any other, the countries
 * it lacks are added (a database made when the reference data held only the directory's own countries).
 * Runs on every start, in prepareDatabase's transaction; idempotent.
 */
export async function ensureReferenceData(tx: EntityManager, logger: Logger): Promise<void> {
  if ((await tx.count(Country, {})) === 0) {
    const counts = await seedReferenceData(tx);
    logger.info({ counts }, 'new database: reference data loaded');
    return;
  }
  const added = await addMissingCountries(tx);
  if (added.length) logger.info({ countries: added.length }, 'reference data: missing countries added');
}

const newCountry = (tx: EntityManager, c: CountrySeed) => tx.create(Country, { code: c.code, nameEn: c.nameEn, nameVi: c.nameVi, ...sourced(c) });

/** The reference countries a database lacks, added; the rows it has are left as they are. */
async function addMissingCountries(tx: EntityManager): Promise<Country[]> {
  const present = new Set((await tx.find(Country, {}, { fields: ['code'] })).map((c) => c.code));
  const added = referenceCountries().filter((c) => !present.has(c.code)).map((c) => newCountry(tx, c));
  if (added.length) await tx.flush();
  return added;
}

async function seedReferenceData(tx: EntityManager): Promise<Record<string, number>> {
  const countries = new Keyed<Country>('country');
  for (const c of referenceCountries()) countries.set(c.code, newCountry(tx, c));

  const sectors = new Keyed<Sector>('sector');
  for (const s of realSeed.sectors) sectors.set(s.key, tx.create(Sector, { key: s.key, nameEn: s.nameEn, nameVi: s.nameVi, ...sourced(s) }));

  const provinces = new Keyed<Province>('province');
  for (const p of realSeed.provinces) {
    provinces.set(p.key, tx.create(Province, {
      key: p.key, nameVi: p.nameVi, nameEn: p.nameEn, aliases: p.aliases ?? [], level: p.level as ProvinceLevel,
      generation: p.generation as ProvinceGeneration, validFrom: date(p.validFrom)?.start, validUntil: date(p.validUntil)?.end,
      code: p.code, centre: p.centre, areaKm2: p.areaKm2, population: p.population,
      formerCapitalWardNames: p.formerCapitalWardNames ?? [], specialZones: p.specialZones ?? [], ...sourced(p),
    }));
  }
  for (const p of realSeed.provinces) if (p.successorKey) provinces.get(p.key).successor = provinces.ref(p.successorKey);
  for (const c of realSeed.provinceChanges) {
    tx.create(ProvinceChange, {
      slug: c.key, province: provinces.ref(c.provinceKey)!, effectiveOn: date(c.effectiveOn), issuedOn: date(c.issuedOn),
      change: c.change, instrument: c.instrument, newLevel: c.newLevel as ProvinceLevel | undefined, ...sourced(c),
    });
  }

  const instruments = new Keyed<LegalInstrument>('legal instrument');
  for (const i of realSeed.legalInstruments) {
    instruments.set(i.key, tx.create(LegalInstrument, {
      key: i.key, kind: i.kind, number: i.number, title: i.title, subject: i.subject, issuer: i.issuer, issuedOn: date(i.issuedOn),
      effectiveOn: date(i.effectiveOn), periodStart: date(i.periodStart), periodEnd: date(i.periodEnd), ...sourced(i),
    }));
  }
  for (const r of realSeed.legalRules) {
    tx.create(LegalRule, {
      key: r.key, instrument: instruments.ref(r.instrumentKey)!, article: r.article, topic: r.topic, statement: r.statement,
      registrationType: r.registrationType, maxValidityYears: r.maxValidityYears, maxRepresentativeOffices: r.maxRepresentativeOffices,
      allowedProvinceKeys: r.allowedProvinceKeys ?? [], ...sourced(r),
    });
  }

  await tx.flush();
  return { countries: countries.size, sectors: sectors.size, provinces: provinces.size, legalInstruments: instruments.size };
}

/** The reference rows by their seed keys, as the directory seed refers to them. */
async function referenceRows(tx: EntityManager) {
  const keyed = <T extends object>(kind: string, rows: T[], key: (row: T) => string) => {
    const map = new Keyed<T>(kind);
    for (const row of rows) map.set(key(row), row);
    return map;
  };
  return {
    countries: keyed('country', await tx.find(Country, {}), (c) => c.code),
    sectors: keyed('sector', await tx.find(Sector, {}), (s) => s.key),
    provinces: keyed('province', await tx.find(Province, {}), (p) => p.key),
    instruments: keyed('legal instrument', await tx.find(LegalInstrument, {}), (i) => i.key),
  };
}

/** The seeder of a new database (prepareDatabase): reference data, then the real data when the directory has no organization yet. */
export async function seedRealDataWhenEmpty(tx: EntityManager, logger: Logger): Promise<void> {
  await ensureReferenceData(tx, logger);
  if ((await tx.count(Organization, {})) > 0) return;
  const counts = await seedRealData(tx);
  logger.info({ counts }, 'empty directory: real seed data loaded');
}

/**
 * Loads the real directory data of seeds/real (every fact with its source) in one transaction.
 * Seed keys become `slug`/`key` columns so that later seeds, tests and clients can find the rows.
 */
export async function seedRealData(em: EntityManager): Promise<Record<string, number>> {
  return em.transactional(async (tx) => {
    if ((await tx.count(Country, {})) === 0) await seedReferenceData(tx);
    const reference = await referenceRows(tx);
    const { countries, sectors, provinces } = reference;

    const organizations = new Keyed<Organization>('organization');
    for (const o of realSeed.organizations) {
      organizations.set(o.key, tx.create(Organization, {
        slug: o.key, kind: o.kind as OrganizationKind, nameVi: o.nameVi, nameEn: o.nameEn, nameFr: o.nameFr,
        abbreviation: o.abbreviation, foundedOn: date(o.foundedOn), traditionalDay: date(o.traditionalDay),
        status: (o.status as OrganizationStatus | undefined) ?? OrganizationStatus.ACTIVE, description: o.description,
        address: o.address, website: o.website, province: provinces.ref(o.provinceKey), ...sourced(o),
      }));
    }
    for (const o of realSeed.organizations) {
      Object.assign(organizations.get(o.key), {
        parent: organizations.ref(o.parentKey),
        overseenBy: organizations.ref(o.overseenByKey),
        memberOf: organizations.ref(o.memberOfKey),
        standingAgency: organizations.ref(o.standingAgencyKey),
        stateManagedBy: organizations.ref(o.stateManagedByKey),
      });
      for (const code of o.countryCodes ?? []) tx.create(OrganizationCountry, { organization: organizations.get(o.key), country: countries.get(code) });
    }

    const persons = new Keyed<Person>('person');
    for (const p of realSeed.persons) persons.set(p.key, tx.create(Person, { slug: p.key, fullName: p.fullName, honorific: p.honorific, biography: p.biography, ...sourced(p) }));

    const congresses = new Keyed<Congress>('congress');
    for (const c of realSeed.congresses) {
      congresses.set(c.key, tx.create(Congress, {
        slug: c.key, organization: organizations.ref(c.organizationKey)!, number: c.number, title: c.title,
        heldOn: date(c.heldOn), termStart: date(c.termStart), termEnd: date(c.termEnd), ...sourced(c),
      }));
    }

    const bodies = new Keyed<Body>('body');
    for (const b of realSeed.bodies) {
      bodies.set(b.key, tx.create(Body, {
        slug: b.key, organization: organizations.ref(b.organizationKey)!, kind: b.kind as BodyKind, nameVi: b.nameVi, nameEn: b.nameEn,
        congress: congresses.ref(b.congressKey), termStart: date(b.termStart), termEnd: date(b.termEnd), size: b.size, ...sourced(b),
      }));
    }

    for (const m of realSeed.posts) {
      tx.create(Membership, {
        person: persons.ref(m.personKey)!, organization: organizations.ref(m.organizationKey)!, body: bodies.ref(m.bodyKey),
        congress: congresses.ref(m.congressKey), role: m.role as Role, title: m.title, startDate: date(m.startDate),
        endDate: date(m.endDate), termStart: date(m.termStart), termEnd: date(m.termEnd), endedBy: date(m.endedBy), attestedOn: m.attestedOn ?? [], ...sourced(m),
      });
    }

    const postings = new Keyed<AmbassadorPosting>('ambassador posting');
    for (const a of realSeed.ambassadorPostings) {
      postings.set(a.key, tx.create(AmbassadorPosting, {
        slug: a.key, person: persons.ref(a.personKey), country: countries.ref(a.countryCode)!, arrivedOn: date(a.arrivedOn),
        departedOn: date(a.departedOn), attestedOn: a.attestedOn ?? [], ...sourced(a),
      }));
    }

    const events = new Keyed<Event>('event');
    for (const e of realSeed.events) {
      const event = events.set(e.key, tx.create(Event, {
        slug: e.key, kind: e.kind as EventKind, title: e.title, endDate: date(e.endDate),
        // "19 Apr" of a year not stated: the day and month, from its earliest candidate year to its latest
        startDate: e.startDate.startsWith('--') ? PartialDate.monthDay(e.startDateCandidates ?? []) : date(e.startDate),
        startDateCandidates: e.startDateCandidates ?? [], province: provinces.ref(e.provinceKey), venue: e.venue, description: e.description,
        participantCount: e.participantCount, participantCountQualifier: e.participantCountQualifier as CountQualifier | undefined,
        congress: congresses.ref(e.congressKey), ambassadorPosting: postings.ref(e.ambassadorPostingKey), ...sourced(e),
      }));
      for (const key of e.organizerKeys) tx.create(EventOrganizer, { event, organization: organizations.get(key) });
      for (const code of e.countryCodes ?? []) tx.create(EventCountry, { event, country: countries.get(code) });
      for (const p of e.participants ?? []) {
        tx.create(Participation, {
          event, person: persons.get(p.personKey), onBehalfOf: organizations.ref(p.onBehalfOfKey), role: p.role as ParticipationRole,
          invited: true, attended: true, ...sourced(p),
        });
      }
    }

    for (const l of realSeed.legislatures) {
      tx.create(Legislature, { number: l.number, electedOn: date(l.electedOn), termStart: date(l.termStart), termEnd: date(l.termEnd), milestones: l.milestones ?? [], ...sourced(l) });
    }
    for (const g of realSeed.parliamentaryGroups) {
      const group = tx.create(ParliamentaryGroup, {
        slug: g.key, legislature: g.legislature ?? undefined, nameEn: g.nameEn, regionName: g.regionName, memberCount: g.memberCount,
        asOf: date(g.asOf), coordinatingAssociation: organizations.ref(g.coordinatingAssociationKey),
        parentOrganization: organizations.ref(g.parentOrganizationKey), ...sourced(g),
      });
      for (const code of g.countryCodes) tx.create(ParliamentaryGroupCountry, { group, country: countries.get(code) });
      if (g.chairPersonKey) tx.create(GroupMembership, { group, person: persons.get(g.chairPersonKey), role: Role.CHAIR, ...sourced(g) });
      for (const key of g.viceChairPersonKeys ?? []) tx.create(GroupMembership, { group, person: persons.get(key), role: Role.VICE_CHAIR, ...sourced(g) });
    }

    for (const p of realSeed.partnerships) {
      const partnership = tx.create(Partnership, {
        slug: p.key, organization: organizations.ref(p.organizationKey)!, partnerOrganization: organizations.ref(p.partnerOrganizationKey),
        partnerPerson: persons.ref(p.partnerPersonKey), kind: p.kind as PartnershipKind, status: p.status as PartnershipStatus,
        since: date(p.since), until: date(p.until), attestedOn: p.attestedOn ?? [], notes: p.notes, ...sourced(p),
      });
      for (const key of p.sectorKeys ?? []) tx.create(PartnershipSector, { partnership, sector: sectors.get(key) });
    }

    for (const f of realSeed.reportedFigures) {
      tx.create(ReportedFigure, {
        slug: f.key, metric: f.metric, value: f.value, valueMax: f.valueMax, qualifier: f.qualifier as CountQualifier | undefined,
        unit: f.unit, periodStart: date(f.periodStart), periodEnd: date(f.periodEnd), asOf: date(f.asOf), scope: f.scope,
        province: provinces.ref(f.provinceKey), organization: organizations.ref(f.organizationKey), sector: sectors.ref(f.sectorKey),
        event: events.ref(f.eventKey), label: f.label, ...sourced(f),
      });
    }

    // The instruments a person of the directory signed (the reference data leaves the signatory out).
    for (const i of realSeed.legalInstruments) if (i.signedByPersonKey) reference.instruments.get(i.key).signedBy = persons.ref(i.signedByPersonKey);

    await tx.flush();
    return {
      organizations: organizations.size,
      persons: persons.size, congresses: congresses.size, bodies: bodies.size, memberships: realSeed.posts.length,
      events: events.size, parliamentaryGroups: realSeed.parliamentaryGroups.length, partnerships: realSeed.partnerships.length,
      reportedFigures: realSeed.reportedFigures.length,
    };
  });
}
