import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { issueToken } from '../../src/auth/tokens.js';
import type { Role } from '../../src/auth/viewer.js';
import { loadConfig } from '../../src/config/config.js';
import { Account } from '../../src/modules/account/account.entity.js';
import { AccountRole } from '../../src/modules/account/account.enums.js';
import { AmbassadorPosting } from '../../src/modules/ambassador/ambassador-posting.entity.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { Country } from '../../src/modules/country/country.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { AidRecord } from '../../src/modules/ngo/aid-record.entity.js';
import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { OrganizationIdentifier } from '../../src/modules/identifier/organization-identifier.entity.js';
import { RegistrationType } from '../../src/modules/ngo/ngo.enums.js';
import { Registration } from '../../src/modules/ngo/registration.entity.js';
import { GroupMembership } from '../../src/modules/parliament/group-membership.entity.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { ContactKind, ContactPoint } from '../../src/modules/person/contact-point.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { ParliamentaryGroup } from '../../src/modules/parliament/parliamentary-group.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role as PostRole } from '../../src/modules/membership/membership.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * The role matrix (issue 17): every caller against every mutation of the schema. For each pair the test
 * reads the state the mutation would change (as the secretariat) and the audit trail, calls the mutation,
 * and reads both again:
 *   - an ALLOWED call must answer without error, its effect must be visible when read back (the record
 *     is there, the field has the new value, the roster of the day after shows the change), and exactly
 *     the audit entries it owes must have appeared (actor, role, action, entity type, fields);
 *   - a REFUSED call must answer its code (UNAUTHENTICATED, FORBIDDEN, or NOT_FOUND where existence is
 *     private) with no data, the state must read back unchanged, and no audit entry may have appeared.
 * Every caller sends a different value, so that one caller's write is never mistaken for another's, and
 * every refused caller targets a record of its own that a write getting through would visibly change.
 *
 * The callers: the public; a reader of the organization ("own"); an editor of another association; an
 * editor of a branch of own (a branch may not write for its parent); the editor of own; the editor of
 * own's parent association (an editor writes for its organization AND its branches); the secretariat.
 */

let server: TestServer;
/** Global IDs (and, with a `Key` suffix, internal keys) of the fixture rows. */
const id: Record<string, string> = {};
/** Current version of the records the update mutations change, moved on by every successful update. */
const version: Record<string, number> = {};
const token: Partial<Record<Caller, string>> = {};

const CALLERS = ['PUBLIC', 'READER', 'EDITOR_OTHER', 'EDITOR_BRANCH', 'EDITOR_OWN', 'EDITOR_PARENT', 'SECRETARIAT'] as const;
type Caller = (typeof CALLERS)[number];
const ROLE: Record<Caller, Role> = {
  PUBLIC: 'PUBLIC', READER: 'READER', EDITOR_OTHER: 'ASSOCIATION_EDITOR', EDITOR_BRANCH: 'ASSOCIATION_EDITOR',
  EDITOR_OWN: 'ASSOCIATION_EDITOR', EDITOR_PARENT: 'ASSOCIATION_EDITOR', SECRETARIAT: 'SECRETARIAT',
};
const SUBJECT: Record<Caller, string | null> = {
  PUBLIC: null, READER: 'reader', EDITOR_OTHER: 'editor-other', EDITOR_BRANCH: 'editor-branch',
  EDITOR_OWN: 'editor-own', EDITOR_PARENT: 'editor-parent', SECRETARIAT: 'secretariat',
};
/** Who may write own's data (its bodies, rosters, partnerships, events, ...). */
const OWN_WRITERS: Caller[] = ['EDITOR_OWN', 'EDITOR_PARENT', 'SECRETARIAT'];
const SECRETARIAT_ONLY: Caller[] = ['SECRETARIAT'];

const slug = (c: Caller) => c.toLowerCase().replace(/_/g, '-');
/** A person of its own for each caller, so that every caller's invitation, appointment, posting or seat is told apart. */
const guest = (c: Caller) => `Khách ${c}`;
const successor = (c: Caller) => `Người kế ${c}`;

const PROVINCE: Record<Caller, string> = { PUBLIC: 'ha-noi', READER: 'hai-phong', EDITOR_OTHER: 'da-nang', EDITOR_BRANCH: 'hue', EDITOR_OWN: 'can-tho', EDITOR_PARENT: 'an-giang', SECRETARIAT: 'ho-chi-minh-city' };
const NUMBER: Record<Caller, number> = { PUBLIC: 11, READER: 12, EDITOR_OTHER: 13, EDITOR_BRANCH: 14, EDITOR_OWN: 15, EDITOR_PARENT: 16, SECRETARIAT: 17 };
// From null: refused callers try true (a write that got through would show); each allowed caller flips the value.
const ATTENDED: Record<Caller, boolean> = { PUBLIC: true, READER: true, EDITOR_OTHER: true, EDITOR_BRANCH: true, EDITOR_OWN: false, EDITOR_PARENT: true, SECRETARIAT: false };
/** The roster dates: refused and allowed ends are on END_DATE; the day after is where an end shows. */
const END_DATE = '2024-03-01';
const DAY_AFTER_END = '2024-03-02';
const endDateAudit = { start: END_DATE, end: END_DATE, precision: 'DAY' };

