import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../../search/fold.js';
import type { AuditRecorder } from '../../writes/write.js';
import { ParticipationRole } from '../event/event.enums.js';
import type { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import type { Person } from '../person/person.entity.js';
import type { Context } from '../../graphql/context.js';
import { addPersons, personsNamed, settle } from './import.persons.js';
import type { SheetRow } from './import.sheet.js';
import { readTable, type ImportFile, type ImportProblem } from './import.table.js';

/** The columns of an invitation and attendance list, Vietnamese or English (folded). */
export const PARTICIPATION_HEADERS = {
  person: ['person', 'name', 'full name', 'ho ten', 'ho va ten', 'ten', 'nguoi', 'dai bieu'],
  personId: ['person id'],
  role: ['role', 'vai tro'],
  invited: ['invited', 'moi', 'duoc moi', 'da moi', 'gui giay moi'],
  attended: ['attended', 'attendance', 'tham du', 'co mat', 'da tham du', 'diem danh'],
  sources: ['sources', 'source', 'nguon'],
} as const;
export type ParticipationField = keyof typeof PARTICIPATION_HEADERS;
export const PARTICIPATION_FIELDS = Object.keys(PARTICIPATION_HEADERS) as ParticipationField[];

const ROLE_WORDS: Record<ParticipationRole, string[]> = {
  [ParticipationRole.HOST]: ['chu tri', 'host'],
  [ParticipationRole.SPEAKER]: ['phat bieu', 'dien gia', 'speaker'],
  [ParticipationRole.GUEST]: ['khach moi', 'khach', 'guest'],
  [ParticipationRole.ATTENDEE]: ['tham du', 'dai bieu', 'attendee', 'participant'],
  [ParticipationRole.AWARDEE]: ['nhan thuong', 'duoc khen thuong', 'awardee'],
  [ParticipationRole.RAPPORTEUR]: ['bao cao', 'bao cao vien', 'rapporteur'],
  [ParticipationRole.CLOSING_SPEAKER]: ['phat bieu be mac', 'be mac', 'closing speaker'],
};
const ROLE_BY_WORD = new Map<string, ParticipationRole>(
  Object.entries(ROLE_WORDS).flatMap(([role, words]) => [[foldForSearch(role), role as ParticipationRole], ...words.map((w): [string, ParticipationRole] => [w, role as ParticipationRole])]),
);
const YES = new Set(['co', 'yes', 'y', 'x', '1', 'true', 'da', 'co mat', 'tham du', 'da tham du']);
const NO = new Set(['khong', 'no', 'n', '0', 'false', 'vang', 'vang mat', 'chua']);

/** A yes or no as people write it (có, không, x, yes, vắng, ...); empty: not given. */
function typedYesNo(text: string): boolean | undefined | { problem: string } {
  const value = foldForSearch(text);
  if (!value) return undefined;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return { problem: `“${text}” is neither yes nor no: write có or không (yes or no, x, 1 or 0); leave it empty when not known` };
}

export type ParticipationAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID' | 'EXCLUDED';

export interface PlannedParticipation {
  row: number;
  action: ParticipationAction;
  person: string;
  newPerson: boolean;
  role: ParticipationRole | null;
  invited: boolean | null;
  attended: boolean | null;
  changes: string[];
  participationId: string | null;
}

interface ParticipationWork {
  row: PlannedParticipation;
  person?: Person;
  newPersonKey?: string;
  role?: ParticipationRole;
  invited?: boolean;
  attended?: boolean;
  sources: string[];
  existing?: Participation;
}

export interface ParticipationPlan {
  file: ImportFile;
  rows: PlannedParticipation[];
  problems: ImportProblem[];
  work: ParticipationWork[];
  newPersons: Map<string, { name: string; sources: string[] }>;
}

/**
 * Reads an invitation and attendance list against an event: for each row the person, the role at the event
 * (default: attendee), whether invited (default: yes) and whether attended (empty: not known), and what
 * importing it would do — CREATE the person's participation, UPDATE its role, invitation or attendance
 * where the file gives another, or leave it UNCHANGED (one participation per person and event) — and every
 * problem with its row and column. Writes nothing.
 */
export async function planParticipations(
  em: EntityManager,
  ctx: Context,
  event: Event,
  sheet: SheetRow[],
  bytes: Buffer,
  options: { mapping: Partial<Record<ParticipationField, string>>; exclude: ReadonlySet<number> },
): Promise<ParticipationPlan> {
  const read = readTable<ParticipationField>(sheet, bytes, PARTICIPATION_HEADERS, options.mapping, [
    { fields: ['person', 'personId'], message: 'No column names the person: add one headed “person” (or “Họ tên”), or give the mapping' },
  ]);
  const plan: ParticipationPlan = { file: read.file, rows: [], problems: read.problems, work: [], newPersons: new Map() };
  const table = read.table;
  if (!table) return plan;
  const { data, cell, column } = table;
  const named = await personsNamed(em, ctx, table);
  const existing = await em.find(Participation, { event: event.id });
  const seen = new Map<string, number>();

  for (const line of data) {
    const before = plan.problems.length;
    const problem = (field: ParticipationField | null, message: string) =>
      plan.problems.push({ row: line.row, column: field ? column(field) : null, value: field ? cell(line, field) : null, message });
    const planned: PlannedParticipation = { row: line.row, action: 'INVALID', person: cell(line, 'person'), newPerson: false, role: null, invited: null, attended: null, changes: [], participationId: null };
    plan.rows.push(planned);
    if (options.exclude.has(line.row)) {
      planned.action = 'EXCLUDED';
      continue;
    }
    const who = named(line);
    if ('problem' in who) problem(who.problem.field, who.problem.message);
    else if ('person' in who) planned.person = who.person.fullName;
    else planned.newPerson = true;

    const roleText = cell(line, 'role');
    const role = roleText ? ROLE_BY_WORD.get(foldForSearch(roleText)) : undefined;
    if (roleText && !role) problem('role', `“${roleText}” is not a part in an event: write chủ trì, phát biểu, khách mời, tham dự, ... or host, speaker, guest, attendee, ... (or ${Object.values(ParticipationRole).join(', ')})`);
    const invited = typedYesNo(cell(line, 'invited'));
    if (typeof invited === 'object') problem('invited', invited.problem);
    const attended = typedYesNo(cell(line, 'attended'));
    if (typeof attended === 'object') problem('attended', attended.problem);
    if (invited === false && attended !== true) problem('invited', 'A person is on an event’s list because invited, or because present: a row neither invited nor present has nothing to record');
    if (plan.problems.length > before || typeof invited === 'object' || typeof attended === 'object') continue;

    const personKey = 'person' in who ? who.person.id : `new:${'newPersonKey' in who ? who.newPersonKey : ''}`;
    const earlier = seen.get(personKey);
    if (earlier !== undefined) {
      problem(null, `The same person as row ${earlier}: one row per person and event`);
      continue;
    }
    seen.set(personKey, line.row);

    const work: ParticipationWork = {
      row: planned, role, invited, attended, sources: cell(line, 'sources').split(';').map((s) => s.trim()).filter(Boolean),
      ...('person' in who ? { person: who.person } : {}), ...('newPersonKey' in who ? { newPersonKey: who.newPersonKey } : {}),
    };
    const current = 'person' in who ? existing.find((p) => p.person.id === who.person.id) : undefined;
    planned.role = role ?? current?.role ?? ParticipationRole.ATTENDEE;
    planned.invited = invited ?? current?.invited ?? true;
    planned.attended = attended ?? current?.attended ?? null;
    if (current) {
      work.existing = current;
      planned.participationId = current.globalId;
      if (role && role !== current.role) planned.changes.push('role');
      if (invited !== undefined && invited !== current.invited) planned.changes.push('invited');
      if (attended !== undefined && attended !== current.attended) planned.changes.push('attended');
      planned.action = planned.changes.length ? 'UPDATE' : 'UNCHANGED';
    } else planned.action = 'CREATE';
    if ('newPersonKey' in who && !plan.newPersons.has(who.newPersonKey)) plan.newPersons.set(who.newPersonKey, { name: who.name, sources: work.sources });
    plan.work.push(work);
  }
  plan.work = settle(plan.rows, plan.problems, plan.work);
  return plan;
}

/** Writes a plan without problems inside the import's transaction, each change noted for the audit trail. */
export function applyParticipations(tx: EntityManager, audit: AuditRecorder, event: Event, plan: ParticipationPlan, citation: string): { persons: number; created: number; updated: number } {
  const added = addPersons(tx, audit, plan.newPersons, citation);
  let created = 0;
  let updated = 0;
  for (const w of plan.work) {
    if (w.row.action === 'CREATE') {
      const person = w.person ?? added.get(w.newPersonKey ?? '');
      if (!person) continue;
      const participation = tx.create(Participation, {
        event, person, role: w.role ?? ParticipationRole.ATTENDEE, invited: w.invited ?? true, attended: w.attended ?? null, sourceCitations: [...w.sources, citation],
      });
      audit.created(participation);
      w.row.participationId = participation.globalId;
      created++;
    } else if (w.row.action === 'UPDATE' && w.existing) {
      audit.updating(w.existing);
      if (w.row.changes.includes('role') && w.role) w.existing.role = w.role;
      if (w.row.changes.includes('invited') && w.invited !== undefined) w.existing.invited = w.invited;
      if (w.row.changes.includes('attended') && w.attended !== undefined) w.existing.attended = w.attended;
      updated++;
    }
  }
  return { persons: added.size, created, updated };
}
