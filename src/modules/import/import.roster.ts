import type { EntityManager } from '@mikro-orm/postgresql';
import { PartialDate } from '../../db/partial-date.js';
import type { Context } from '../../graphql/context.js';
import { foldForSearch } from '../../search/fold.js';
import type { AuditRecorder } from '../../writes/write.js';
import { Body } from '../body/body.entity.js';
import { BODY_KIND_LABEL_VI } from '../body/body.enums.js';
import { heldSince, heldTill } from '../membership/membership.certainty.js';
import { Membership } from '../membership/membership.entity.js';
import { Role, SINGLE_SEAT_ROLES } from '../membership/membership.enums.js';
import type { Organization } from '../organization/organization.entity.js';
import type { Person } from '../person/person.entity.js';
import { addPersons, personsNamed, settle } from './import.persons.js';
import type { SheetRow } from './import.sheet.js';
import { readTable, type ImportFile, type ImportProblem } from './import.table.js';
import { HEADERS, typedDate, typedRole, type ImportField } from './import.values.js';

export type { ImportProblem } from './import.table.js';

export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID' | 'EXCLUDED';

export interface PlannedRow {
  row: number;
  action: RowAction;
  person: string;
  /** A person the import adds to the directory (no one of this name is recorded). */
  newPerson: boolean;
  role: Role | null;
  body: string | null;
  start: string | null;
  end: string | null;
  /** The fields an UPDATE changes. */
  changes: string[];
  /** The membership the row is (UPDATE, UNCHANGED) or will be (CREATE, after a run). */
  membershipId: string | null;
}

interface Work {
  row: PlannedRow;
  /** The role as the file writes it. */
  roleText: string;
  person?: Person;
  newPersonKey?: string;
  body: Body | null;
  role: Role;
  start: PartialDate;
  end?: PartialDate;
  title?: string;
  sources: string[];
  existing?: Membership;
}

export interface RosterPlan {
  file: ImportFile;
  rows: PlannedRow[];
  problems: ImportProblem[];
  work: Work[];
  newPersons: Map<string, { name: string; sources: string[] }>;
}

const fold = (text: string) => foldForSearch(text);
const rowKey = (personKey: string, bodyId: string | null, role: Role, start: string) => `${personKey}|${bodyId ?? ''}|${role}|${start}`;

function bodyNames(body: Body): string[] {
  return [body.nameVi, body.nameEn, BODY_KIND_LABEL_VI[body.kind], body.kind].filter((n): n is string => Boolean(n)).map(fold);
}

const termText = (body: Body) => [body.termStart?.text, body.termEnd?.text].filter(Boolean).join('–');

/** The spans of two posts share a day (open ends are open). */
const overlaps = (a: { from: string | null; until: string | null }, b: { from: string | null; until: string | null }) =>
  (a.from ?? '0001-01-01') <= (b.until ?? '9999-12-31') && (b.from ?? '0001-01-01') <= (a.until ?? '9999-12-31');

/**
 * Reads a roster file against the directory: for each row, the person (matched by name, diacritics and case
 * ignored, or by `person id`), the role, the body, the dates, and what importing it would do — CREATE a
 * post, UPDATE the end or title of the same post (same person, body, role and start), or leave it
 * UNCHANGED — and every problem with its row and column. Writes nothing.
 */