beforeAll(async () => {
  // The matrix is not about the rate limit: the secretariat alone makes some fifty writes.
  server = await startTestServer('matrix', { seed: true, env: { WRITE_RATE_LIMIT: '1000' } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const parent = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Mẹ', ...src });
    const own = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Của Tôi', parent, ...src });
    const branch = tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội Của Tôi', parent: own, ...src });
    const other = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Khác', ...src });
    const ngo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Fixture NGO', ...src });
    const remapNgo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'NGO still on an abolished province', ...src });
    // For remapProvinces: an association itself still recorded in Bình Dương.
    const remapOrg = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội còn ở Bình Dương cũ', province: await tx.findOneOrFail(Province, { key: 'binh-duong-pre2025' }), ...src });
    const business = tx.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn: 'Fixture Business', ...src });
    const person = tx.create(Person, { fullName: 'Lý Văn Mười', ...src });
    const contactHolder = tx.create(Person, { fullName: 'Trương Thị Liên Lạc', ...src });
    const guests = Object.fromEntries(CALLERS.map((c) => [c, tx.create(Person, { fullName: guest(c), ...src })]));
    const successors = Object.fromEntries(CALLERS.map((c) => [c, tx.create(Person, { fullName: successor(c), ...src })]));
    const partnership = tx.create(Partnership, { organization: own, partnerOrganization: business, kind: PartnershipKind.NEW, status: PartnershipStatus.PROSPECT, ...src });
    const event = tx.create(Event, { kind: EventKind.MEETING, title: 'Họp thường kỳ', startDate: PartialDate.parse('2026-10-01'), ...src });
    tx.create(EventOrganizer, { event, organization: own });
    const participation = tx.create(Participation, { event, person, invited: true, attended: null, ...src });
    const group = tx.create(ParliamentaryGroup, { legislature: 16, nameEn: 'Fixture group', ...src });
    // A body for each roster mutation, so that one's writes never show in another's roster.
    const body = (nameEn: string) => tx.create(Body, { organization: own, kind: BodyKind.EXECUTIVE_COMMITTEE, nameEn, ...src });
    const [appointBody, endBody, replaceBody] = [body('Appointments'), body('Ends'), body('Replacements')];
    // For endMembership and replaceMember: an open membership of each caller's guest, from 2024-01-01.
    const open = (b: Body, c: Caller) => {
      const m = tx.create(Membership, { person: guests[c], organization: own, body: b, role: PostRole.MEMBER, startDate: PartialDate.parse('2024-01-01'), ...src });
      m.refreshSpan();
      return m;
    };
    const toEnd = Object.fromEntries(CALLERS.map((c) => [c, open(endBody, c)]));
    const toReplace = Object.fromEntries(CALLERS.map((c) => [c, open(replaceBody, c)]));
    // For removeContactPoint: a contact point of own's for each caller to try to remove.
    const points = Object.fromEntries(CALLERS.map((c) => [c, tx.create(ContactPoint, { person: contactHolder, organization: own, kind: ContactKind.EMAIL, value: `${slug(c)}@remove.example.org`, enteredBy: 'fixture' })]));
    // For remapInterventionAreas: an area still on Bình Dương (merged into Hồ Chí Minh City in 2025).
    const [binhDuong, hcmc] = await Promise.all(['binh-duong-pre2025', 'ho-chi-minh-city'].map((key) => tx.findOneOrFail(Province, { key })));
    const area = tx.create(InterventionArea, { organization: remapNgo, province: binhDuong, ...src });
    // For removeOrganizationIdentifier: an identifier of the NGO for each caller to try to remove.
    const identifiers = Object.fromEntries(CALLERS.map((c) => [c, tx.create(OrganizationIdentifier, { organization: ngo, scheme: 'XI-IATI', identifier: `REMOVE-${slug(c)}`, ...src })]));

    // The corrections (issue 14): a record of each kind that every allowed caller updates in turn, and a
    // record of each kind for each caller to end, cancel, withdraw or delete (a refused caller's stays as it was).
    const day = PartialDate.parse;
    const [france, healthCare] = await Promise.all([tx.findOneOrFail(Country, { code: 'FR' }), tx.findOneOrFail(Sector, { key: 'health-care' })]);
    const provinces = new Map((await tx.find(Province, { key: { $in: Object.values(PROVINCE) } })).map((p) => [p.key, p]));
    const correctionsNgo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'NGO of the corrections', ...src });
    const congressOf = (title: string) => tx.create(Congress, { organization: own, title, heldOn: day('2023-05-01'), termStart: day('2023-05-01'), termEnd: day('2028-05-01'), ...src });
    const eventOf = (title: string) => {
      const e = tx.create(Event, { kind: EventKind.MEETING, title, startDate: day('2026-11-01'), ...src });
      tx.create(EventOrganizer, { event: e, organization: own });
      return e;
    };
    const postingOf = (p: Person) => tx.create(AmbassadorPosting, { person: p, country: france, arrivedOn: day('2021-09-01'), ...src });
    const groupOf = (nameEn: string) => tx.create(ParliamentaryGroup, { legislature: 16, nameEn, ...src });
    const registrationOf = (number: string) => tx.create(Registration, { organization: correctionsNgo, type: RegistrationType.OPERATION, number, issuedOn: '2025-01-01', expiresOn: '2027-12-31', ...src });
    const corrected = {
      congress: congressOf('Đại hội cần sửa'),
      body: body('To correct'),
      event: eventOf('Họp cần sửa'),
      participation: tx.create(Participation, { event, person: contactHolder, invited: true, attended: null, ...src }),
      posting: postingOf(person),
      group: groupOf('Group to correct'),
      seat: tx.create(GroupMembership, { group, person: contactHolder, role: PostRole.MEMBER, startDate: day('2026-04-01'), ...src }),
      registration: registrationOf('REG-TO-CORRECT'),
      // on a province none of the callers sends
      area: tx.create(InterventionArea, { organization: correctionsNgo, province: await tx.findOneOrFail(Province, { key: 'quang-ninh' }), sector: healthCare, ...src }),
      aid: tx.create(AidRecord, { organization: correctionsNgo, year: 2024, amountUsd: 500, ...src }),
    };
    const seatGroup = groupOf('Group of seats to end and delete');
    const invitationsEvent = eventOf('Họp có lời mời cần xóa');
    const perCaller = Object.fromEntries(CALLERS.map((c) => {
      const termBody = tx.create(Body, { organization: own, kind: BodyKind.EXECUTIVE_COMMITTEE, nameEn: `Term of ${c}`, termStart: day('2023-05-01'), ...src });
      const seat = tx.create(Membership, { person: guests[c], organization: own, body: termBody, role: PostRole.MEMBER, startDate: day('2024-01-01'), ...src });
      seat.refreshSpan();
      return [c, {
        congress: congressOf(`Đại hội nhầm ${c}`),
        termBody,
        body: tx.create(Body, { organization: own, kind: BodyKind.INSPECTION_BOARD, nameEn: `Mistaken body ${c}`, ...src }),
        cancel: eventOf(`Hủy ${c}`),
        event: eventOf(`Nhầm ${c}`),
        participation: tx.create(Participation, { event: invitationsEvent, person: guests[c], invited: true, attended: null, ...src }),
        endPosting: postingOf(guests[c]),
        posting: postingOf(successors[c]),
        group: groupOf(`Mistaken group ${c}`),
        endSeat: tx.create(GroupMembership, { group: seatGroup, person: guests[c], role: PostRole.MEMBER, startDate: day('2026-04-01'), ...src }),
        seat: tx.create(GroupMembership, { group: seatGroup, person: successors[c], role: PostRole.MEMBER, ...src }),
        withdraw: registrationOf(`REG-WITHDRAW-${c}`),
        registration: registrationOf(`REG-MISTAKEN-${c}`),
        area: tx.create(InterventionArea, { organization: correctionsNgo, province: provinces.get(PROVINCE[c])!, ...src }),
        aid: tx.create(AidRecord, { organization: correctionsNgo, year: 2023, amountUsd: 100 + NUMBER[c], ...src }),
      }];
    }));
    await tx.flush();

    const g = (type: string, row: { id: string }) => toGlobalId(type, row.id);
    Object.assign(id, {
      own: g('Organization', own), other: g('Organization', other), ngo: g('Organization', ngo), remapNgo: g('Organization', remapNgo), remapOrg: g('Organization', remapOrg),
      business: g('Organization', business), person: g('Person', person), contactHolder: g('Person', contactHolder),
      partnership: g('Partnership', partnership), event: g('Event', event), participation: g('Participation', participation), group: g('ParliamentaryGroup', group),
      appointBody: g('Body', appointBody), endBody: g('Body', endBody), replaceBody: g('Body', replaceBody), area: g('InterventionArea', area),
      ownKey: own.id, otherKey: other.id, parentKey: parent.id, branchKey: branch.id, binhDuong: toGlobalId('Province', binhDuong.id), hcmc: toGlobalId('Province', hcmc.id),
    });
    for (const c of CALLERS) {
      Object.assign(id, {
        [guest(c)]: g('Person', guests[c]), [`${guest(c)}Key`]: guests[c].id, [successor(c)]: g('Person', successors[c]), [`${successor(c)}Key`]: successors[c].id,
        [`end ${c}`]: g('Membership', toEnd[c]), [`replace ${c}`]: g('Membership', toReplace[c]), [`point ${c}`]: points[c].globalId,
        [`identifier ${c}`]: g('OrganizationIdentifier', identifiers[c]),
      });
      Object.assign(version, { [`end ${c}`]: toEnd[c].version, [`replace ${c}`]: toReplace[c].version, [`point ${c}`]: points[c].version, [`identifier ${c}`]: identifiers[c].version });
    }
    Object.assign(version, { updateOrganization: own.version, updatePerson: person.version, updatePartnership: partnership.version, recordAttendance: participation.version });
    for (const [key, p] of provinces) id[`province ${key}`] = p.globalId;
    // `corrected <kind>`: the record every allowed caller corrects in turn; `<kind> <caller>`: each caller's own.
    for (const [kind, row] of Object.entries(corrected)) [id[`corrected ${kind}`], version[`corrected ${kind}`]] = [row.globalId, row.version];
    for (const c of CALLERS) for (const [kind, row] of Object.entries(perCaller[c])) [id[`${kind} ${c}`], version[`${kind} ${c}`]] = [row.globalId, row.version];
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  const organizationOf: Partial<Record<Caller, string>> = { READER: id.ownKey, EDITOR_OTHER: id.otherKey, EDITOR_BRANCH: id.branchKey, EDITOR_OWN: id.ownKey, EDITOR_PARENT: id.parentKey };
  for (const c of CALLERS) {
    if (c === 'PUBLIC') continue;
    token[c] = await issueToken(authSecret, { role: ROLE[c] as Exclude<Role, 'PUBLIC'>, subject: SUBJECT[c]!, organizationId: organizationOf[c] });
  }
  // The account every allowed caller renames in turn (its password is no hash: nobody signs in with it).
  const accounts = server.app.database.orm.em.fork();
  const account = accounts.create(Account, { username: 'matrix.account', displayName: 'Tài khoản', role: AccountRole.READER, organization: accounts.getReference(Organization, id.ownKey), passwordHash: 'not a hash' });
  await accounts.flush();
  Object.assign(id, { account: account.globalId });
  Object.assign(version, { updateAccount: account.version });
});
afterAll(() => server.stop());

