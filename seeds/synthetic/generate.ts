import 'reflect-metadata';
import pg from 'pg';
import { PartialDate } from '../../src/db/partial-date.js';
import { migrationsList } from '../../src/db/migrations/index.js';
import { openOrm } from '../../src/db/orm.js';
import { ENTITIES } from '../../src/modules.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { generateForeignNgoRecords } from './foreign-ngos.js';
import { insertRows, type TableRows } from './insert.js';
import {
  BUSINESS_VI,
  EVENT_TITLES,
  FALLBACK_COUNTRIES,
  FALLBACK_PROVINCES,
  NGO_FR,
  NGO_SUFFIX_EN,
  NGO_WORDS_EN,
  RESEARCH_VI,
  SECTOR_NOTES,
  VENUES,
  ordinalEn,
  personName,
} from './names.js';
import { apportion, Random, WeightedIndex } from './random.js';

/**
 * The synthetic network: a deterministic, scalable stand-in for a fully populated directory, for
 * benchmarks and load tests. Every row is marked `synthetic = true` and cites the source `synthetic`;
 * the API hides such rows unless a filter asks for them (`includeSynthetic`).
 */

export interface SyntheticOptions {
  /** Multiplies every count (1 = 2,000 organizations, 30,000 persons, 100,000 memberships, ...). */
  scale?: number;
  /** Same seed, same rows (UUIDs included). */
  seed?: string | number;
  /** Replace the synthetic rows a database already holds instead of refusing. */
  force?: boolean;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface SyntheticResult {
  seed: string;
  scale: number;
  /** Rows inserted, per table. */
  counts: Record<string, number>;
  /** Synthetic rows deleted first (with `force`), per table. */
  deleted: Record<string, number>;
  migrationsApplied: string[];
  elapsedMs: number;
}

/** Counts at scale 1. */
export const BASE_COUNTS = {
  organizations: 2_000,
  persons: 30_000,
  memberships: 100_000,
  events: 20_000,
  participations: 300_000,
  partnerships: 20_000,
} as const;

/** The mix of organization kinds at scale 1 (sums to BASE_COUNTS.organizations). */
const KIND_MIX = {
  FRIENDSHIP_ASSOCIATION: 500,
  LOCAL_UNION: 120,
  LOCAL_ASSOCIATION: 500,
  FOREIGN_NGO: 300,
  BUSINESS: 150,
  RESEARCH_INSTITUTION: 100,
  OVERSEAS_COMMUNITY: 100,
  STUDENT_ASSOCIATION: 80,
  FOREIGN_COUNTERPART: 150,
} as const;
type SyntheticKind = keyof typeof KIND_MIX;

/** Kinds that hold congresses, bodies and memberships, organise most events and hold partnerships. */
const NETWORK_KINDS: readonly SyntheticKind[] = ['FRIENDSHIP_ASSOCIATION', 'LOCAL_UNION', 'LOCAL_ASSOCIATION'];

/**
 * The generator's "today": fixed so that the data does not depend on the day it is generated. Latest
 * congresses are held before it; events after it are upcoming (attendance unknown).
 */
export const REFERENCE_DATE = '2026-11-01';
/** created_at / updated_at of every synthetic row (fixed, for the same reason). */
const GENERATED_AT = `'2026-01-01 00:00:00+00'::timestamptz`;

const DAY_MS = 86_400_000;
const toDays = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const fromDays = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);
const REF_DAYS = toDays(REFERENCE_DATE);

type Precision = 'YEAR' | 'MONTH' | 'DAY';
const PRECISION_LENGTH: Record<Precision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };
/** A partial date from an ISO day, cut to a precision (PartialDate.parse computes start and end). */
const partial = (iso: string, precision: Precision): PartialDate => PartialDate.parse(iso.slice(0, PRECISION_LENGTH[precision]));
/** The three columns of an embedded PartialDate. */
const dateColumns = (date: PartialDate | undefined): [string | null, string | null, string | null] =>
  date ? [date.start, date.end, date.precision] : [null, null, null];
const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** The column names of an embedded PartialDate property. */
const partialColumns = (name: string) => [`${name}_start`, `${name}_end`, `${name}_precision`];

const EVENT_COLUMNS = [
  'id', 'kind', 'title', ...partialColumns('start_date'), ...partialColumns('end_date'), 'start_date_candidates', 'province_id', 'venue',
  'description', 'participant_count', 'participant_count_qualifier', 'congress_id',
];
const PARTICIPANT_COUNT_COLUMN = EVENT_COLUMNS.indexOf('participant_count');

interface OrgRow {
  id: string;
  kind: SyntheticKind;
  number: number;
  nameVi?: string;
  nameEn?: string;
  nameFr?: string;
  abbreviation?: string;
  /** The name without the "(synthetic n)" suffix, for event titles. */
  shortName: string;
  parentId?: string;
  memberOfId?: string;
  provinceId?: string;
  countryIds: string[];
  /** Vietnamese names of its countries (English where no Vietnamese name is recorded). */
  countryNames: string[];
  countryNamesEn: string[];
  weight: number;
  /** Indexes of persons holding (or having held) a post in it. */
  members: number[];
  /** Current leaders (latest congress): leads partnerships. */
  leaders: number[];
  congressIds: string[];
  congressHeldOn: string[];
}

interface CountryRow {
  id: string;
  code: string;
  nameEn: string;
  nameVi: string | null;
}

interface ProvinceRow {
  id: string;
  nameVi: string;
  nameEn: string | null;
  from: number;
  until: number;
}