export async function planRoster(
  em: EntityManager,
  ctx: Context,
  organization: Organization,
  sheet: SheetRow[],
  bytes: Buffer,
  options: { mapping: Partial<Record<ImportField, string>>; exclude: ReadonlySet<number> },
): Promise<RosterPlan> {
  const read = readTable<ImportField>(sheet, bytes, HEADERS, options.mapping, [
    { fields: ['person', 'personId'], message: 'No column names the person: add one headed “person” (or “Họ tên”), or give the mapping' },
    { fields: ['role'], message: 'No column names the role: add one headed “role” (or “Chức vụ”)' },
    { fields: ['start'], message: 'No column gives the start: add one headed “start” (or “Từ ngày”)' },
  ]);
  const problems: ImportProblem[] = read.problems;
  const plan: RosterPlan = { file: read.file, rows: [], problems, work: [], newPersons: new Map() };
  const table = read.table;
  if (!table) return plan;
  const { data, cell, column } = table;

  // What the directory holds: the organization's bodies and posts, and the persons the file names.
  const bodies = await em.find(Body, { organization: organization.id });
  const memberships = await em.find(Membership, { organization: organization.id }, { populate: ['person'] });
  const named = await personsNamed(em, ctx, table);
  const organizationNames = [organization.name, organization.nameVi, organization.nameEn, organization.nameFr, organization.abbreviation].filter((n): n is string => Boolean(n)).map(fold);
  const seen = new Map<string, number>();

  for (const line of data) {
    const before = problems.length;
    const problem = (field: ImportField | null, message: string) =>
      problems.push({ row: line.row, column: field ? column(field) : null, value: field ? cell(line, field) : null, message });
    const planned: PlannedRow = { row: line.row, action: 'INVALID', person: cell(line, 'person'), newPerson: false, role: null, body: cell(line, 'body') || null, start: null, end: null, changes: [], membershipId: null };
    plan.rows.push(planned);
    if (options.exclude.has(line.row)) {
      planned.action = 'EXCLUDED';
      continue;
    }

    // the person
    let person: Person | undefined;
    let newPersonKey: string | undefined;
    const who = named(line);
    if ('problem' in who) problem(who.problem.field, who.problem.message);
    else if ('person' in who) {
      person = who.person;
      planned.person = person.fullName;
    } else {
      newPersonKey = who.newPersonKey;
      planned.newPerson = true;
    }

    // the role, the dates
    const typed = cell(line, 'role') ? typedRole(cell(line, 'role')) : { problem: 'The role is empty' };
    const role = 'role' in typed ? typed.role : undefined;
    if ('problem' in typed) problem('role', typed.problem);
    else planned.role = typed.role;
    const start = cell(line, 'start') ? typedDate(cell(line, 'start')) : 'The start is empty: give the day, month or year the post began';
    if (typeof start === 'string') problem('start', start);
    else planned.start = start.text;
    const end = cell(line, 'end') ? typedDate(cell(line, 'end')) : undefined;
    if (typeof end === 'string') problem('end', end);
    else if (end && start instanceof PartialDate && end.end < start.start) problem('end', `The end is before the start (${start.text})`);
    else planned.end = end?.text ?? null;
    const title = cell(line, 'title') || undefined;
    if (title && title.length > 200) problem('title', 'The title is longer than 200 characters');

    // the organization and the body
    const forOrganization = cell(line, 'organization');
    if (forOrganization && !organizationNames.includes(fold(forOrganization))) problem('organization', `This row is for another organization than ${organization.name}: import it there`);
    let body: Body | null = null;
    if (cell(line, 'body')) {
      let candidates = bodies.filter((b) => bodyNames(b).includes(fold(cell(line, 'body'))) || b.globalId === cell(line, 'body'));
      if (candidates.length > 1 && cell(line, 'term')) candidates = candidates.filter((b) => termText(b) === cell(line, 'term') || fold(termText(b)) === fold(cell(line, 'term')));
      if (candidates.length > 1 && start instanceof PartialDate) candidates = candidates.filter((b) => (!b.termStart || b.termStart.start <= start.start) && (!b.termEnd || start.start <= b.termEnd.end));
      if (candidates.length === 1) [body] = candidates;
      else if (!candidates.length) problem('body', `${organization.name} has no body of this name${cell(line, 'term') ? ' and term' : ''}: its bodies are ${bodies.map((b) => `${b.nameVi ?? BODY_KIND_LABEL_VI[b.kind]} ${termText(b)}`.trim()).join('; ') || 'none'}`);
      else problem('body', `${candidates.length} bodies of ${organization.name} have this name: give the term (a “term” column, e.g. 2023–2028)`);
      planned.body = body ? `${body.nameVi ?? BODY_KIND_LABEL_VI[body.kind]}${termText(body) ? ` ${termText(body)}` : ''}` : planned.body;
    }

    if (problems.length > before || !role || !(start instanceof PartialDate)) continue;

    // the same post twice in the file
    const key = rowKey(person?.id ?? `new:${newPersonKey}`, body?.id ?? null, role, start.text);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(null, `The same post (person, body, role and start) as row ${earlier}`);
      continue;
    }
    seen.set(key, line.row);

    // what it would do
    const existing = person ? memberships.find((m) => m.person.id === person.id && (m.body?.id ?? null) === (body?.id ?? null) && m.role === role && heldSince(m)?.text === start.text) : undefined;
    const work: Work = { row: planned, roleText: cell(line, 'role'), person, newPersonKey, body, role, start, end: end instanceof PartialDate ? end : undefined, title, sources: cell(line, 'sources').split(';').map((s) => s.trim()).filter(Boolean), existing };
    if (existing) {
      planned.membershipId = existing.globalId;
      if (work.end && heldTill(existing)?.text !== work.end.text) planned.changes.push('end');
      if (title && existing.title !== title) planned.changes.push('title');
      planned.action = planned.changes.length ? 'UPDATE' : 'UNCHANGED';
    } else planned.action = 'CREATE';
    if (newPersonKey && !plan.newPersons.has(newPersonKey)) plan.newPersons.set(newPersonKey, { name: cell(line, 'person'), sources: work.sources });
    plan.work.push(work);
  }

  // One holder of a single-seat role at a time: the posts as they would be after the import.
  const span = (from: PartialDate, until: PartialDate | undefined) => ({ from: from.start, until: until?.end ?? null });
  const after = memberships.map((m) => {
    const updated = plan.work.find((w) => w.existing?.id === m.id && w.end);
    return { id: m.id, work: undefined as Work | undefined, person: m.person.getEntity().fullName, bodyId: m.body?.id ?? null, role: m.role, from: m.heldFrom ?? null, until: updated?.end ? updated.end.end : (m.heldUntil ?? null) };
  });
  for (const w of plan.work.filter((w) => !w.existing)) after.push({ id: `row:${w.row.row}`, work: w, person: w.row.person, bodyId: w.body?.id ?? null, role: w.role, ...span(w.start, w.end) });
  for (const w of plan.work) {
    if (!SINGLE_SEAT_ROLES.has(w.role) || w.row.action === 'UNCHANGED') continue;
    const self = w.existing ? w.existing.id : `row:${w.row.row}`;
    const mine = after.find((a) => a.id === self)!;
    // an undated post of the organization's own seat is held on no day (spansDay): it is nobody's rival
    const rival = after.find((a) => a.id !== self && a.bodyId === mine.bodyId && a.role === mine.role && (a.from !== null || a.bodyId !== null) && overlaps(a, mine));
    if (!rival) continue;
    const where = w.body ? `${w.row.body} of ${organization.name}` : organization.name;
    const by = rival.work ? `row ${rival.work.row.row} (${rival.person})` : `${rival.person}, from ${rival.from ?? 'an unknown date'}${rival.until ? ` until ${rival.until}` : ' with no end recorded'}`;
    problems.push({ row: w.row.row, column: column('role'), value: w.roleText, message: `Only one person at a time holds ${w.role} of ${where}, and the seat is taken on these dates by ${by}: give the earlier holder's end, or correct the dates` });
    w.row.action = 'INVALID';
  }
  plan.work = settle(plan.rows, problems, plan.work);
  return plan;
}