/** Reads as the secretariat (who sees everything), failing on any error. */
async function read(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${token.SECRETARIAT}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}
const sorted = (values: unknown[]) => values.map(String).sort();
const ofNode = async (nodeId: string, selection: string) => (await read(`query($id: ID!) { node(id: $id) { ${selection} } }`, { id: nodeId })).node;
const ownList = (selection: string, pick: (o: any) => unknown[]) => async () => sorted(pick(await ofNode(id.own, `... on Organization { ${selection} }`)));
const ngoList = (ngo: () => string, selection: string, pick: (o: any) => unknown[]) => async () => sorted(pick(await ofNode(ngo(), `... on ForeignNgo { ${selection} }`)));
/** The roster of a body as of a day: "name ROLE" of each member. */
const roster = (bodyKey: string, asOf: string) => async () =>
  sorted((await ofNode(id[bodyKey], `... on Body { members(asOf: "${asOf}", first: 100) { edges { role node { fullName } } } }`)).members.edges.map((e: any) => `${e.node.fullName} ${e.role}`));
/** The callers whose record of a kind still exists (a deleted one answers NOT_FOUND in `nodes`). */
const present = (kind: string) => async () => {
  const { body } = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: CALLERS.map((c) => id[`${kind} ${c}`]) }, { authorization: `Bearer ${token.SECRETARIAT}` });
  for (const error of body.errors ?? []) expect(error.extensions?.code).toBe('NOT_FOUND');
  return CALLERS.filter((_, i) => body.data.nodes[i] !== null);
};
/** Each caller's record of a kind as `show` reads it from `selection`: "<caller> <shown>". */
const eachOf = (kind: string, selection: string, show: (node: any) => string) => async () =>
  sorted((await read(`query($ids: [ID!]!) { nodes(ids: $ids) { ${selection} } }`, { ids: CALLERS.map((c) => id[`${kind} ${c}`]) })).nodes.map((n: any, i: number) => `${CALLERS[i]} ${show(n)}`));
/** The record every allowed caller corrects in turn, as sent: its ID and the version last read. */
const corrected = (kind: string) => ({ id: id[`corrected ${kind}`], version: version[`corrected ${kind}`] });
/** A caller's own record of a kind, as sent. */
const ownRecord = (kind: string, c: Caller) => ({ id: id[`${kind} ${c}`], version: version[`${kind} ${c}`] });
/** A date at day precision, as audit entries record it. */
const dayAudit = (date: string | null) => date && { start: date, end: date, precision: 'DAY' };
const contactValues = (personKey: string) => async () => sorted((await read('query($id: ID!) { person(id: $id) { contactPoints { value } } }', { id: id[personKey] })).person.contactPoints.map((p: any) => p.value));

/** The expected state after an allowed call, from the state before it. */
type Effect = (before: any) => unknown;
const adds = (marker: unknown): Effect => (before: string[]) => sorted([...before, marker]);
const removes = (marker: unknown): Effect => (before: string[]) => {
  // what is to be removed must have been there: otherwise "nothing changed" would pass as a removal
  expect(before).toContain(String(marker));
  return before.filter((v) => v !== String(marker));
};
const swaps = (from: string, to: string): Effect => (before: string[]) => sorted([...removes(from)(before) as string[], to]);
const sets = (marker: unknown): Effect => () => marker;

interface ExpectedAudit {
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  entityType: string;
  /** Exactly the `before` / `after` recorded (an UPDATE records the changed fields only), or a matcher. */
  before?: unknown;
  after?: unknown;
}

/**
 * One mutation: the variables of each caller's call (different for each), who may run it, the code each
 * refused caller gets when it is not the default (UNAUTHENTICATED for the public, FORBIDDEN otherwise),
 * how to read what it changes, what an allowed call does to that, and the audit entries it must leave.
 */