/** Fills a PostgreSQL database with the synthetic network, in one transaction. */
export async function generateSynthetic(url: string, options: SyntheticOptions = {}): Promise<SyntheticResult> {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`synthetic: scale must be a positive number (got ${scale})`);
  const seed = String(options.seed ?? 1);
  const log = options.log ?? (() => {});
  const started = performance.now();

  await ensureDatabase(url, log);
  const migrationsApplied = await migrateIfNeeded(url, log);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deleted = await clearPrevious(client, Boolean(options.force), log);
    await client.query('begin');
    const generator = new NetworkGenerator(client, seed, scale, log);
    const counts = await generator.run();
    await client.query('commit');
    // Statistics for the planner now, and the visibility map set (index-only scans), rather than by
    // autovacuum in the middle of whatever runs next (a benchmark).
    const vacuumStarted = performance.now();
    await client.query(`vacuum (analyze) ${Object.keys(counts).map((t) => `"${t}"`).join(', ')}`);
    log(`vacuum (analyze)${' '.repeat(22)}${((performance.now() - vacuumStarted) / 1000).toFixed(1).padStart(5)} s  (planner statistics, visibility map)`);
    return { seed, scale, counts, deleted, migrationsApplied, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Creates the database when the server does not have it yet (a scratch database by name). */
async function ensureDatabase(url: string, log: (line: string) => void): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
    log(`created database ${name}`);
  } finally {
    await client.end();
  }
}

/** An empty database (or one behind the committed migrations) is migrated with the app's own migrator. */
async function migrateIfNeeded(url: string, log: (line: string) => void): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let pending: boolean;
  try {
    const { rows } = await client.query<{ name: string }>(
      `select name from mikro_orm_migrations`,
    ).catch(() => ({ rows: [] as { name: string }[] }));
    const applied = new Set(rows.map((r) => r.name.replace(/\.(js|ts)$/, '')));
    pending = migrationsList.some((m) => !applied.has(m.name));
  } finally {
    await client.end();
  }
  if (!pending) return [];
  const orm = await openOrm(url, ENTITIES);
  try {
    const applied = await orm.migrator.up();
    const names = applied.map((m) => m.name);
    log(`migrations applied: ${names.join(', ') || 'none'}`);
    return names;
  } finally {
    await orm.close(true);
  }
}

/**
 * Tables holding synthetic rows, deleted in two rounds (children, then the rows they refer to); link
 * tables (organizer, country and sector links) cascade from their owners.
 */
const DELETE_ROUNDS = [
  ['partnership', 'participation', 'event', 'membership'],
  ['body', 'congress', 'organization', 'person', 'country'],
] as const;
const LINK_TABLES = ['partnership_sector', 'event_organizer', 'event_country', 'organization_country'];

/**
 * Refuses a database that already holds synthetic rows, or with `force` deletes them first. Each round
 * of deletions is committed and vacuumed before the next, and before the new rows go in: foreign-key
 * checks and unique checks otherwise wade through 100,000s of dead rows and index entries (a forced
 * run took 100–200 s this way, 28 s with the vacuums).
 */
