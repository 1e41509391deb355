/**
 * Integrity check of the real seed (no dependencies). Run from the repository root:
 *   node_modules/.bin/node --experimental-strip-types seeds/real/check.ts
 * Checks: unique keys per kind; every *Key / code reference resolves (to the right kind of record); every
 * record has at least one non-empty source; dates parse (YYYY, YYYY-MM, YYYY-MM-DD, real calendar days);
 * end dates are not before start dates; enums hold allowed values; the province generations are complete
 * (63 + 34, every old unit has a POST_2025 successor, every new unit has a predecessor).
 * Exits 1 and lists every problem when something is wrong.
 */
import { registerHooks } from 'node:module';
import type {
  AmbassadorPostingSeed,
  BodySeed,
  CongressSeed,
  CountrySeed,
  EventSeed,
  LegalInstrumentSeed,
  LegalRuleSeed,
  LegislatureSeed,
  OrganizationSeed,
  ParliamentaryGroupSeed,
  PartnershipSeed,
  PersonSeed,
  PostSeed,
  ProvinceChangeSeed,
  ProvinceSeed,
  ReportedFigureSeed,
  SectorSeed,
} from './types.ts';

// The seed files import each other as './x.js' (what tsc needs under NodeNext); under type stripping only
// the .ts files exist, so resolve a missing relative .js to its .ts sibling.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) {
      try {
        return nextResolve(specifier, context);
      } catch {
        return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      }
    }
    return nextResolve(specifier, context);
  },
});

const { realSeed } = await import('./index.ts');

const problems: string[] = [];
const fail = (where: string, message: string): void => {
  problems.push(`${where}: ${message}`);
};

// ---------------------------------------------------------------- helpers

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** earliest and latest calendar day a partial date can mean, as 'YYYY-MM-DD' strings (comparable as text) */
function bounds(value: string): { low: string; high: string } | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1900 || year > 2100) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (day !== undefined && (day < 1 || day > daysIn(year, month!))) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (month === undefined) return { low: `${year}-01-01`, high: `${year}-12-31` };
  if (day === undefined) return { low: `${year}-${pad(month)}-01`, high: `${year}-${pad(month)}-${pad(daysIn(year, month))}` };
  return { low: value, high: value };
}

function checkDate(where: string, field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !bounds(value)) fail(where, `${field} "${String(value)}" is not a valid partial date`);
}

/** `end` may not lie wholly before `start` (partial dates compare by their widest reading) */
function checkOrder(where: string, startField: string, start: unknown, endField: string, end: unknown): void {
  if (typeof start !== 'string' || typeof end !== 'string') return;
  const s = bounds(start);
  const e = bounds(end);
  if (s && e && e.high < s.low) fail(where, `${endField} ${end} is before ${startField} ${start}`);
}