interface MatrixEntry {
  name: string;
  query: string;
  variables: (c: Caller) => Record<string, unknown>;
  allowed: Caller[];
  refusedWith?: Partial<Record<Caller, string>>;
  state: () => Promise<unknown>;
  effect: (c: Caller) => Effect;
  audit: (c: Caller, before: any) => ExpectedAudit[];
  /** After an allowed call: note the new version of a record that later callers update. */
  track?: (data: any) => void;
}
const input = (f: (c: Caller) => Record<string, unknown>) => (c: Caller) => ({ input: f(c) });
const created = (entityType: string, after: Record<string, unknown> = {}): ExpectedAudit => ({ action: 'CREATE', entityType, before: null, after: expect.objectContaining(after) });
const deleted = (entityType: string, before: Record<string, unknown>): ExpectedAudit => ({ action: 'DELETE', entityType, before: expect.objectContaining(before), after: null });
const updated = (entityType: string, field: string, before: unknown, after: unknown): ExpectedAudit => ({ action: 'UPDATE', entityType, before: { [field]: before }, after: { [field]: after } });
/**
 * A correction of the shared record of a kind: each allowed caller sets `field` to its own value, read
 * back from the record (`read`, from `selection`, where the field is an object: a date's text) and audited
 * as the record holds it (`audited`: a date as its start, end and precision).
 */
function correction(name: string, kind: string, entityType: string, field: string, value: (c: Caller) => unknown, options: { allowed: Caller[]; selection?: string; read?: (node: any) => unknown; audited?: (v: unknown) => unknown }): MatrixEntry {
  const payload = name.replace(/^update/, '').replace(/^./, (l) => l.toLowerCase());
  const key = { AmbassadorPosting: 'posting', ParliamentaryGroup: 'group', GroupMembership: 'membership' }[entityType] ?? payload;
  const audited = options.audited ?? ((v: unknown) => v);
  return {
    name, query: `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${key} { id version } } }`,
    variables: input((c) => ({ ...corrected(kind), [field]: value(c) })), allowed: options.allowed,
    state: async () => (options.read ?? ((n: any) => n[field]))(await ofNode(id[`corrected ${kind}`], `... on ${entityType} { ${options.selection ?? field} }`)),
    effect: (c) => sets(value(c)),
    audit: (c, before) => [updated(entityType, field, audited(before), audited(value(c)))],
    track: (data) => (version[`corrected ${kind}`] = data[name][key].version),
  };
}
/** A deletion: each caller deletes its own record of a kind; the audit entry keeps what it held. */
function deletion(name: string, kind: string, entityType: string, allowed: Caller[], before: (c: Caller) => Record<string, unknown>): MatrixEntry {
  return {
    name, query: `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { deletedId } }`,
    variables: input((c) => ownRecord(kind, c)), allowed, state: present(kind), effect: (c) => removes(c), audit: (c) => [deleted(entityType, before(c))],
  };
}

/** Usernames of the accounts, read from their table (no query lists accounts). */
const accountNames = async () => sorted((await server.app.database.orm.em.fork().getConnection().execute('select username from account')).map((r) => String(r.username)));

/**
 * Not writes, so not in the matrix: signing in and out change no record a role may or may not change
 * (every caller may call them). test/auth/sign-in.test.ts tests them over HTTP, cookies and origins.
 */
const SESSION_MUTATIONS = ['signIn', 'signOut'];