/**
 * Writes a plan without problems, inside the import's transaction: the new persons, the new posts and the
 * changed ones, each noted for the audit trail (whose entries carry the import's request ID).
 */
export function applyRoster(tx: EntityManager, audit: AuditRecorder, organization: Organization, plan: RosterPlan, citation: string): { persons: number; created: number; updated: number } {
  const created = addPersons(tx, audit, plan.newPersons, citation);
  let made = 0;
  let changed = 0;
  for (const w of plan.work) {
    if (w.row.action === 'CREATE') {
      const person = w.person ?? created.get(w.newPersonKey ?? '');
      if (!person) continue;
      const membership = tx.create(Membership, {
        person, organization, body: w.body ?? undefined, role: w.role, title: w.title, startDate: w.start, endDate: w.end, sourceCitations: [...w.sources, citation],
      });
      membership.refreshSpan();
      audit.created(membership);
      w.row.membershipId = membership.globalId;
      made++;
    } else if (w.row.action === 'UPDATE' && w.existing) {
      const membership = w.existing;
      audit.updating(membership);
      if (w.row.changes.includes('end')) membership.endDate = w.end;
      if (w.row.changes.includes('title')) membership.title = w.title;
      membership.refreshSpan();
      changed++;
    }
  }
  return { persons: created.size, created: made, updated: changed };
}