function checkSources(where: string, record: { sources?: unknown; note?: unknown }): void {
  const { sources } = record;
  if (!Array.isArray(sources) || sources.length === 0) fail(where, 'has no source');
  else if (sources.some((s) => typeof s !== 'string' || s.trim() === '')) fail(where, 'has an empty source');
  else if (new Set(sources).size !== sources.length) fail(where, 'repeats a source');
  // A source document is cited as the document (its URL, or its title and date), not by the file it is kept in.
  else if (sources.some((s) => /\.txt\b|(^|\/)sources\//.test(s))) fail(where, 'cites a file name instead of the document');
  if (record.note !== undefined && (typeof record.note !== 'string' || record.note.trim() === '')) fail(where, 'has an empty note');
}

function checkEnum(where: string, field: string, value: unknown, allowed: readonly string[], optional = false): void {
  if (value === undefined && optional) return;
  if (typeof value !== 'string' || !allowed.includes(value)) fail(where, `${field} "${String(value)}" is not one of ${allowed.join(', ')}`);
}

const SLUG = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

function index<T>(kind: string, records: T[], keyOf: (r: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  records.forEach((r, i) => {
    const key = keyOf(r);
    const where = `${kind}[${i}] ${key}`;
    if (typeof key !== 'string' || key === '') fail(where, 'has no key');
    else if (map.has(key)) fail(where, `duplicate key "${key}"`);
    else map.set(key, r);
  });
  return map;
}

function ref(where: string, field: string, key: unknown, map: Map<string, unknown>, kind: string, optional = true): void {
  if (key === undefined && optional) return;
  if (typeof key !== 'string' || !map.has(key)) fail(where, `${field} "${String(key)}" does not resolve to a ${kind}`);
}

// ---------------------------------------------------------------- indexes

const seed = realSeed;
const countries = index<CountrySeed>('country', seed.countries, (c) => c.code);
const sectors = index<SectorSeed>('sector', seed.sectors, (s) => s.key);
const provinces = index<ProvinceSeed>('province', seed.provinces, (p) => p.key);
const provinceChanges = index<ProvinceChangeSeed>('provinceChange', seed.provinceChanges, (p) => p.key);
const organizations = index<OrganizationSeed>('organization', seed.organizations, (o) => o.key);
const persons = index<PersonSeed>('person', seed.persons, (p) => p.key);
const congresses = index<CongressSeed>('congress', seed.congresses, (c) => c.key);
const bodies = index<BodySeed>('body', seed.bodies, (b) => b.key);
const events = index<EventSeed>('event', seed.events, (e) => e.key);
const postings = index<AmbassadorPostingSeed>('ambassadorPosting', seed.ambassadorPostings, (a) => a.key);
const groups = index<ParliamentaryGroupSeed>('parliamentaryGroup', seed.parliamentaryGroups, (g) => g.key);
const partnerships = index<PartnershipSeed>('partnership', seed.partnerships, (p) => p.key);
const figures = index<ReportedFigureSeed>('reportedFigure', seed.reportedFigures, (f) => f.key);
const legislatures = index<LegislatureSeed>('legislature', seed.legislatures, (l) => String(l.number));
const instruments = index<LegalInstrumentSeed>('legalInstrument', seed.legalInstruments, (l) => l.key);
const rules = index<LegalRuleSeed>('legalRule', seed.legalRules, (l) => l.key);

for (const [kind, map] of [
  ['sector', sectors],
  ['province', provinces],
  ['provinceChange', provinceChanges],
  ['organization', organizations],
  ['person', persons],
  ['congress', congresses],
  ['body', bodies],
  ['event', events],
  ['ambassadorPosting', postings],
  ['parliamentaryGroup', groups],
  ['partnership', partnerships],
  ['reportedFigure', figures],
  ['legalInstrument', instruments],
  ['legalRule', rules],
] as const) {
  for (const key of (map as Map<string, unknown>).keys()) if (!SLUG.test(key)) fail(`${kind} ${key}`, 'key is not a lower-kebab slug');
}

const countryRefs = (where: string, codes: unknown, optional = true): void => {
  if (codes === undefined && optional) return;
  if (!Array.isArray(codes)) return fail(where, 'countryCodes is not an array');
  for (const code of codes) ref(where, 'countryCode', code, countries, 'country', false);
  if (new Set(codes).size !== codes.length) fail(where, 'repeats a country code');
};

// ---------------------------------------------------------------- per kind

for (const c of seed.countries) {
  const where = `country ${c.code}`;
  checkSources(where, c);
  if (!/^[A-Z]{2}$/.test(c.code)) fail(where, 'code is not ISO 3166-1 alpha-2 shaped');
  if (!c.nameEn) fail(where, 'has no nameEn');
}

for (const s of seed.sectors) {
  checkSources(`sector ${s.key}`, s);
  if (!s.nameEn) fail(`sector ${s.key}`, 'has no nameEn');
}

// provinces: generations, validity, successors
const PRE = seed.provinces.filter((p) => p.generation === 'PRE_2025');
const POST = seed.provinces.filter((p) => p.generation === 'POST_2025');
if (PRE.length !== 63) fail('provinces', `expected 63 PRE_2025 units, found ${PRE.length}`);
if (POST.length !== 34) fail('provinces', `expected 34 POST_2025 units, found ${POST.length}`);
if (POST.filter((p) => p.level === 'MUNICIPALITY').length !== 6) fail('provinces', 'expected 6 centrally-run cities among the POST_2025 units');
const predecessors = new Map<string, ProvinceSeed[]>();
for (const p of seed.provinces) {
  const where = `province ${p.key}`;
  checkSources(where, p);
  checkEnum(where, 'level', p.level, ['PROVINCE', 'MUNICIPALITY']);
  checkEnum(where, 'generation', p.generation, ['PRE_2025', 'POST_2025']);
  checkDate(where, 'validFrom', p.validFrom);
  checkDate(where, 'validUntil', p.validUntil);
  checkOrder(where, 'validFrom', p.validFrom, 'validUntil', p.validUntil);
  if (!p.nameVi) fail(where, 'has no nameVi');
  if (p.areaKm2 !== undefined && !(p.areaKm2 > 0)) fail(where, 'areaKm2 is not positive');
  if (p.population !== undefined && !(Number.isInteger(p.population) && p.population > 0)) fail(where, 'population is not a positive integer');
  if (p.code !== undefined && !/^\d{2}$/.test(p.code)) fail(where, 'code is not two digits');
  if (p.generation === 'PRE_2025') {
    if (p.validUntil !== '2025-06-30') fail(where, 'a PRE_2025 unit must be valid until 2025-06-30');
    if (!p.successorKey) fail(where, 'a PRE_2025 unit has no successor');
    else {
      const successor = provinces.get(p.successorKey);
      if (!successor) fail(where, `successorKey "${p.successorKey}" does not resolve`);
      else if (successor.generation !== 'POST_2025') fail(where, `successor ${p.successorKey} is not a POST_2025 unit`);
      else predecessors.set(p.successorKey, [...(predecessors.get(p.successorKey) ?? []), p]);
    }
    if (p.formerCapitalWardNames || p.specialZones) fail(where, 'ward names and special zones belong to POST_2025 units');
  } else {
    if (p.validFrom !== '2025-07-01') fail(where, 'a POST_2025 unit must be valid from 2025-07-01');
    if (p.successorKey) fail(where, 'a POST_2025 unit has a successor');
  }
}
for (const p of POST) if (!predecessors.has(p.key)) fail(`province ${p.key}`, 'no PRE_2025 unit points to it');
const unchanged = POST.filter((p) => predecessors.get(p.key)?.length === 1).length;
if (unchanged !== 11) fail('provinces', `expected 11 unchanged units, found ${unchanged}`);
const merged = PRE.filter((p) => (predecessors.get(p.successorKey!)?.length ?? 0) > 1).length;
if (merged !== 52) fail('provinces', `expected 52 merged PRE_2025 units, found ${merged}`);
const specialZones = POST.reduce((n, p) => n + (p.specialZones?.length ?? 0), 0);
if (specialZones !== 13) fail('provinces', `expected 13 special zones, found ${specialZones}`);

for (const c of seed.provinceChanges) {
  const where = `provinceChange ${c.key}`;
  checkSources(where, c);
  ref(where, 'provinceKey', c.provinceKey, provinces, 'province', false);
  if (provinces.get(c.provinceKey)?.generation === 'PRE_2025') fail(where, 'a post-2025 change must name a POST_2025 unit');
  checkDate(where, 'effectiveOn', c.effectiveOn);
  checkDate(where, 'issuedOn', c.issuedOn);
  checkOrder(where, 'issuedOn', c.issuedOn, 'effectiveOn', c.effectiveOn);
  checkEnum(where, 'newLevel', c.newLevel, ['PROVINCE', 'MUNICIPALITY'], true);
}

const ORG_KINDS = [
  'UNION', 'UNION_BODY', 'FRIENDSHIP_ASSOCIATION', 'LOCAL_UNION', 'LOCAL_ASSOCIATION', 'FOREIGN_NGO', 'BUSINESS',
  'RESEARCH_INSTITUTION', 'OVERSEAS_COMMUNITY', 'STUDENT_ASSOCIATION', 'FOREIGN_COUNTERPART', 'GOVERNMENT_BODY', 'EMBASSY',
] as const;
for (const o of seed.organizations) {
  const where = `organization ${o.key}`;
  checkSources(where, o);
  checkEnum(where, 'kind', o.kind, ORG_KINDS);
  checkEnum(where, 'status', o.status, ['ACTIVE', 'DORMANT', 'DISSOLVED'], true);
  if (!o.nameVi && !o.nameEn && !o.nameFr) fail(where, 'has no name');
  for (const field of ['parentKey', 'memberOfKey', 'overseenByKey', 'standingAgencyKey', 'stateManagedByKey'] as const) {
    ref(where, field, o[field], organizations, 'organization');
    if (o[field] === o.key) fail(where, `${field} points to itself`);
  }
  ref(where, 'provinceKey', o.provinceKey, provinces, 'province');
  countryRefs(where, o.countryCodes);
  checkDate(where, 'foundedOn', o.foundedOn);
  checkDate(where, 'traditionalDay', o.traditionalDay);
  if (o.website !== undefined && !/^https?:\/\/[^\s]+$/.test(o.website)) fail(where, 'website is not an http(s) URL');
  if (o.kind === 'LOCAL_ASSOCIATION') {
    if (!o.parentKey) fail(where, 'a local association needs its parent association');
    else if (organizations.get(o.parentKey)?.kind !== 'FRIENDSHIP_ASSOCIATION') fail(where, 'parent of a local association is not a friendship association');
    if (!o.provinceKey) fail(where, 'a local association needs its province');
  }
  if (o.kind === 'LOCAL_UNION' && !o.provinceKey) fail(where, 'a local union needs its province');
  if (o.kind === 'UNION_BODY' && organizations.get(o.parentKey ?? '')?.kind !== 'UNION') fail(where, 'a union body must have the Union as parent');
  if (o.memberOfKey && organizations.get(o.memberOfKey)?.kind !== 'UNION') fail(where, 'memberOfKey must name the Union');
}
// no cycles in the organisation tree
for (const o of seed.organizations) {
  const seen = new Set<string>();
  let cur: OrganizationSeed | undefined = o;
  while (cur?.parentKey) {
    if (seen.has(cur.key)) {
      fail(`organization ${o.key}`, 'parent chain has a cycle');
      break;
    }
    seen.add(cur.key);
    cur = organizations.get(cur.parentKey);
  }
}

for (const p of seed.persons) {
  const where = `person ${p.key}`;
  checkSources(where, p);
  if (!p.fullName || p.fullName.trim() !== p.fullName) fail(where, 'fullName is empty or padded');
}

for (const c of seed.congresses) {
  const where = `congress ${c.key}`;
  checkSources(where, c);
  ref(where, 'organizationKey', c.organizationKey, organizations, 'organization', false);
  checkDate(where, 'heldOn', c.heldOn);
  checkDate(where, 'termStart', c.termStart);
  checkDate(where, 'termEnd', c.termEnd);
  checkOrder(where, 'termStart', c.termStart, 'termEnd', c.termEnd);
  if (c.number !== undefined && !(Number.isInteger(c.number) && c.number > 0)) fail(where, 'number is not a positive integer');
}
{
  const seen = new Set<string>();
  for (const c of seed.congresses) {
    if (c.number === undefined) continue;
    const id = `${c.organizationKey}#${c.number}`;
    if (seen.has(id)) fail(`congress ${c.key}`, `second congress number ${c.number} of ${c.organizationKey}`);
    seen.add(id);
  }
}

const BODY_KINDS = ['PRESIDIUM', 'EXECUTIVE_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_BOARD', 'SECRETARIAT', 'BOARD', 'PARTY_DELEGATION'] as const;
for (const b of seed.bodies) {
  const where = `body ${b.key}`;
  checkSources(where, b);
  checkEnum(where, 'kind', b.kind, BODY_KINDS);
  ref(where, 'organizationKey', b.organizationKey, organizations, 'organization', false);
  ref(where, 'congressKey', b.congressKey, congresses, 'congress');
  if (b.congressKey && congresses.get(b.congressKey)?.organizationKey !== b.organizationKey) fail(where, 'its congress belongs to another organisation');
  checkDate(where, 'termStart', b.termStart);
  checkDate(where, 'termEnd', b.termEnd);
  checkOrder(where, 'termStart', b.termStart, 'termEnd', b.termEnd);
  if (b.size !== undefined && !(Number.isInteger(b.size) && b.size > 0)) fail(where, 'size is not a positive integer');
}

const ROLES = [
  'PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL', 'STANDING_VICE_PRESIDENT', 'STANDING_MEMBER', 'MEMBER', 'HONORARY_PRESIDENT',
  'HONORARY_CHAIR', 'HEAD', 'CHAIR', 'VICE_CHAIR', 'SECRETARY', 'CO_DIRECTOR',
] as const;
{
  const seen = new Set<string>();
  seed.posts.forEach((p, i) => {
    const where = `post[${i}] ${p.personKey} ${p.role} @ ${p.organizationKey}`;
    checkSources(where, p);
    checkEnum(where, 'role', p.role, ROLES);
    ref(where, 'personKey', p.personKey, persons, 'person', false);
    ref(where, 'organizationKey', p.organizationKey, organizations, 'organization', false);
    ref(where, 'bodyKey', p.bodyKey, bodies, 'body');
    ref(where, 'congressKey', p.congressKey, congresses, 'congress');
    if (p.bodyKey && bodies.get(p.bodyKey)?.organizationKey !== p.organizationKey) fail(where, 'its body belongs to another organisation');
    if (p.congressKey && congresses.get(p.congressKey)?.organizationKey !== p.organizationKey) fail(where, 'its congress belongs to another organisation');
    for (const field of ['startDate', 'endDate', 'termStart', 'termEnd', 'endedBy'] as const) checkDate(where, field, p[field]);
    for (const d of p.attestedOn ?? []) checkDate(where, 'attestedOn', d);
    checkOrder(where, 'startDate', p.startDate, 'endDate', p.endDate);
    checkOrder(where, 'termStart', p.termStart, 'termEnd', p.termEnd);
    checkOrder(where, 'startDate', p.startDate, 'endedBy', p.endedBy);
    if (p.endedBy && p.endDate) fail(where, 'endedBy bounds an end not stated: not with endDate');
    if (p.endedBy && !p.note) fail(where, 'endedBy needs a note saying what shows the post had ended by then');
    for (const d of p.attestedOn ?? []) {
      checkOrder(where, 'startDate', p.startDate, 'attestedOn', d);
      checkOrder(where, 'attestedOn', d, 'endDate', p.endDate);
      checkOrder(where, 'attestedOn', d, 'endedBy', p.endedBy);
    }
    if (p.congressKey && p.startDate) checkOrder(where, 'congress date', congresses.get(p.congressKey)?.heldOn, 'startDate', p.startDate);
    const id = [p.personKey, p.organizationKey, p.bodyKey ?? '', p.role, p.startDate ?? '', p.congressKey ?? ''].join('|');
    if (seen.has(id)) fail(where, 'duplicate post');
    seen.add(id);
  });
}

const EVENT_KINDS = [
  'AMBASSADOR_WELCOME', 'AMBASSADOR_FAREWELL', 'CONFERENCE', 'MEETING', 'CONGRESS', 'DELEGATION_IN', 'DELEGATION_OUT', 'EXCHANGE', 'ANNIVERSARY', 'AWARD',
] as const;
for (const e of seed.events) {
  const where = `event ${e.key}`;
  checkSources(where, e);
  checkEnum(where, 'kind', e.kind, EVENT_KINDS);
  if (!e.title) fail(where, 'has no title');
  const monthDay = /^--(\d{2}-\d{2})$/.exec(e.startDate ?? '');
  if (monthDay) {
    // a day and month of a year not stated: its candidates are that day in each year it can be
    if ((e.startDateCandidates ?? []).length < 2) fail(where, 'a startDate --MM-DD needs the years it can be, as startDateCandidates');
    for (const d of e.startDateCandidates ?? []) if (!bounds(d) || !d.endsWith(`-${monthDay[1]}`) || d.length !== 10) fail(where, `startDateCandidates ${d} is not ${e.startDate} of a year`);
    if (e.endDate) fail(where, 'a startDate --MM-DD takes no endDate');
  } else {
    checkDate(where, 'startDate', e.startDate);
    checkDate(where, 'endDate', e.endDate);
    checkOrder(where, 'startDate', e.startDate, 'endDate', e.endDate);
    for (const d of e.startDateCandidates ?? []) checkDate(where, 'startDateCandidates', d);
    if (e.startDateCandidates && e.startDateCandidates[0] !== e.startDate) fail(where, 'startDate is not the first of its candidates');
  }
  ref(where, 'provinceKey', e.provinceKey, provinces, 'province');
  if (!Array.isArray(e.organizerKeys)) fail(where, 'organizerKeys is not an array');
  for (const k of e.organizerKeys ?? []) ref(where, 'organizerKey', k, organizations, 'organization', false);
  countryRefs(where, e.countryCodes);
  ref(where, 'congressKey', e.congressKey, congresses, 'congress');
  ref(where, 'ambassadorPostingKey', e.ambassadorPostingKey, postings, 'ambassador posting');
  if (e.kind === 'CONGRESS') {
    const c = congresses.get(e.congressKey ?? '');
    if (!c) fail(where, 'a CONGRESS event needs its congress');
    else {
      if (c.heldOn !== e.startDate) fail(where, 'date differs from its congress');
      if (!e.organizerKeys.includes(c.organizationKey)) fail(where, 'its congress\'s organisation is not among the organisers');
    }
  }
  if (e.participantCount !== undefined && !(Number.isInteger(e.participantCount) && e.participantCount > 0)) fail(where, 'participantCount is not a positive integer');
  checkEnum(where, 'participantCountQualifier', e.participantCountQualifier, ['EXACT', 'MORE_THAN', 'ABOUT'], true);
  const participantKeys = new Set<string>();
  for (const p of e.participants ?? []) {
    checkSources(`${where} participant ${p.personKey}`, p);
    ref(where, 'participant', p.personKey, persons, 'person', false);
    if (participantKeys.has(p.personKey)) fail(where, `${p.personKey} takes part twice`);
    participantKeys.add(p.personKey);
    checkEnum(where, 'participation role', p.role, ['HOST', 'SPEAKER', 'GUEST', 'ATTENDEE', 'AWARDEE', 'RAPPORTEUR', 'CLOSING_SPEAKER']);
    ref(where, 'onBehalfOfKey', p.onBehalfOfKey, organizations, 'organization');
  }
}

for (const a of seed.ambassadorPostings) {
  const where = `ambassadorPosting ${a.key}`;
  checkSources(where, a);
  ref(where, 'personKey', a.personKey, persons, 'person');
  ref(where, 'countryCode', a.countryCode, countries, 'country', false);
  if (a.countryCode === 'VN') fail(where, 'a foreign ambassador cannot be of Vietnam');
  checkDate(where, 'arrivedOn', a.arrivedOn);
  checkDate(where, 'departedOn', a.departedOn);
  checkOrder(where, 'arrivedOn', a.arrivedOn, 'departedOn', a.departedOn);
  for (const d of a.attestedOn ?? []) checkDate(where, 'attestedOn', d);
}

for (const l of seed.legislatures) {
  const where = `legislature ${l.number}`;
  checkSources(where, l);
  checkDate(where, 'electedOn', l.electedOn);
  checkDate(where, 'termStart', l.termStart);
  checkDate(where, 'termEnd', l.termEnd);
  checkOrder(where, 'termStart', l.termStart, 'termEnd', l.termEnd);
  for (const m of l.milestones ?? []) {
    checkDate(where, 'milestone', m.date);
    checkDate(where, 'milestone end', m.endDate);
    checkOrder(where, 'milestone', m.date, 'milestone end', m.endDate);
  }
}

for (const g of seed.parliamentaryGroups) {
  const where = `parliamentaryGroup ${g.key}`;
  checkSources(where, g);
  if (g.legislature !== null && !(Number.isInteger(g.legislature) && g.legislature > 0)) fail(where, 'legislature is not a positive integer or null');
  if (g.legislature === null && !g.note) fail(where, 'an unknown legislature needs a note saying why');
  countryRefs(where, g.countryCodes, false);
  if (g.countryCodes.length === 0 && !g.regionName) fail(where, 'needs countries or a region');
  ref(where, 'chairPersonKey', g.chairPersonKey, persons, 'person');
  for (const k of g.viceChairPersonKeys ?? []) ref(where, 'viceChairPersonKey', k, persons, 'person', false);
  ref(where, 'coordinatingAssociationKey', g.coordinatingAssociationKey, organizations, 'organization');
  if (g.coordinatingAssociationKey) {
    const a = organizations.get(g.coordinatingAssociationKey);
    if (a && a.kind !== 'FRIENDSHIP_ASSOCIATION') fail(where, 'coordinating association is not a friendship association');
    if (a && !g.countryCodes.every((c) => a.countryCodes?.includes(c))) fail(where, 'coordinating association is not of the same country');
  }
  ref(where, 'parentOrganizationKey', g.parentOrganizationKey, organizations, 'organization');
  checkDate(where, 'asOf', g.asOf);
  if (g.memberCount !== undefined && !(Number.isInteger(g.memberCount) && g.memberCount > 0)) fail(where, 'memberCount is not a positive integer');
}

for (const p of seed.partnerships) {
  const where = `partnership ${p.key}`;
  checkSources(where, p);
  ref(where, 'organizationKey', p.organizationKey, organizations, 'organization', false);
  ref(where, 'partnerOrganizationKey', p.partnerOrganizationKey, organizations, 'organization');
  ref(where, 'partnerPersonKey', p.partnerPersonKey, persons, 'person');
  if (!p.partnerOrganizationKey === !p.partnerPersonKey) fail(where, 'needs exactly one partner (organisation or person)');
  if (p.partnerOrganizationKey === p.organizationKey) fail(where, 'partners with itself');
  checkEnum(where, 'kind', p.kind, ['TRADITIONAL', 'NEW']);
  checkEnum(where, 'status', p.status, ['PROSPECT', 'ACTIVE', 'LAPSED']);
  for (const s of p.sectorKeys ?? []) ref(where, 'sectorKey', s, sectors, 'sector', false);
  checkDate(where, 'since', p.since);
  checkDate(where, 'until', p.until);
  checkOrder(where, 'since', p.since, 'until', p.until);
  for (const d of p.attestedOn ?? []) checkDate(where, 'attestedOn', d);
  if (!p.notes) fail(where, 'needs notes giving the basis of the partnership');
}

const REGIONS = ['national', 'Europe', 'North America', 'Asia', 'local unions'];
for (const f of seed.reportedFigures) {
  const where = `reportedFigure ${f.key}`;
  checkSources(where, f);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0) fail(where, 'value is not a non-negative number');
  if (f.valueMax !== undefined && !(f.valueMax >= f.value)) fail(where, 'valueMax is below value');
  checkEnum(where, 'unit', f.unit, ['count', 'USD', 'VND', 'percent']);
  if (f.unit === 'count' && !Number.isInteger(f.value)) fail(where, 'a count must be an integer');
  if (f.unit === 'percent' && f.value > 100) fail(where, 'a percentage above 100');
  checkEnum(where, 'qualifier', f.qualifier, ['EXACT', 'ABOUT', 'NEARLY', 'MORE_THAN'], true);
  checkDate(where, 'periodStart', f.periodStart);
  checkDate(where, 'periodEnd', f.periodEnd);
  checkDate(where, 'asOf', f.asOf);
  checkOrder(where, 'periodStart', f.periodStart, 'periodEnd', f.periodEnd);
  checkOrder(where, 'periodStart', f.periodStart, 'asOf', f.asOf);
  ref(where, 'provinceKey', f.provinceKey, provinces, 'province');
  ref(where, 'organizationKey', f.organizationKey, organizations, 'organization');
  ref(where, 'sectorKey', f.sectorKey, sectors, 'sector');
  ref(where, 'eventKey', f.eventKey, events, 'event');
  if (f.scope !== undefined && !REGIONS.includes(f.scope) && !provinces.has(f.scope) && !f.scope.startsWith('earlier NA')) {
    fail(where, `scope "${f.scope}" is neither a known region nor a province key`);
  }
  if (f.provinceKey && f.scope !== f.provinceKey) fail(where, 'scope and provinceKey disagree');
  if (!f.label) fail(where, 'has no label');
  if (!f.metric || !/^[A-Z][A-Z0-9_]*$/.test(f.metric)) fail(where, 'metric is not UPPER_SNAKE_CASE');
}

const INSTRUMENT_KINDS = ['RESOLUTION', 'DECREE', 'DECISION', 'DIRECTIVE', 'CONCLUSION', 'OFFICIAL_LETTER', 'STATUTE', 'PROGRAMME'] as const;
for (const l of seed.legalInstruments) {
  const where = `legalInstrument ${l.key}`;
  checkSources(where, l);
  checkEnum(where, 'kind', l.kind, INSTRUMENT_KINDS);
  checkDate(where, 'issuedOn', l.issuedOn);
  checkDate(where, 'effectiveOn', l.effectiveOn);
  checkDate(where, 'periodStart', l.periodStart);
  checkDate(where, 'periodEnd', l.periodEnd);
  checkOrder(where, 'issuedOn', l.issuedOn, 'effectiveOn', l.effectiveOn);
  checkOrder(where, 'periodStart', l.periodStart, 'periodEnd', l.periodEnd);
  ref(where, 'signedByPersonKey', l.signedByPersonKey, persons, 'person');
  if (!l.number && !l.title) fail(where, 'needs a number or a title');
}

for (const r of seed.legalRules) {
  const where = `legalRule ${r.key}`;
  checkSources(where, r);
  ref(where, 'instrumentKey', r.instrumentKey, instruments, 'legal instrument', false);
  ref(where, 'authorityKey', r.authorityKey, organizations, 'organization');
  for (const k of r.allowedProvinceKeys ?? []) ref(where, 'allowedProvinceKey', k, provinces, 'province', false);
  checkEnum(where, 'registrationType', r.registrationType, ['OPERATION', 'PROJECT_OFFICE', 'REPRESENTATIVE_OFFICE'], true);
  if (r.maxValidityYears !== undefined && !(Number.isInteger(r.maxValidityYears) && r.maxValidityYears > 0)) fail(where, 'maxValidityYears is not a positive integer');
}

// every cited source is in the catalogue, and the catalogue has no duplicates
{
  const catalogue = new Set(seed.sourceCatalog);
  if (catalogue.size !== seed.sourceCatalog.length) fail('sources', 'the catalogue repeats a source');
  const all: { sources: string[] }[] = [
    ...seed.countries, ...seed.sectors, ...seed.provinces, ...seed.provinceChanges, ...seed.organizations, ...seed.persons,
    ...seed.congresses, ...seed.bodies, ...seed.posts, ...seed.events, ...seed.ambassadorPostings, ...seed.parliamentaryGroups,
    ...seed.partnerships, ...seed.reportedFigures, ...seed.legislatures, ...seed.legalInstruments, ...seed.legalRules,
    ...seed.events.flatMap((e) => e.participants ?? []),
  ];
  for (const r of all) for (const s of r.sources) if (!catalogue.has(s)) fail('sources', `"${s}" is cited but not in sources.ts`);
}

// ---------------------------------------------------------------- report

const counts: Record<string, number> = {};
for (const [kind, records] of Object.entries(seed)) if (Array.isArray(records)) counts[kind] = records.length;

if (problems.length > 0) {
  console.error(`seeds/real: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('seeds/real: OK');
for (const [kind, n] of Object.entries(counts)) console.log(`  ${kind.padEnd(20)} ${n}`);