const MUTATIONS: MatrixEntry[] = [
  {
    name: 'createAccount', query: 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
    variables: input((c) => ({ username: `account.${c.toLowerCase()}`, displayName: `Account of ${c}`, password: 'a long enough password', role: 'READER', organizationId: id.own })), allowed: ['SECRETARIAT'],
    state: accountNames, effect: (c) => adds(`account.${c.toLowerCase()}`),
    audit: (c) => [created('Account', { username: `account.${c.toLowerCase()}`, displayName: `Account of ${c}`, role: 'READER', organization: id.own })],
  },
  {
    name: 'updateAccount', query: 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id version displayName } } }',
    variables: input((c) => ({ id: id.account, version: version.updateAccount, displayName: `Renamed by ${c}` })), allowed: ['SECRETARIAT'],
    state: async () => (await ofNode(id.account, '... on Account { displayName }')).displayName,
    effect: (c) => sets(`Renamed by ${c}`), audit: (c, before) => [updated('Account', 'displayName', before, `Renamed by ${c}`)],
    track: (data) => (version.updateAccount = data.updateAccount.account.version),
  },
  {
    name: 'createPartnership', query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }',
    variables: input((c) => ({ organizationId: id.own, partnerOrganizationId: id.business, kind: 'NEW', sectorKeys: ['health-care'], notes: `partnership by ${c}` })), allowed: OWN_WRITERS,
    state: ownList('partnerships(first: 100, filter: { statuses: [PROSPECT, ACTIVE, LAPSED] }) { edges { node { notes } } }', (o) => o.partnerships.edges.map((e: any) => e.node.notes)),
    effect: (c) => adds(`partnership by ${c}`), audit: (c) => [created('Partnership', { notes: `partnership by ${c}`, organization: id.own })],
  },
  {
    name: 'updatePartnership', query: 'mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id version notes } } }',
    variables: input((c) => ({ id: id.partnership, version: version.updatePartnership, notes: `notes by ${c}` })), allowed: OWN_WRITERS,
    state: async () => (await ofNode(id.partnership, '... on Partnership { notes }')).notes,
    effect: (c) => sets(`notes by ${c}`), audit: (c, before) => [{ action: 'UPDATE', entityType: 'Partnership', before: { notes: before }, after: { notes: `notes by ${c}` } }],
    track: (data) => (version.updatePartnership = data.updatePartnership.partnership.version),
  },
  {
    name: 'createEvent', query: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }',
    variables: input((c) => ({ kind: 'MEETING', title: `Họp ${c}`, startDate: '2026-12-01', organizerIds: [id.own] })), allowed: OWN_WRITERS,
    state: ownList('events(first: 100) { edges { node { title } } }', (o) => o.events.edges.map((e: any) => e.node.title)),
    effect: (c) => adds(`Họp ${c}`), audit: (c) => [created('Event', { title: `Họp ${c}` })],
  },
  {
    name: 'invite', query: 'mutation($input: InviteInput!) { invite(input: $input) { participations { id } } }',
    variables: input((c) => ({ eventId: id.event, personIds: [id[guest(c)]] })), allowed: OWN_WRITERS,
    state: async () => sorted((await ofNode(id.event, '... on Event { participations(first: 100) { edges { node { person { fullName } } } } }')).participations.edges.map((e: any) => e.node.person.fullName)),
    effect: (c) => adds(guest(c)), audit: (c) => [created('Participation', { person: id[guest(c)], invited: true })],
  },
  {
    name: 'recordAttendance', query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { participation { id version attended } } }',
    variables: input((c) => ({ participationId: id.participation, version: version.recordAttendance, attended: ATTENDED[c] })), allowed: OWN_WRITERS,
    state: async () => (await ofNode(id.participation, '... on Participation { attended }')).attended,
    effect: (c) => sets(ATTENDED[c]), audit: (c, before) => [{ action: 'UPDATE', entityType: 'Participation', before: { attended: before }, after: { attended: ATTENDED[c] } }],
    track: (data) => (version.recordAttendance = data.recordAttendance.participation.version),
  },
  {
    name: 'createRegistration', query: 'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { id } } }',
    variables: input((c) => ({ organizationId: id.ngo, type: 'OPERATION', number: `REG-${c}`, issuedOn: '2026-01-01', expiresOn: '2028-12-31' })), allowed: SECRETARIAT_ONLY,
    state: ngoList(() => id.ngo, 'registrations(first: 100) { nodes { number } }', (o) => o.registrations.nodes.map((r: any) => r.number)),
    // the certificate's number becomes the NGO's identifier in the local scheme, in the same write
    effect: (c) => adds(`REG-${c}`), audit: (c) => [created('Registration', { number: `REG-${c}` }), created('OrganizationIdentifier', { scheme: 'LOCAL-VN-FNGO', identifier: `REG-${c}`, organization: id.ngo })],
  },
  {
    name: 'addOrganizationIdentifier', query: 'mutation($input: AddOrganizationIdentifierInput!) { addOrganizationIdentifier(input: $input) { identifier { id } } }',
    variables: input((c) => ({ organizationId: id.ngo, scheme: 'VN-TIN', identifier: `01000000${NUMBER[c]}` })), allowed: SECRETARIAT_ONLY,
    state: async () => sorted((await ofNode(id.ngo, '... on Organization { identifiers { identifier } }')).identifiers.map((i: any) => i.identifier)),
    effect: (c) => adds(`01000000${NUMBER[c]}`), audit: (c) => [created('OrganizationIdentifier', { scheme: 'VN-TIN', identifier: `01000000${NUMBER[c]}`, organization: id.ngo })],
  },
  {
    name: 'removeOrganizationIdentifier', query: 'mutation($input: RemoveOrganizationIdentifierInput!) { removeOrganizationIdentifier(input: $input) { removedId } }',
    variables: input((c) => ({ id: id[`identifier ${c}`], version: version[`identifier ${c}`] })), allowed: SECRETARIAT_ONLY,
    state: async () => sorted((await ofNode(id.ngo, '... on Organization { identifiers { identifier } }')).identifiers.map((i: any) => i.identifier)),
    effect: (c) => removes(`REMOVE-${slug(c)}`),
    audit: (c) => [{ action: 'DELETE', entityType: 'OrganizationIdentifier', before: expect.objectContaining({ scheme: 'XI-IATI', identifier: `REMOVE-${slug(c)}`, organization: id.ngo }), after: null }],
  },
  {
    name: 'addInterventionArea', query: 'mutation($input: AddInterventionAreaInput!) { addInterventionArea(input: $input) { interventionArea { id } } }',
    variables: input((c) => ({ organizationId: id.ngo, provinceKey: PROVINCE[c], sectorKey: 'health-care' })), allowed: SECRETARIAT_ONLY,
    state: ngoList(() => id.ngo, 'interventionAreas(first: 100) { nodes { province { key } } }', (o) => o.interventionAreas.nodes.map((a: any) => a.province.key)),
    effect: (c) => adds(PROVINCE[c]), audit: () => [created('InterventionArea')],
  },
  {
    name: 'remapInterventionAreas',
    query: 'mutation($dryRun: Boolean!, $organizationId: ID) { remapInterventionAreas(dryRun: $dryRun, organizationId: $organizationId) { dryRun runId changes { outcome } } }',
    // not a dry run: a refused caller's run would move the area, which the read-back would show
    variables: () => ({ dryRun: false, organizationId: id.remapNgo }), allowed: SECRETARIAT_ONLY,
    state: ngoList(() => id.remapNgo, 'interventionAreas(first: 100) { nodes { province { key } } }', (o) => o.interventionAreas.nodes.map((a: any) => a.province.key)),
    effect: () => swaps('binh-duong-pre2025', 'ho-chi-minh-city'),
    audit: () => [{ action: 'UPDATE', entityType: 'InterventionArea', before: { province: id.binhDuong }, after: { province: id.hcmc } }],
  },
  {
    name: 'remapProvinces',
    query: 'mutation($dryRun: Boolean!, $organizationId: ID) { remapProvinces(dryRun: $dryRun, organizationId: $organizationId, targets: [ORGANIZATION]) { dryRun runId changes { outcome } } }',
    variables: () => ({ dryRun: false, organizationId: id.remapOrg }), allowed: SECRETARIAT_ONLY,
    state: async () => [(await ofNode(id.remapOrg, '... on Organization { province { key } }')).province.key],
    effect: () => swaps('binh-duong-pre2025', 'ho-chi-minh-city'),
    audit: () => [{ action: 'UPDATE', entityType: 'Organization', before: { province: id.binhDuong }, after: { province: id.hcmc } }],
  },
  {
    name: 'recordAid', query: 'mutation($input: RecordAidInput!) { recordAid(input: $input) { aidRecord { id amountUsd } } }',
    variables: input((c) => ({ organizationId: id.ngo, year: 2025, amountUsd: 1000 + NUMBER[c], provinceKey: 'ha-noi' })), allowed: SECRETARIAT_ONLY,
    state: ngoList(() => id.ngo, 'aidRecords(first: 100) { nodes { amountUsd } }', (o) => o.aidRecords.nodes.map((a: any) => a.amountUsd)),
    effect: (c) => adds(1000 + NUMBER[c]), audit: () => [created('AidRecord', { year: 2025 })],
  },
  {
    // An editor adds branches of its own organization only: the parent's editor may not add one under own.
    name: 'createOrganization', query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
    variables: input((c) => ({ kind: 'LOCAL_ASSOCIATION', nameVi: `Chi hội ${c}`, parentId: id.own, provinceKey: 'ha-noi' })), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: ownList('children(first: 100) { edges { node { nameVi } } }', (o) => o.children.edges.map((e: any) => e.node.nameVi)),
    effect: (c) => adds(`Chi hội ${c}`), audit: (c) => [created('Organization', { nameVi: `Chi hội ${c}`, parent: id.own })],
  },
  {
    name: 'updateOrganization', query: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version } } }',
    variables: input((c) => ({ id: id.own, version: version.updateOrganization, nameEn: `My Association ${c}` })), allowed: OWN_WRITERS,
    state: async () => (await ofNode(id.own, '... on Organization { nameEn }')).nameEn,
    effect: (c) => sets(`My Association ${c}`), audit: (c, before) => [{ action: 'UPDATE', entityType: 'Organization', before: { nameEn: before }, after: { nameEn: `My Association ${c}` } }],
    track: (data) => (version.updateOrganization = data.updateOrganization.organization.version),
  },
  {
    name: 'createPerson', query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }',
    variables: input((c) => ({ fullName: `Mai Thị Mười Một ${c}`, email: `${slug(c)}@new-person.example.org` })), allowed: SECRETARIAT_ONLY,
    state: async () => sorted((await read('{ persons(first: 100, filter: { search: "Mười Một" }) { edges { node { fullName } } } }')).persons.edges.map((e: any) => e.node.fullName)),
    effect: (c) => adds(`Mai Thị Mười Một ${c}`),
    audit: (c) => [created('Person', { fullName: `Mai Thị Mười Một ${c}` }), created('ContactPoint', { value: `${slug(c)}@new-person.example.org` })],
  },
  {
    name: 'updatePerson', query: 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id version } } }',
    variables: input((c) => ({ id: id.person, version: version.updatePerson, honorific: `Dr. ${c}` })), allowed: SECRETARIAT_ONLY,
    state: async () => (await ofNode(id.person, '... on Person { honorific }')).honorific,
    effect: (c) => sets(`Dr. ${c}`), audit: (c, before) => [{ action: 'UPDATE', entityType: 'Person', before: { honorific: before }, after: { honorific: `Dr. ${c}` } }],
    track: (data) => (version.updatePerson = data.updatePerson.person.version),
  },
  {
    // Contact points belong to the organization that records them: an editor records for its own only (not its branches').
    name: 'addContactPoint', query: 'mutation($input: AddContactPointInput!) { addContactPoint(input: $input) { contactPoint { id value } } }',
    variables: input((c) => ({ personId: id.contactHolder, organizationId: id.own, kind: 'EMAIL', value: `${slug(c)}@add.example.org` })), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    state: contactValues('contactHolder'),
    effect: (c) => adds(`${slug(c)}@add.example.org`), audit: (c) => [created('ContactPoint', { value: `${slug(c)}@add.example.org`, organization: id.own })],
  },
  {
    // A contact point the caller may not see answers as if it did not exist (NOT_FOUND), even to editors.
    name: 'removeContactPoint', query: 'mutation($input: RemoveContactPointInput!) { removeContactPoint(input: $input) { removedId } }',
    variables: input((c) => ({ id: id[`point ${c}`], version: version[`point ${c}`] })), allowed: ['EDITOR_OWN', 'SECRETARIAT'],
    refusedWith: { EDITOR_OTHER: 'NOT_FOUND', EDITOR_BRANCH: 'NOT_FOUND', EDITOR_PARENT: 'NOT_FOUND' },
    state: contactValues('contactHolder'),
    effect: (c) => removes(`${slug(c)}@remove.example.org`),
    audit: (c) => [{ action: 'DELETE', entityType: 'ContactPoint', before: expect.objectContaining({ value: `${slug(c)}@remove.example.org`, organization: id.own }), after: null }],
  },
  {
    name: 'createCongress', query: 'mutation($input: CreateCongressInput!) { createCongress(input: $input) { congress { id } } }',
    variables: input((c) => ({ organizationId: id.own, number: NUMBER[c], heldOn: '2026-03-01', termEnd: '2031-03-01' })), allowed: OWN_WRITERS,
    state: ownList('congresses(first: 100) { nodes { number } }', (o) => o.congresses.nodes.map((k: any) => k.number)),
    effect: (c) => adds(NUMBER[c]), audit: (c) => [created('Congress', { number: NUMBER[c], organization: id.own })],
  },
  {
    name: 'createBody', query: 'mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }',
    variables: input((c) => ({ organizationId: id.own, kind: 'STANDING_COMMITTEE', size: NUMBER[c], termStart: '2026-03-01', termEnd: '2031-03-01' })), allowed: OWN_WRITERS,
    state: ownList('bodies(first: 100) { nodes { size } }', (o) => o.bodies.nodes.map((b: any) => b.size)),
    effect: (c) => adds(NUMBER[c]), audit: (c) => [created('Body', { size: NUMBER[c], organization: id.own })],
  },
  {
    name: 'appointMember', query: 'mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id } } }',
    variables: input((c) => ({ personId: id[guest(c)], organizationId: id.own, bodyId: id.appointBody, role: 'MEMBER', startDate: '2025-01-01' })), allowed: OWN_WRITERS,
    state: roster('appointBody', '2025-06-01'),
    effect: (c) => adds(`${guest(c)} MEMBER`), audit: (c) => [created('Membership', { person: id[guest(c)], role: 'MEMBER' })],
  },
  {
    // The roster of the day after the end date shows an end that happened.
    name: 'endMembership', query: 'mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id version heldUntil } } }',
    variables: input((c) => ({ id: id[`end ${c}`], version: version[`end ${c}`], endDate: END_DATE })), allowed: OWN_WRITERS,
    state: roster('endBody', DAY_AFTER_END),
    effect: (c) => removes(`${guest(c)} MEMBER`), audit: () => [{ action: 'UPDATE', entityType: 'Membership', before: { endDate: null }, after: { endDate: endDateAudit } }],
  },
  {
    name: 'replaceMember', query: 'mutation($input: ReplaceMemberInput!) { replaceMember(input: $input) { ended { id } appointed { id } } }',
    variables: input((c) => ({ id: id[`replace ${c}`], version: version[`replace ${c}`], endDate: END_DATE, successorId: id[successor(c)] })), allowed: OWN_WRITERS,
    state: roster('replaceBody', DAY_AFTER_END),
    effect: (c) => swaps(`${guest(c)} MEMBER`, `${successor(c)} MEMBER`),
    audit: (c) => [
      { action: 'UPDATE', entityType: 'Membership', before: { endDate: null }, after: { endDate: endDateAudit } },
      created('Membership', { person: id[successor(c)], role: 'MEMBER' }),
    ],
  },
  {
    name: 'createParliamentaryGroup', query: 'mutation($input: CreateParliamentaryGroupInput!) { createParliamentaryGroup(input: $input) { group { id } } }',
    variables: input((c) => ({ legislature: 16, nameEn: `Vietnam–France ${c}`, countryCodes: ['FR'], coordinatingAssociationId: id.own })), allowed: SECRETARIAT_ONLY,
    state: ownList('parliamentaryGroups(first: 100) { nodes { nameEn } }', (o) => o.parliamentaryGroups.nodes.map((g: any) => g.nameEn)),
    effect: (c) => adds(`Vietnam–France ${c}`), audit: (c) => [created('ParliamentaryGroup', { nameEn: `Vietnam–France ${c}` })],
  },
  {
    name: 'addGroupMember', query: 'mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } } }',
    variables: input((c) => ({ groupId: id.group, personId: id[guest(c)] })), allowed: SECRETARIAT_ONLY,
    state: async () => sorted((await ofNode(id.group, '... on ParliamentaryGroup { members(first: 100) { nodes { person { fullName } } } }')).members.nodes.map((m: any) => m.person.fullName)),
    effect: (c) => adds(guest(c)), audit: (c) => [created('GroupMembership', { person: id[guest(c)] })],
  },
  {
    name: 'createAmbassadorPosting', query: 'mutation($input: CreateAmbassadorPostingInput!) { createAmbassadorPosting(input: $input) { posting { id } } }',
    variables: input((c) => ({ personId: id[guest(c)], countryCode: 'FR', arrivedOn: '2024-09-01' })), allowed: SECRETARIAT_ONLY,
    state: async () => sorted((await read('{ country(code: "FR") { ambassadorPostings(first: 100) { nodes { person { fullName } } } } }')).country.ambassadorPostings.nodes.map((p: any) => p.person?.fullName)),
    effect: (c) => adds(guest(c)), audit: (c) => [created('AmbassadorPosting', { person: id[guest(c)] })],
  },
  // The corrections (issue 14): update, end, cancel, withdraw and delete.
  correction('updateCongress', 'congress', 'Congress', 'title', (c) => `Đại hội ${c}`, { allowed: OWN_WRITERS }),
  deletion('deleteCongress', 'congress', 'Congress', OWN_WRITERS, (c) => ({ title: `Đại hội nhầm ${c}`, organization: id.own })),
  correction('updateBody', 'body', 'Body', 'nameEn', (c) => `Body of ${c}`, { allowed: OWN_WRITERS }),
  {
    // The roster of the day after the end shows the seat the end of the term closed.
    name: 'endBodyTerm', query: 'mutation($input: EndBodyTermInput!) { endBodyTerm(input: $input) { body { id } endedMemberships { id } } }',
    variables: input((c) => ({ ...ownRecord('termBody', c), endDate: END_DATE })), allowed: OWN_WRITERS,
    state: eachOf('termBody', `... on Body { termEnd { text } members(asOf: "${DAY_AFTER_END}", first: 10) { totalCount } }`, (n) => `${n.termEnd?.text ?? 'open'} ${n.members.totalCount}`),
    effect: (c) => swaps(`${c} open 1`, `${c} ${END_DATE} 0`),
    audit: () => [updated('Body', 'termEnd', null, endDateAudit), updated('Membership', 'endDate', null, endDateAudit)],
  },
  deletion('deleteBody', 'body', 'Body', OWN_WRITERS, (c) => ({ nameEn: `Mistaken body ${c}`, organization: id.own })),
  correction('updateEvent', 'event', 'Event', 'venue', (c) => `Hội trường ${c}`, { allowed: OWN_WRITERS }),
  {
    name: 'cancelEvent', query: 'mutation($input: CancelEventInput!) { cancelEvent(input: $input) { event { id status } } }',
    variables: input((c) => ({ ...ownRecord('cancel', c), reason: `called off by ${c}` })), allowed: OWN_WRITERS,
    state: eachOf('cancel', '... on Event { status }', (n) => n.status),
    effect: (c) => swaps(`${c} SCHEDULED`, `${c} CANCELLED`),
    audit: (c) => [{ action: 'UPDATE', entityType: 'Event', before: { status: 'SCHEDULED', cancellationReason: null }, after: { status: 'CANCELLED', cancellationReason: `called off by ${c}` } }],
  },
  deletion('deleteEvent', 'event', 'Event', OWN_WRITERS, (c) => ({ title: `Nhầm ${c}` })),
  correction('updateParticipation', 'participation', 'Participation', 'role', (c) => ({ EDITOR_OWN: 'SPEAKER', EDITOR_PARENT: 'GUEST', SECRETARIAT: 'HOST' })[c as string] ?? 'AWARDEE', { allowed: OWN_WRITERS }),
  deletion('deleteParticipation', 'participation', 'Participation', OWN_WRITERS, (c) => ({ person: id[guest(c)], event: expect.any(String) })),
  correction('updateAmbassadorPosting', 'posting', 'AmbassadorPosting', 'arrivedOn', (c) => `2021-0${NUMBER[c] - 10}-15`, { allowed: SECRETARIAT_ONLY, selection: 'arrivedOn { text }', read: (n) => n.arrivedOn.text, audited: (v) => dayAudit(v as string) }),
  {
    name: 'endAmbassadorPosting', query: 'mutation($input: EndAmbassadorPostingInput!) { endAmbassadorPosting(input: $input) { posting { id departedOn { text } } } }',
    variables: input((c) => ({ ...ownRecord('endPosting', c), departedOn: END_DATE })), allowed: SECRETARIAT_ONLY,
    state: eachOf('endPosting', '... on AmbassadorPosting { departedOn { text } }', (n) => n.departedOn?.text ?? 'in post'),
    effect: (c) => swaps(`${c} in post`, `${c} ${END_DATE}`), audit: () => [updated('AmbassadorPosting', 'departedOn', null, endDateAudit)],
  },
  deletion('deleteAmbassadorPosting', 'posting', 'AmbassadorPosting', SECRETARIAT_ONLY, (c) => ({ person: id[successor(c)] })),
  correction('updateParliamentaryGroup', 'group', 'ParliamentaryGroup', 'regionName', (c) => `Region ${c}`, { allowed: SECRETARIAT_ONLY }),
  deletion('deleteParliamentaryGroup', 'group', 'ParliamentaryGroup', SECRETARIAT_ONLY, (c) => ({ nameEn: `Mistaken group ${c}` })),
  correction('updateGroupMembership', 'seat', 'GroupMembership', 'startDate', (c) => `2026-0${NUMBER[c] - 10}-02`, { allowed: SECRETARIAT_ONLY, selection: 'startDate { text }', read: (n) => n.startDate.text, audited: (v) => dayAudit(v as string) }),
  {
    name: 'endGroupMembership', query: 'mutation($input: EndGroupMembershipInput!) { endGroupMembership(input: $input) { membership { id endDate { text } } } }',
    variables: input((c) => ({ ...ownRecord('endSeat', c), endDate: '2026-06-30' })), allowed: SECRETARIAT_ONLY,
    state: eachOf('endSeat', '... on GroupMembership { endDate { text } }', (n) => n.endDate?.text ?? 'sitting'),
    effect: (c) => swaps(`${c} sitting`, `${c} 2026-06-30`), audit: () => [updated('GroupMembership', 'endDate', null, dayAudit('2026-06-30'))],
  },
  deletion('deleteGroupMembership', 'seat', 'GroupMembership', SECRETARIAT_ONLY, (c) => ({ person: id[successor(c)] })),
  // a corrected number corrects the NGO's identifier in the local scheme, in the same write
  ((entry) => ({ ...entry, audit: (c: Caller, before: any) => [...entry.audit(c, before), created('OrganizationIdentifier', { scheme: 'LOCAL-VN-FNGO', identifier: `REG-CORRECTED-${c}` })] }))(
    correction('updateRegistration', 'registration', 'Registration', 'number', (c) => `REG-CORRECTED-${c}`, { allowed: SECRETARIAT_ONLY }),
  ),
  {
    name: 'withdrawRegistration', query: 'mutation($input: WithdrawRegistrationInput!) { withdrawRegistration(input: $input) { registration { id withdrawnOn } } }',
    variables: input((c) => ({ ...ownRecord('withdraw', c), withdrawnOn: '2026-02-01', reason: `revoked (${c})` })), allowed: SECRETARIAT_ONLY,
    state: eachOf('withdraw', '... on Registration { withdrawnOn }', (n) => n.withdrawnOn ?? 'standing'),
    effect: (c) => swaps(`${c} standing`, `${c} 2026-02-01`),
    audit: (c) => [{ action: 'UPDATE', entityType: 'Registration', before: { withdrawnOn: null, withdrawalReason: null }, after: { withdrawnOn: '2026-02-01', withdrawalReason: `revoked (${c})` } }],
  },
  deletion('deleteRegistration', 'registration', 'Registration', SECRETARIAT_ONLY, (c) => ({ number: `REG-MISTAKEN-${c}` })),
  {
    name: 'updateInterventionArea', query: 'mutation($input: UpdateInterventionAreaInput!) { updateInterventionArea(input: $input) { interventionArea { id version } } }',
    variables: input((c) => ({ ...corrected('area'), provinceKey: PROVINCE[c] })), allowed: SECRETARIAT_ONLY,
    state: async () => (await ofNode(id['corrected area'], '... on InterventionArea { province { id } }')).province.id,
    effect: (c) => sets(id[`province ${PROVINCE[c]}`]), audit: (c, before) => [updated('InterventionArea', 'province', before, id[`province ${PROVINCE[c]}`])],
    track: (data) => (version['corrected area'] = data.updateInterventionArea.interventionArea.version),
  },
  deletion('deleteInterventionArea', 'area', 'InterventionArea', SECRETARIAT_ONLY, (c) => ({ province: id[`province ${PROVINCE[c]}`] })),
  correction('updateAidRecord', 'aid', 'AidRecord', 'amountUsd', (c) => 2000 + NUMBER[c], { allowed: SECRETARIAT_ONLY }),
  deletion('deleteAidRecord', 'aid', 'AidRecord', SECRETARIAT_ONLY, (c) => ({ amountUsd: 100 + NUMBER[c] })),
];