async function clearPrevious(client: pg.ClientBase, force: boolean, log: (line: string) => void): Promise<Record<string, number>> {
  const { rows } = await client.query<{ organizations: string; persons: string; events: string }>(
    `select (select count(*) from organization where synthetic) as organizations,
            (select count(*) from person where synthetic) as persons,
            (select count(*) from event where synthetic) as events`,
  );
  const existing = rows[0];
  const any = Number(existing.organizations) + Number(existing.persons) + Number(existing.events) > 0;
  if (!any) return {};
  if (!force) {
    throw new SyntheticExistsError(
      `this database already holds a synthetic network (${existing.organizations} organizations, ${existing.persons} persons, ${existing.events} events); ` +
        'rerun with --force to replace it',
    );
  }
  // Tables this generator does not fill but which may hold synthetic rows (added by later modules):
  // leaves referring to the tables above, so they go first.
  const known = new Set<string>(DELETE_ROUNDS.flat());
  const others = await client.query<{ table: string }>(
    `select table_name as "table" from information_schema.columns
      where table_schema = current_schema() and column_name = 'synthetic' order by table_name`,
  );
  const rounds = [[...others.rows.map((r) => r.table).filter((t) => !known.has(t)), ...DELETE_ROUNDS[0]], [...DELETE_ROUNDS[1]]];

  const deleted: Record<string, number> = {};
  for (const [index, tables] of rounds.entries()) {
    await client.query('begin');
    try {
      for (const table of tables) {
        const result = await client.query(`delete from "${table}" where synthetic`);
        if (result.rowCount) deleted[table] = result.rowCount;
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
    await client.query(`vacuum ${[...tables, ...(index === 0 ? LINK_TABLES : [])].map((t) => `"${t}"`).join(', ')}`);
  }
  log(`--force: deleted and vacuumed the previous synthetic rows (${Object.entries(deleted).map(([t, n]) => `${t} ${n}`).join(', ')})`);
  return deleted;
}

export class SyntheticExistsError extends Error {}

class NetworkGenerator {
  private readonly counts: Record<string, number> = {};
  private readonly sourced: Record<string, string>;
  private countries: CountryRow[] = [];
  /** Countries an association can be about (Vietnam itself excluded). */
  private foreignCountries: CountryRow[] = [];
  private provinces: ProvinceRow[] = [];
  private sectorIds: string[] = [];
  private unionId: string | undefined;
  private orgs: OrgRow[] = [];
  private personIds: string[] = [];
  private readonly contacts: unknown[][] = [];
  private vietnamesePersons: number[] = [];
  private foreignPersons: number[] = [];
  private prominent = 0;

  constructor(
    private readonly client: pg.ClientBase,
    private readonly seed: string,
    private readonly scale: number,
    private readonly log: (line: string) => void,
  ) {
    this.sourced = {
      version: '1',
      created_at: GENERATED_AT,
      updated_at: GENERATED_AT,
      source_citations: `'{synthetic}'`,
      source_note: sqlString(`Generated by the Amity synthetic data generator (seed ${seed}, scale ${scale}): not real data.`),
      synthetic: 'true',
    };
  }

  private random(stream: string): Random {
    return new Random(this.seed, stream);
  }

  private count(base: number): number {
    return Math.max(1, Math.round(base * this.scale));
  }

  async run(): Promise<Record<string, number>> {
    await this.readContext();
    await this.step('country', () => this.fallbackCountries());
    await this.step('organization', () => this.organizations());
    await this.step('organization_country', () => this.organizationCountries());
    await this.step('person', () => this.persons());
    await this.step('contact_point', () => this.contactPoints());
    const { congresses, bodies, memberships } = this.congressesBodiesMemberships();
    await this.step('congress', () => congresses);
    await this.step('body', () => bodies);
    await this.step('membership', () => memberships);
    const events = this.events();
    await this.step('event', () => events.events);
    await this.step('event_organizer', () => events.organizers);
    await this.step('event_country', () => events.countries);
    await this.step('participation', () => events.participations);
    const partnerships = this.partnerships();
    await this.step('partnership', () => partnerships.partnerships);
    await this.step('partnership_sector', () => partnerships.sectors);
    Object.assign(this.counts, await generateForeignNgoRecords(this.client, this.seed, this.log));
    return this.counts;
  }

  private async step(table: string, build: () => TableRows | undefined): Promise<void> {
    const t0 = performance.now();
    const rows = build();
    if (!rows) return;
    const n = await insertRows(this.client, rows);
    this.counts[table] = (this.counts[table] ?? 0) + n;
    this.log(`${table.padEnd(21)} ${String(n).padStart(9)} rows  ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s`);
  }

  /** What the database already holds: the real Union, countries, provinces and sectors. */
  private async readContext(): Promise<void> {
    const union = await this.client.query<{ id: string }>(
      `select id from organization where kind = 'UNION' and not synthetic order by created_at, id limit 1`,
    );
    this.unionId = union.rows[0]?.id;
    const countries = await this.client.query<CountryRow>(`select id, code, name_en as "nameEn", name_vi as "nameVi" from country order by code`);
    this.countries = countries.rows;
    const provinces = await this.client.query<{ id: string; nameVi: string; nameEn: string | null; from: string | null; until: string | null }>(
      `select id, name_vi as "nameVi", name_en as "nameEn", valid_from::text as "from", valid_until::text as "until" from province where not synthetic order by key`,
    );
    this.provinces = provinces.rows.map((p) => ({
      id: p.id,
      nameVi: p.nameVi,
      nameEn: p.nameEn,
      from: p.from ? toDays(p.from) : -Infinity,
      until: p.until ? toDays(p.until) : Infinity,
    }));
    const sectors = await this.client.query<{ id: string }>(`select id from sector where not synthetic order by key`);
    this.sectorIds = sectors.rows.map((s) => s.id);
    this.log(
      `context: union ${this.unionId ? 'found' : 'absent'}, ${this.countries.length} countries, ${this.provinces.length} provinces, ${this.sectorIds.length} sectors`,
    );
  }

  /** Only for a database without any country: a few synthetic country rows (real ISO codes). */
  private fallbackCountries(): TableRows | undefined {
    if (this.countries.length > 0) {
      this.foreignCountries = this.countries.filter((c) => c.code !== 'VN');
      if (this.foreignCountries.length === 0) this.foreignCountries = this.countries;
      return undefined;
    }
    const random = this.random('country');
    this.countries = FALLBACK_COUNTRIES.map((c) => ({ id: random.uuid(), code: c.code, nameEn: c.nameEn, nameVi: c.nameVi }));
    this.foreignCountries = this.countries;
    return {
      table: 'country',
      columns: ['id', 'code', 'name_en', 'name_vi'],
      constants: this.sourced,
      rows: this.countries.map((c) => [c.id, c.code, c.nameEn, c.nameVi]),
    };
  }

  private provinceAt(random: Random, days: number): ProvinceRow | undefined {
    if (this.provinces.length === 0) return undefined;
    for (let attempt = 0; attempt < 8; attempt++) {
      const p = random.pick(this.provinces);
      if (p.from <= days && days <= p.until) return p;
    }
    return random.pick(this.provinces);
  }

  private organizations(): TableRows {
    const random = this.random('organization');
    const kinds = Object.keys(KIND_MIX) as SyntheticKind[];
    const total = this.count(BASE_COUNTS.organizations);
    const perKind = apportion(total, kinds.map((k) => KIND_MIX[k]), total >= kinds.length ? 1 : 0);
    const associations: OrgRow[] = [];
    let number = 0;
    const rows: unknown[][] = [];

    kinds.forEach((kind, k) => {
      for (let i = 0; i < perKind[k]; i++) {
        number++;
        const tag = `(synthetic ${number})`;
        const org: OrgRow = {
          id: random.uuid(),
          kind,
          number,
          shortName: '',
          countryIds: [],
          countryNames: [],
          countryNamesEn: [],
          weight: Math.exp(0.8 * random.normal()),
          members: [],
          leaders: [],
          congressIds: [],
          congressHeldOn: [],
        };
        const country = random.pick(this.foreignCountries);
        const vi = (c: CountryRow) => c.nameVi ?? c.nameEn;
        const today = REF_DAYS;
        switch (kind) {
          case 'FRIENDSHIP_ASSOCIATION': {
            const cs = [country];
            if (random.chance(0.1)) {
              for (let extra = random.int(1, 2); extra > 0; extra--) {
                const c = random.pick(this.foreignCountries);
                if (!cs.includes(c)) cs.push(c);
              }
            }
            org.countryIds = cs.map((c) => c.id);
            org.countryNames = cs.map(vi);
            org.countryNamesEn = cs.map((c) => c.nameEn);
            org.shortName = `Hội Hữu nghị Việt Nam – ${cs.map(vi).join(' – ')}`;
            org.nameVi = `${org.shortName} ${tag}`;
            org.nameEn = `Vietnam – ${cs.map((c) => c.nameEn).join(' – ')} Friendship Association ${tag}`;
            if (random.chance(0.4)) org.abbreviation = `SFA${number}`;
            org.memberOfId = this.unionId;
            associations.push(org);
            break;
          }
          case 'LOCAL_UNION': {
            const province = this.provinceAt(random, today);
            const place = province?.nameVi ?? random.pick(FALLBACK_PROVINCES);
            org.provinceId = province?.id;
            org.shortName = `Liên hiệp các tổ chức hữu nghị ${place}`;
            org.nameVi = `${org.shortName} ${tag}`;
            org.nameEn = `${province?.nameEn ?? place} Union of Friendship Organizations ${tag}`;
            if (random.chance(0.5)) org.abbreviation = `SUFO${number}`;
            org.memberOfId = this.unionId;
            break;
          }
          case 'LOCAL_ASSOCIATION': {
            const parent = associations.length ? random.pick(associations) : undefined;
            const province = this.provinceAt(random, today);
            const place = province?.nameVi ?? random.pick(FALLBACK_PROVINCES);
            org.parentId = parent?.id;
            org.provinceId = province?.id;
            org.countryIds = parent ? [...parent.countryIds] : [country.id];
            org.countryNames = parent ? [...parent.countryNames] : [vi(country)];
            org.countryNamesEn = parent ? [...parent.countryNamesEn] : [country.nameEn];
            org.shortName = `Hội Hữu nghị Việt Nam – ${org.countryNames.join(' – ')} ${place}`;
            org.nameVi = `${org.shortName} ${tag}`;
            org.nameEn = `${province?.nameEn ?? place} Vietnam – ${org.countryNamesEn.join(' – ')} Friendship Association ${tag}`;
            break;
          }
          case 'FOREIGN_NGO': {
            org.countryIds = [country.id];
            org.countryNames = [vi(country)];
            if (random.chance(0.15)) {
              org.shortName = random.pick(NGO_FR);
              org.nameFr = `${org.shortName} ${tag}`;
              if (random.chance(0.5)) org.nameEn = `${random.pick(NGO_WORDS_EN)} ${random.pick(NGO_SUFFIX_EN)} ${tag}`;
            } else {
              org.shortName = `${random.pick(NGO_WORDS_EN)} ${random.pick(NGO_WORDS_EN)} ${random.pick(NGO_SUFFIX_EN)}`;
              org.nameEn = `${org.shortName} ${tag}`;
            }
            if (random.chance(0.3)) org.abbreviation = `SNGO${number}`;
            break;
          }
          case 'BUSINESS': {
            if (random.chance(0.6)) {
              org.countryIds = [country.id];
              org.countryNames = [vi(country)];
            }
            org.shortName = `Công ty Cổ phần ${random.pick(BUSINESS_VI)} Hữu nghị`;
            org.nameVi = `${org.shortName} ${tag}`;
            if (random.chance(0.5)) org.nameEn = `Friendship ${random.pick(['Trading', 'Travel', 'Technology', 'Investment'])} JSC ${tag}`;
            break;
          }
          case 'RESEARCH_INSTITUTION': {
            org.shortName = `Viện ${random.pick(RESEARCH_VI)}`;
            org.nameVi = `${org.shortName} ${tag}`;
            org.nameEn = `Institute for ${random.pick(['Development Studies', 'International Studies', 'Social Sciences', 'Southeast Asian Studies'])} ${tag}`;
            if (random.chance(0.5)) {
              org.countryIds = [country.id];
              org.countryNames = [vi(country)];
            }
            break;
          }
          case 'OVERSEAS_COMMUNITY': {
            org.countryIds = [country.id];
            org.countryNames = [vi(country)];
            org.shortName = `Hội người Việt Nam tại ${vi(country)}`;
            org.nameVi = `${org.shortName} ${tag}`;
            org.nameEn = `Association of Vietnamese in ${country.nameEn} ${tag}`;
            break;
          }
          case 'STUDENT_ASSOCIATION': {
            org.countryIds = [country.id];
            org.countryNames = [vi(country)];
            org.shortName = `Hội Sinh viên Việt Nam tại ${vi(country)}`;
            org.nameVi = `${org.shortName} ${tag}`;
            org.nameEn = `Vietnamese Students’ Association in ${country.nameEn} ${tag}`;
            break;
          }
          case 'FOREIGN_COUNTERPART': {
            org.countryIds = [country.id];
            org.countryNames = [vi(country)];
            org.shortName = `${country.nameEn} – Vietnam Friendship Association`;
            org.nameEn = `${org.shortName} ${tag}`;
            if (random.chance(0.5)) org.nameVi = `Hội Hữu nghị ${vi(country)} – Việt Nam ${tag}`;
            break;
          }
        }

        // Exactly what the entity's @BeforeCreate hook derives (name, search_text).
        const names = { nameVi: org.nameVi, nameEn: org.nameEn, nameFr: org.nameFr, abbreviation: org.abbreviation } as Organization;
        Organization.prototype.refreshNames.call(names);

        const foundedYear = random.int(1950, 2020);
        const founded = random.chance(0.7)
          ? partial(fromDays(toDays(`${foundedYear}-01-01`) + random.int(0, 364)), random.chance(0.6) ? 'DAY' : 'YEAR')
          : undefined;
        const traditional = random.chance(0.15) ? partial(fromDays(toDays(`${foundedYear}-01-01`) + random.int(0, 364)), 'DAY') : undefined;
        const status = random.weighted({ ACTIVE: 88, DORMANT: 9, DISSOLVED: 3 });
        rows.push([
          org.id,
          kind,
          names.name,
          org.nameVi ?? null,
          org.nameEn ?? null,
          org.nameFr ?? null,
          org.abbreviation ?? null,
          names.searchText,
          org.parentId ?? null,
          org.memberOfId ?? null,
          org.provinceId ?? null,
          ...dateColumns(founded),
          ...dateColumns(traditional),
          status,
          random.chance(0.3) ? `Tổ chức tổng hợp (synthetic) dùng cho kiểm thử hiệu năng: ${org.shortName}.` : null,
          random.chance(0.3) ? `Số ${random.int(1, 200)} phố Synthetic, ${org.countryNames[0] ?? 'Hà Nội'}` : null,
          random.chance(0.2) ? `https://synthetic-${number}.example.org` : null,
        ]);
        this.orgs.push(org);
      }
    });

    return {
      table: 'organization',
      columns: [
        'id', 'kind', 'name', 'name_vi', 'name_en', 'name_fr', 'abbreviation', 'search_text', 'parent_id', 'member_of_id', 'province_id',
        'founded_on_start', 'founded_on_end', 'founded_on_precision', 'traditional_day_start', 'traditional_day_end', 'traditional_day_precision',
        'status', 'description', 'address', 'website',
      ],
      constants: this.sourced,
      rows,
    };
  }

  private organizationCountries(): TableRows {
    const rows: unknown[][] = [];
    for (const org of this.orgs) for (const countryId of org.countryIds) rows.push([org.id, countryId]);
    return { table: 'organization_country', columns: ['organization_id', 'country_id'], rows };
  }

  private persons(): TableRows {
    const random = this.random('person');
    const contactIds = this.random('contact-point-ids');
    const total = this.count(BASE_COUNTS.persons);
    const rows: unknown[][] = [];
    for (let i = 0; i < total; i++) {
      const number = i + 1;
      const id = random.uuid();
      const name = personName(random, number, 0.1);
      // Exactly what the entity's @BeforeCreate hook derives.
      const derived = { fullName: name.fullName } as Person;
      Person.prototype.refreshSearchName.call(derived);
      this.personIds.push(id);
      (name.foreign ? this.foreignPersons : this.vietnamesePersons).push(i);
      rows.push([
        id,
        name.fullName,
        derived.searchName,
        name.honorific ?? null,
        random.chance(0.08) ? `Tiểu sử tổng hợp (synthetic): hoạt động đối ngoại nhân dân từ năm ${random.int(1975, 2020)}.` : null,
      ]);
      // Contact details are contact points of the secretariat (no organization), as migrated ones are.
      if (random.chance(0.25)) this.contacts.push([contactIds.uuid(), id, 'EMAIL', `synthetic.person${number}@example.invalid`]);
      if (random.chance(0.1)) this.contacts.push([contactIds.uuid(), id, 'PHONE', `+84 900 ${String(number).padStart(6, '0')}`]);
    }
    // A small set of prominent people sits on many committees (the "person with many posts").
    this.prominent = Math.max(1, Math.round(this.vietnamesePersons.length * 0.015));
    return {
      table: 'person',
      columns: ['id', 'full_name', 'search_name', 'honorific', 'biography'],
      constants: this.sourced,
      rows,
    };
  }

  /** The persons' contact points (drawn with the persons); they go with their person when it is deleted. */
  private contactPoints(): TableRows {
    return {
      table: 'contact_point',
      columns: ['id', 'person_id', 'kind', 'value'],
      constants: { version: '1', created_at: GENERATED_AT, updated_at: GENERATED_AT, entered_by: sqlString('synthetic generator') },
      rows: this.contacts,
    };
  }

  /** A Vietnamese person, prominent ones far more often. */
  private drawMember(random: Random): number {
    const pool = this.vietnamesePersons.length ? this.vietnamesePersons : this.personIds.map((_, i) => i);
    return random.chance(0.08) ? pool[random.int(0, Math.min(this.prominent, pool.length) - 1)] : pool[random.int(0, pool.length - 1)];
  }

  /**
   * Each network organization holds 1–3 congresses five years apart; each elects an executive and a
   * standing committee. Members are partly re-elected from the previous term; leaders come first.
   */
  private congressesBodiesMemberships(): { congresses: TableRows; bodies: TableRows; memberships: TableRows } {
    const random = this.random('congress');
    const ids = this.random('congress-ids');
    const network = this.orgs.filter((o) => NETWORK_KINDS.includes(o.kind));

    interface Plan {
      org: OrgRow;
      id: string;
      number: number;
      heldOn: PartialDate;
      termStart: PartialDate;
      termEnd: PartialDate;
      /** The day before the next congress, when there is one (the term ends then). */
      endsOn?: string;
      latest: boolean;
      weight: number;
    }
    const plans: Plan[] = [];
    for (const org of network) {
      const n = Number(random.weighted({ 1: 30, 2: 40, 3: 30 }));
      const firstNumber = random.int(1, 6);
      const lastYear = random.int(2021, 2025);
      const days: number[] = [];
      for (let k = 0; k < n; k++) {
        const year = lastYear - 5 * (n - 1 - k);
        days.push(toDays(`${year}-01-01`) + random.int(0, 360));
      }
      const orgPlans: Plan[] = [];
      for (let k = 0; k < n; k++) {
        const held = fromDays(days[k]);
        const year = Number(held.slice(0, 4));
        const plan: Plan = {
          org,
          id: ids.uuid(),
          number: firstNumber + k,
          heldOn: partial(held, random.chance(0.85) ? 'DAY' : 'MONTH'),
          termStart: random.chance(0.7) ? partial(held, 'DAY') : partial(held, 'YEAR'),
          termEnd: partial(`${year + 5}-01-01`, 'YEAR'),
          latest: k === n - 1,
          weight: org.weight * (0.8 + 0.4 * random.next()),
        };
        if (k > 0) orgPlans[k - 1].endsOn = fromDays(days[k] - 1);
        orgPlans.push(plan);
        org.congressIds.push(plan.id);
        org.congressHeldOn.push(held);
      }
      plans.push(...orgPlans);
    }

    const congressRows = plans.map((p) => [
      p.id,
      p.org.id,
      p.number,
      `Đại hội đại biểu lần thứ ${p.number} (synthetic)`,
      ...dateColumns(p.heldOn),
      ...dateColumns(p.termStart),
      ...dateColumns(p.termEnd),
    ]);

    // Seats per congress (executive + standing), summing to the membership target exactly.
    const totalMemberships = this.count(BASE_COUNTS.memberships);
    const seats = apportion(totalMemberships, plans.map((p) => p.weight), 8);

    const members = this.random('membership');
    const membershipIds = this.random('membership-ids');
    const bodyIds = this.random('body-ids');
    const bodyRows: unknown[][] = [];
    const membershipRows: unknown[][] = [];
    let previousExecutive: number[] = [];
    let previousOrg: OrgRow | undefined;

    plans.forEach((plan, index) => {
      const total = seats[index];
      const standingSize = Math.max(0, Math.min(total - 1, Math.max(3, Math.round(total * 0.2))));
      const executiveSize = total - standingSize;
      const vicePresidents = Math.min(6, Math.max(1, Math.round(executiveSize / 15)));
      const leaderCount = Math.min(executiveSize, 2 + vicePresidents);
      if (previousOrg !== plan.org) previousExecutive = [];
      previousOrg = plan.org;

      // Re-elected members first (they take the leading posts), then newcomers.
      const chosen = new Set<number>();
      for (const p of previousExecutive) if (chosen.size < executiveSize && members.chance(0.5)) chosen.add(p);
      let guard = 0;
      while (chosen.size < executiveSize && guard++ < executiveSize * 50) chosen.add(this.drawMember(members));
      const executive = [...chosen];
      previousExecutive = executive;
      for (const p of executive) plan.org.members.push(p);
      if (plan.latest) plan.org.leaders = executive.slice(0, leaderCount);

      const roleOf = (i: number, standing: boolean): string =>
        i === 0 ? 'PRESIDENT' : i <= vicePresidents && i < leaderCount - 1 ? 'VICE_PRESIDENT' : i === leaderCount - 1 ? 'SECRETARY_GENERAL' : standing ? 'STANDING_MEMBER' : 'MEMBER';

      const startDays = toDays(plan.termStart.start);
      const naturalEnd = plan.endsOn ? toDays(plan.endsOn) : toDays(plan.termEnd.end);
      const lastKnown = Math.min(naturalEnd, REF_DAYS);
      // Per person: the dates of their seat, shared by both committees.
      const dates = executive.map((_, i) => {
        const role = roleOf(i, false);
        let start: PartialDate | undefined;
        let end: PartialDate | undefined;
        let attested: string[] = [];
        let withTerm = true;
        if (role === 'MEMBER' && i >= executiveSize - Math.ceil(executiveSize * 0.04) && lastKnown - startDays > 400) {
          start = partial(fromDays(startDays + members.int(180, lastKnown - startDays - 30)), members.chance(0.7) ? 'DAY' : 'MONTH'); // co-opted
        } else if ((role === 'MEMBER' || role === 'VICE_PRESIDENT') && members.chance(0.05) && lastKnown - startDays > 400) {
          end = partial(fromDays(startDays + members.int(200, lastKnown - startDays - 30)), members.chance(0.7) ? 'DAY' : 'MONTH'); // left early
        } else if (role === 'MEMBER' && members.chance(0.02)) {
          // Known only from sources that show the person in post (no term stated).
          withTerm = false;
          attested = [partial(fromDays(startDays + members.int(0, Math.max(0, lastKnown - startDays))), 'MONTH').start.slice(0, 7)];
        }
        if (!end && plan.endsOn) end = partial(plan.endsOn, 'DAY');
        return { start, end, attested, withTerm };
      });

      const addBody = (kind: 'EXECUTIVE_COMMITTEE' | 'STANDING_COMMITTEE', size: number, seated: number[]) => {
        const bodyId = bodyIds.uuid();
        const term = ordinalEn(plan.number);
        bodyRows.push([
          bodyId,
          plan.org.id,
          kind,
          kind === 'EXECUTIVE_COMMITTEE' ? `Ban Chấp hành khóa ${plan.number}` : `Ban Thường vụ khóa ${plan.number}`,
          kind === 'EXECUTIVE_COMMITTEE' ? `Executive Committee, ${term} term` : `Standing Committee, ${term} term`,
          plan.id,
          ...dateColumns(plan.termStart),
          ...dateColumns(plan.termEnd),
          size,
        ]);
        seated.forEach((person, i) => {
          const role = roleOf(i, kind === 'STANDING_COMMITTEE');
          const d = dates[i];
          const span = {
            startDate: d.start,
            endDate: d.end,
            termStart: d.withTerm ? plan.termStart : undefined,
            termEnd: d.withTerm ? plan.termEnd : undefined,
            attestedOn: d.attested,
          } as Membership;
          // Exactly the entity's @BeforeCreate rule for held_from / held_until.
          Membership.prototype.refreshSpan.call(span);
          membershipRows.push([
            membershipIds.uuid(),
            this.personIds[person],
            plan.org.id,
            bodyId,
            plan.id,
            role,
            role === 'SECRETARY_GENERAL' && vicePresidents > 1 && members.chance(0.2) ? 'Phó Chủ tịch kiêm Tổng Thư ký' : null,
            ...dateColumns(d.start),
            ...dateColumns(d.end),
            ...dateColumns(span.termStart),
            ...dateColumns(span.termEnd),
            d.attested,
            span.heldFrom ?? null,
            span.heldUntil ?? null,
          ]);
        });
      };
      addBody('EXECUTIVE_COMMITTEE', executiveSize + (members.chance(0.3) ? members.int(1, 3) : 0), executive);
      addBody('STANDING_COMMITTEE', standingSize, executive.slice(0, standingSize));
    });

    for (const org of network) org.members = [...new Set(org.members)];

    return {
      congresses: {
        table: 'congress',
        columns: ['id', 'organization_id', 'number', 'title', ...partialColumns('held_on'), ...partialColumns('term_start'), ...partialColumns('term_end')],
        constants: this.sourced,
        rows: congressRows,
      },
      bodies: {
        table: 'body',
        columns: ['id', 'organization_id', 'kind', 'name_vi', 'name_en', 'congress_id', ...partialColumns('term_start'), ...partialColumns('term_end'), 'size'],
        constants: this.sourced,
        rows: bodyRows,
      },
      memberships: {
        table: 'membership',
        columns: [
          'id', 'person_id', 'organization_id', 'body_id', 'congress_id', 'role', 'title',
          ...partialColumns('start_date'), ...partialColumns('end_date'), ...partialColumns('term_start'), ...partialColumns('term_end'),
          'attested_on', 'held_from', 'held_until',
        ],
        constants: this.sourced,
        rows: membershipRows,
      },
    };
  }

  private events(): { events: TableRows; organizers: TableRows; countries: TableRows; participations: TableRows } {
    const random = this.random('event');
    const ids = this.random('event-ids');
    const total = this.count(BASE_COUNTS.events);
    const network = this.orgs.filter((o) => NETWORK_KINDS.includes(o.kind));
    const byWeight = new WeightedIndex(network.map((o) => o.weight));
    const first = toDays('2005-01-01');
    const last = toDays('2027-06-30');
    const kinds = {
      MEETING: 30, CONFERENCE: 14, AMBASSADOR_WELCOME: 8, AMBASSADOR_FAREWELL: 7, DELEGATION_IN: 9,
      DELEGATION_OUT: 8, EXCHANGE: 10, ANNIVERSARY: 6, AWARD: 5, CONGRESS: 3,
    } as const;
    const sizeFactor: Record<keyof typeof kinds, number> = {
      MEETING: 1, CONFERENCE: 4, AMBASSADOR_WELCOME: 0.8, AMBASSADOR_FAREWELL: 0.8, DELEGATION_IN: 0.8,
      DELEGATION_OUT: 0.6, EXCHANGE: 2, ANNIVERSARY: 3, AWARD: 1.5, CONGRESS: 4,
    };

    interface Plan {
      id: string;
      kind: keyof typeof kinds;
      organizers: OrgRow[];
      days: number;
      row: unknown[];
      weight: number;
    }
    const plans: Plan[] = [];
    const organizerRows: unknown[][] = [];
    const countryRows: unknown[][] = [];

    for (let i = 0; i < total; i++) {
      const number = i + 1;
      let kind = random.weighted(kinds);
      const main = network.length && random.chance(0.85) ? network[byWeight.draw(random)] : random.pick(this.orgs);
      if (kind === 'CONGRESS' && main.congressIds.length === 0) kind = 'MEETING';
      const organizers = [main];
      for (const p of [0.35, 0.1]) {
        if (!random.chance(p)) break;
        const other = random.pick(this.orgs);
        if (!organizers.includes(other)) organizers.push(other);
      }

      let congressId: string | null = null;
      let days = random.int(first, last);
      if (kind === 'CONGRESS') {
        const k = random.int(0, main.congressIds.length - 1);
        congressId = main.congressIds[k];
        days = toDays(main.congressHeldOn[k]);
      }
      const iso = fromDays(days);
      const precision = kind === 'CONGRESS' ? 'DAY' : random.weighted({ DAY: 85, MONTH: 12, YEAR: 3 });
      const start = partial(iso, precision);
      const end = precision === 'DAY' && ['CONFERENCE', 'EXCHANGE', 'DELEGATION_IN', 'DELEGATION_OUT'].includes(kind) && random.chance(0.4)
        ? partial(fromDays(days + random.int(1, 4)), 'DAY')
        : undefined;

      const countryIds = main.countryIds.length ? [main.countryIds[0]] : [random.pick(this.foreignCountries).id];
      if (random.chance(0.2)) {
        const extra = random.pick(this.foreignCountries).id;
        if (!countryIds.includes(extra)) countryIds.push(extra);
      }
      const countryName = main.countryNames[0] ?? (this.foreignCountries.find((c) => c.id === countryIds[0])?.nameVi ?? 'các nước');
      const province = kind !== 'DELEGATION_OUT' && random.chance(0.7) ? this.provinceAt(random, days) : undefined;
      const id = ids.uuid();

      const row: unknown[] = [
        id,
        kind,
        `${EVENT_TITLES[kind](countryName, main.shortName)} (synthetic ${number})`,
        ...dateColumns(start),
        ...dateColumns(end),
        random.chance(0.01) ? [fromDays(days + random.int(1, 30))] : [],
        province?.id ?? null,
        random.chance(0.4) ? random.pick(VENUES) : null,
        random.chance(0.15) ? `Sự kiện tổng hợp (synthetic) do ${main.shortName} tổ chức.` : null,
        null, // participant_count, set once the participations are drawn
        null, // participant_count_qualifier
        congressId,
      ];
      plans.push({ id, kind, organizers, days, row, weight: sizeFactor[kind] * Math.exp(0.5 * random.normal()) });
      for (const o of organizers) organizerRows.push([id, o.id]);
      for (const c of countryIds) countryRows.push([id, c]);
    }

    // Participations: the target count split over events by size, members of the organizer first.
    const participants = this.random('participation');
    const participationIds = this.random('participation-ids');
    const sizes = apportion(this.count(BASE_COUNTS.participations), plans.map((p) => p.weight), 2);
    const participationRows: unknown[][] = [];
    const personCount = this.personIds.length;
    plans.forEach((plan, index) => {
      const size = Math.min(sizes[index], personCount);
      const upcoming = plan.days > REF_DAYS;
      const organizer = plan.organizers[0];
      const seen = new Set<number>();
      for (let k = 0; k < size; k++) {
        let person = -1;
        let onBehalfOf: string | null = null;
        // Most participants come from the organizer's own committees (so attendance per member is measurable).
        if (organizer.members.length && participants.chance(0.6)) {
          for (let attempt = 0; attempt < 4 && person < 0; attempt++) {
            const candidate = participants.pick(organizer.members);
            if (!seen.has(candidate)) {
              person = candidate;
              onBehalfOf = organizer.id;
            }
          }
        }
        while (person < 0) {
          const candidate = participants.int(0, personCount - 1);
          if (seen.has(candidate)) continue;
          person = candidate;
          if (participants.chance(0.1)) onBehalfOf = participants.pick(this.orgs).id;
        }
        seen.add(person);
        // Upcoming: invited, attendance unknown. Past: most invitees came; the uninvited who appear came.
        const invited = upcoming || participants.chance(0.92);
        const attended = upcoming ? null : !invited ? true : participants.chance(0.75);
        const role =
          k === 0 ? 'HOST'
            : plan.kind === 'AWARD' && participants.chance(0.1) ? 'AWARDEE'
              : plan.kind === 'CONFERENCE' && participants.chance(0.1) ? 'SPEAKER'
                : participants.chance(0.12) ? 'GUEST'
                  : 'ATTENDEE';
        participationRows.push([participationIds.uuid(), plan.id, this.personIds[person], onBehalfOf, role, invited, attended]);
      }
      const count = participants.weighted({ exact: 50, about: 20, none: 30 });
      if (count === 'exact') plan.row.splice(PARTICIPANT_COUNT_COLUMN, 2, size, 'EXACT');
      else if (count === 'about' && size >= 20) plan.row.splice(PARTICIPANT_COUNT_COLUMN, 2, Math.round(size / 10) * 10, 'ABOUT');
    });

    return {
      events: {
        table: 'event',
        columns: EVENT_COLUMNS,
        constants: this.sourced,
        rows: plans.map((p) => p.row),
      },
      organizers: { table: 'event_organizer', columns: ['event_id', 'organization_id'], rows: organizerRows },
      countries: { table: 'event_country', columns: ['event_id', 'country_id'], rows: countryRows },
      participations: {
        table: 'participation',
        columns: ['id', 'event_id', 'person_id', 'on_behalf_of_id', 'role', 'invited', 'attended'],
        constants: this.sourced,
        rows: participationRows,
      },
    };
  }

  private partnerships(): { partnerships: TableRows; sectors: TableRows } {
    const random = this.random('partnership');
    const ids = this.random('partnership-ids');
    const total = this.count(BASE_COUNTS.partnerships);
    const network = this.orgs.filter((o) => NETWORK_KINDS.includes(o.kind));
    const partners = this.orgs.filter((o) => !NETWORK_KINDS.includes(o.kind));
    const holders = network.length ? network : this.orgs;
    const byWeight = new WeightedIndex(holders.map((o) => o.weight));
    const pairs = new Set<string>();
    const rows: unknown[][] = [];
    const sectorRows: unknown[][] = [];

    for (let i = 0; i < total; i++) {
      const holder = holders[byWeight.draw(random)];
      let partnerOrg: OrgRow | undefined;
      let partnerPerson: number | undefined;
      for (let attempt = 0; attempt < 5; attempt++) {
        partnerOrg = undefined;
        partnerPerson = undefined;
        if (partners.length && random.chance(0.85)) partnerOrg = random.pick(partners);
        else {
          const pool = this.foreignPersons.length && random.chance(0.8) ? this.foreignPersons : this.vietnamesePersons;
          partnerPerson = random.pick(pool.length ? pool : [0]);
        }
        const key = `${holder.id}|${partnerOrg?.id ?? `p${partnerPerson}`}`;
        if (!pairs.has(key)) {
          pairs.add(key);
          break;
        }
      }
      const partnerKind = partnerOrg?.kind;
      const traditionalShare =
        partnerKind === 'FOREIGN_COUNTERPART' || partnerKind === 'OVERSEAS_COMMUNITY' ? 0.75
          : partnerKind === 'BUSINESS' || partnerKind === 'RESEARCH_INSTITUTION' || partnerKind === 'STUDENT_ASSOCIATION' ? 0.3
            : 0.5;
      const kind = random.chance(traditionalShare) ? 'TRADITIONAL' : 'NEW';
      const status = random.weighted({ ACTIVE: 55, PROSPECT: 20, LAPSED: 25 });
      const sincePrecision = random.weighted({ YEAR: 40, MONTH: 20, DAY: 40 });
      let sinceDays: number | undefined;
      if (status === 'PROSPECT') sinceDays = random.chance(0.5) ? undefined : random.int(toDays('2023-01-01'), REF_DAYS);
      else sinceDays = random.int(toDays('1990-01-01'), toDays('2025-06-30'));
      const since = sinceDays !== undefined ? partial(fromDays(sinceDays), sincePrecision) : undefined;
      let untilDays: number | undefined;
      if (status === 'LAPSED' && sinceDays !== undefined) untilDays = Math.min(REF_DAYS, sinceDays + random.int(365, 3650));
      const until = untilDays !== undefined ? partial(fromDays(untilDays), 'YEAR') : undefined;
      const attested: string[] = [];
      if (sinceDays !== undefined) {
        const upTo = untilDays ?? REF_DAYS;
        for (let k = random.int(0, 3); k > 0; k--) {
          const d = fromDays(random.int(sinceDays, Math.max(sinceDays, upTo)));
          attested.push(random.chance(0.5) ? d : d.slice(0, 4));
        }
        attested.sort();
      }
      const lead = holder.leaders.length && random.chance(0.5) ? this.personIds[random.pick(holder.leaders)] : null;
      const partnerLead = partnerOrg && random.chance(0.25) ? this.personIds[random.int(0, this.personIds.length - 1)] : null;
      const id = ids.uuid();
      rows.push([
        id,
        holder.id,
        partnerOrg?.id ?? null,
        partnerPerson !== undefined ? this.personIds[partnerPerson] : null,
        kind,
        status,
        ...dateColumns(since),
        ...dateColumns(until),
        attested,
        lead,
        partnerLead,
        random.chance(0.2) ? `${random.pick(SECTOR_NOTES)} (synthetic)` : null,
      ]);
      if (this.sectorIds.length) {
        const n = Math.min(this.sectorIds.length, Number(random.weighted({ 0: 20, 1: 45, 2: 25, 3: 10 })));
        const chosen = new Set<string>();
        while (chosen.size < n) chosen.add(random.pick(this.sectorIds));
        for (const s of chosen) sectorRows.push([id, s]);
      }
    }

    return {
      partnerships: {
        table: 'partnership',
        columns: [
          'id', 'organization_id', 'partner_organization_id', 'partner_person_id', 'kind', 'status',
          ...partialColumns('since'), ...partialColumns('until'), 'attested_on', 'lead_id', 'partner_lead_id', 'notes',
        ],
        constants: this.sourced,
        rows,
      },
      sectors: { table: 'partnership_sector', columns: ['partnership_id', 'sector_id'], rows: sectorRows },
    };
  }
}