const expectedCode = (c: Caller, m: MatrixEntry) => (m.allowed.includes(c) ? 'OK' : c === 'PUBLIC' ? 'UNAUTHENTICATED' : (m.refusedWith?.[c] ?? 'FORBIDDEN'));
const AUDIT_PAGE = 100;
/** The newest page of the audit trail before a call: its IDs, newest first. */
const auditIds = async () => (await read(`{ auditTrail(first: ${AUDIT_PAGE}) { nodes { id } } }`)).auditTrail.nodes.map((e: any) => e.id as string);
/**
 * The entries a call added: those above the newest entry before it (the trail is newest first). That
 * entry must still be on the page, so that every new entry is seen, however long the trail has grown.
 */
const newAuditEntries = async (before: string[]) => {
  const trail = (await read(`{ auditTrail(first: ${AUDIT_PAGE}) { nodes { id actor actorRole action entityType before after } } }`)).auditTrail.nodes;
  const seen = new Set(before);
  if (before.length) expect(trail.map((e: any) => e.id)).toContain(before[0]);
  return trail.filter((e: any) => !seen.has(e.id)).map(({ id: _id, ...entry }: any) => entry);
};

describe('the role matrix: every role against every mutation', () => {
  it('covers every mutation of the schema, and every role', async () => {
    const served = (await read('{ __type(name: "Mutation") { fields { name } } }')).__type.fields.map((f: any) => f.name).filter((n: string) => !SESSION_MUTATIONS.includes(n)).sort();
    const file = Object.keys(buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')).getMutationType()!.getFields()).filter((n) => !SESSION_MUTATIONS.includes(n)).sort();
    const matrix = MUTATIONS.map((m) => m.name).sort();
    expect(matrix).toEqual(served);
    expect(matrix).toEqual(file);
    expect(new Set(matrix).size).toBe(MUTATIONS.length);
    // every role the code knows has a caller in the matrix
    const roles = readFileSync(new URL('../../src/auth/viewer.ts', import.meta.url), 'utf8').match(/export type Role\s*=([^;]+);/)![1].match(/'([A-Z_]+)'/g)!.map((r) => r.slice(1, -1));
    expect(roles.length).toBeGreaterThanOrEqual(4);
    expect([...new Set(Object.values(ROLE))].sort()).toEqual([...roles].sort());
    // and each caller is both allowed and refused somewhere, so neither side is vacuous
    const allowedSomewhere = CALLERS.filter((c) => MUTATIONS.some((m) => m.allowed.includes(c)));
    const refusedSomewhere = CALLERS.filter((c) => MUTATIONS.some((m) => !m.allowed.includes(c)));
    expect(allowedSomewhere).toEqual(['EDITOR_OWN', 'EDITOR_PARENT', 'SECRETARIAT']);
    expect(refusedSomewhere).toEqual(CALLERS.filter((c) => c !== 'SECRETARIAT'));
  });

  for (const mutation of MUTATIONS) {
    it(`${mutation.name}: allowed for ${mutation.allowed.join(', ')} with effect and audit entry; refused for the others, changing nothing`, async () => {
      for (const caller of CALLERS) {
        const before = await mutation.state();
        const audited = await auditIds();
        const headers: Record<string, string> = caller === 'PUBLIC' ? {} : { authorization: `Bearer ${token[caller]}` };
        const { body } = await server.gql(mutation.query, mutation.variables(caller), headers);
        const outcome = body.errors ? String(body.errors[0].extensions?.code) : 'OK';
        const after = await mutation.state();
        const entries = await newAuditEntries(audited);
        if (mutation.allowed.includes(caller)) {
          expect({ caller, outcome, errors: body.errors }).toEqual({ caller, outcome: 'OK', errors: undefined });
          mutation.track?.(body.data);
          // the effect, read back through the API
          expect({ caller, state: after }).toEqual({ caller, state: mutation.effect(caller)(before) });
          expect(after).not.toEqual(before);
          // exactly the audit entries the write owes, by this caller
          const owed = mutation.audit(caller, before).map((e) => expect.objectContaining({ actor: SUBJECT[caller], actorRole: ROLE[caller], ...e }));
          expect({ caller, entries }).toEqual({ caller, entries: expect.arrayContaining(owed) });
          expect({ caller, count: entries.length }).toEqual({ caller, count: owed.length });
        } else {
          expect({ caller, outcome, data: body.data ?? null }).toEqual({ caller, outcome: expectedCode(caller, mutation), data: null });
          expect({ caller, state: after }).toEqual({ caller, state: before });
          expect({ caller, entries }).toEqual({ caller, entries: [] });
        }
      }
    });
  }
});

describe('domain rules at the edge', () => {
  const REG = 'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { id } } }';
  it('a registration longer than Decree 58 allows is refused, naming the field', async () => {
    const { body } = await server.gql(REG, { input: { organizationId: id.ngo, type: 'REPRESENTATIVE_OFFICE', issuedOn: '2026-01-01', expiresOn: '2031-06-01' } }, { authorization: `Bearer ${token.SECRETARIAT}` });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.expiresOn', message: 'at most 2031-01-01' }] });
  });

  it('an intervention area on an abolished province is refused', async () => {
    const { body } = await server.gql('mutation($input: AddInterventionAreaInput!) { addInterventionArea(input: $input) { interventionArea { id } } }', { input: { organizationId: id.ngo, provinceKey: 'binh-duong-pre2025' } }, { authorization: `Bearer ${token.SECRETARIAT}` });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.provinceKey' }] });
  });

  it('a partnership names exactly one partner', async () => {
    const { body } = await server.gql('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input: { organizationId: id.own, kind: 'NEW' } }, { authorization: `Bearer ${token.SECRETARIAT}` });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.partnerOrganizationId' }] });
  });
});
