import type { EntityManager } from '@mikro-orm/postgresql';
import type { PartialDate } from '../../db/partial-date.js';
import type { Context } from '../../graphql/context.js';
import { foldForSearch } from '../../search/fold.js';
import type { AuditRecorder } from '../../writes/write.js';
import type { Organization } from '../organization/organization.entity.js';
import { PartnershipSector } from '../partnership/partnership-sector.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../partnership/partnership.enums.js';
import { Sector } from '../sector/sector.entity.js';
import { listCell, organizationsNamed, sectorsByName } from './import.organizations.js';
import { settle } from './import.persons.js';
import type { SheetRow } from './import.sheet.js';
import { readTable, type ImportFile, type ImportProblem } from './import.table.js';
import { typedDate } from './import.values.js';

/** The columns of a list of partners, Vietnamese or English (folded). */
export const PARTNERSHIP_HEADERS = {
  partner: ['partner', 'doi tac', 'ten doi tac', 'partner organization', 'partner organisation'],
  partnerId: ['partner id'],
  kind: ['kind', 'loai', 'loai doi tac', 'type'],
  status: ['status', 'trang thai', 'tinh trang'],
  since: ['since', 'from', 'start', 'tu', 'tu ngay', 'tu nam', 'bat dau'],
  until: ['until', 'to', 'end', 'den', 'den ngay', 'ket thuc'],
  sectors: ['sectors', 'sector', 'linh vuc'],
  notes: ['notes', 'note', 'ghi chu'],
  sources: ['sources', 'source', 'nguon'],
} as const;
export type PartnershipField = keyof typeof PARTNERSHIP_HEADERS;
export const PARTNERSHIP_FIELDS = Object.keys(PARTNERSHIP_HEADERS) as PartnershipField[];

const KIND_WORDS: Record<PartnershipKind, string[]> = {
  [PartnershipKind.TRADITIONAL]: ['truyen thong', 'doi tac truyen thong', 'traditional'],
  [PartnershipKind.NEW]: ['moi', 'doi tac moi', 'new'],
};
const STATUS_WORDS: Record<PartnershipStatus, string[]> = {
  [PartnershipStatus.ACTIVE]: ['dang hop tac', 'hop tac', 'hoat dong', 'dang hoat dong', 'active'],
  [PartnershipStatus.PROSPECT]: ['tiem nang', 'dang tim hieu', 'prospect', 'prospective'],
  [PartnershipStatus.LAPSED]: ['ngung', 'tam ngung', 'da ngung', 'het han', 'lapsed', 'ended', 'inactive'],
};
function wordsTo<E extends string>(words: Record<E, string[]>): Map<string, E> {
  return new Map(Object.entries<string[]>(words).flatMap(([value, list]) => [[foldForSearch(value), value as E], ...list.map((w): [string, E] => [w, value as E])]));
}
const KIND_BY_WORD = wordsTo(KIND_WORDS);
const STATUS_BY_WORD = wordsTo(STATUS_WORDS);

export interface PlannedPartnership {
  row: number;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID' | 'EXCLUDED';
  partner: string;
  kind: PartnershipKind | null;
  status: PartnershipStatus | null;
  since: string | null;
  until: string | null;
  /** The fields an UPDATE changes. */
  changes: string[];
  partnershipId: string | null;
}

interface PartnershipWork {
  row: PlannedPartnership;
  partner: Organization;
  kind?: PartnershipKind;
  status?: PartnershipStatus;
  since?: PartialDate;
  until?: PartialDate;
  notes?: string;
  sectors: Sector[];
  sources: string[];
  existing?: Partnership;
}

export interface PartnershipPlan {
  file: ImportFile;
  rows: PlannedPartnership[];
  problems: ImportProblem[];
  work: PartnershipWork[];
  newPersons: Map<string, { name: string }>;
}

/**
 * Reads a list of an organization's partners: for each row the partner organization (by name or `partner
 * id`), the kind (required for a new partnership), the status (default: active), the dates, sectors and
 * notes, and what importing it would do — CREATE the partnership, UPDATE the status, dates or notes of the
 * one already recorded with that partner, or leave it UNCHANGED — and every problem with its row and
 * column. Writes nothing.
 */
export async function planPartnerships(
  em: EntityManager,
  _ctx: Context,
  organization: Organization,
  sheet: SheetRow[],
  bytes: Buffer,
  options: { mapping: Partial<Record<PartnershipField, string>>; exclude: ReadonlySet<number> },
): Promise<PartnershipPlan> {
  const read = readTable<PartnershipField>(sheet, bytes, PARTNERSHIP_HEADERS, options.mapping, [
    { fields: ['partner', 'partnerId'], message: 'No column names the partner: add one headed “partner” (or “Đối tác”), or give the mapping' },
  ]);
  const plan: PartnershipPlan = { file: read.file, rows: [], problems: read.problems, work: [], newPersons: new Map() };
  const table = read.table;
  if (!table) return plan;
  const { data, cell, column } = table;
  const named = await organizationsNamed(em, table, 'partner', 'partnerId', 'partner');
  const existing = await em.find(Partnership, { organization: organization.id, partnerOrganization: { $ne: null } }, { orderBy: { id: 'asc' } });
  const sectorBy = await sectorsByName(em);
  const seen = new Map<string, number>();

  for (const line of data) {
    const before = plan.problems.length;
    const problem = (field: PartnershipField | null, message: string) =>
      plan.problems.push({ row: line.row, column: field ? column(field) : null, value: field ? cell(line, field) : null, message });
    const planned: PlannedPartnership = { row: line.row, action: 'INVALID', partner: cell(line, 'partner'), kind: null, status: null, since: null, until: null, changes: [], partnershipId: null };
    plan.rows.push(planned);
    if (options.exclude.has(line.row)) {
      planned.action = 'EXCLUDED';
      continue;
    }
    const who = named(line);
    if ('problem' in who) problem(cell(line, 'partnerId') ? 'partnerId' : 'partner', who.problem);
    else if (who.organization.id === organization.id) problem('partner', 'An organization cannot partner with itself');
    else planned.partner = who.organization.name;

    const kindText = cell(line, 'kind');
    const kind = kindText ? KIND_BY_WORD.get(foldForSearch(kindText)) : undefined;
    if (kindText && !kind) problem('kind', `“${kindText}” is not a kind of partner: write truyền thống or mới (traditional or new)`);
    const statusText = cell(line, 'status');
    const status = statusText ? STATUS_BY_WORD.get(foldForSearch(statusText)) : undefined;
    if (statusText && !status) problem('status', `“${statusText}” is not a status: write đang hợp tác, tiềm năng or đã ngừng (active, prospect or lapsed)`);
    const dates: Partial<Record<'since' | 'until', PartialDate>> = {};
    for (const field of ['since', 'until'] as const) {
      const text = cell(line, field);
      if (!text) continue;
      const date = typedDate(text);
      if (typeof date === 'string') problem(field, date);
      else dates[field] = date;
    }
    if (dates.since && dates.until && dates.until.end < dates.since.start) problem('until', 'The end is before the start');
    const sectorNames = listCell(cell(line, 'sectors'));
    const rowSectors = sectorNames.map((name) => sectorBy.get(foldForSearch(name)));
    if (rowSectors.some((s) => !s)) problem('sectors', `Not a sector of the directory: ${sectorNames.filter((_, i) => !rowSectors[i]).join('; ')} (write its key or name, separated by “;”)`);
    if (plan.problems.length > before || 'problem' in who) continue;

    const partner = who.organization;
    const earlier = seen.get(partner.id);
    if (earlier !== undefined) {
      problem('partner', `The same partner as row ${earlier}: one row per partner`);
      continue;
    }
    seen.set(partner.id, line.row);
    const current = existing.filter((p) => p.partnerOrganization?.id === partner.id);
    if (current.length > 1) {
      problem('partner', `${current.length} partnerships with this partner are recorded (${current.map((p) => p.globalId).join(', ')}): correct them one at a time with updatePartnership`);
      continue;
    }
    const work: PartnershipWork = { row: planned, partner, kind, status, ...dates, notes: cell(line, 'notes') || undefined, sectors: rowSectors as Sector[], sources: listCell(cell(line, 'sources')) };
    const [recorded] = current;
    planned.kind = kind ?? recorded?.kind ?? null;
    planned.status = status ?? recorded?.status ?? PartnershipStatus.ACTIVE;
    planned.since = (dates.since ?? recorded?.since)?.text ?? null;
    planned.until = (dates.until ?? recorded?.until)?.text ?? null;
    if (recorded) {
      work.existing = recorded;
      planned.partnershipId = recorded.globalId;
      if (kind && kind !== recorded.kind) planned.changes.push('kind');
      if (status && status !== recorded.status) planned.changes.push('status');
      if (dates.since && dates.since.text !== recorded.since?.text) planned.changes.push('since');
      if (dates.until && dates.until.text !== recorded.until?.text) planned.changes.push('until');
      if (work.notes !== undefined && work.notes !== recorded.notes) planned.changes.push('notes');
      planned.action = planned.changes.length ? 'UPDATE' : 'UNCHANGED';
    } else if (!kind) {
      problem('kind', 'A new partnership needs its kind: truyền thống or mới (traditional or new)');
      continue;
    } else planned.action = 'CREATE';
    plan.work.push(work);
  }
  plan.work = settle(plan.rows, plan.problems, plan.work);
  return plan;
}

/** Writes a plan without problems inside the import's transaction, each change noted for the audit trail. */
export function applyPartnerships(tx: EntityManager, audit: AuditRecorder, organization: Organization, plan: PartnershipPlan, citation: string): { persons: number; created: number; updated: number } {
  let created = 0;
  let updated = 0;
  for (const w of plan.work) {
    if (w.row.action === 'CREATE' && w.kind) {
      const partnership = tx.create(Partnership, {
        organization, partnerOrganization: w.partner, kind: w.kind, status: w.status ?? PartnershipStatus.ACTIVE, since: w.since, until: w.until, notes: w.notes, sourceCitations: [...w.sources, citation],
      });
      for (const sector of w.sectors) tx.create(PartnershipSector, { partnership, sector });
      audit.created(partnership);
      w.row.partnershipId = partnership.globalId;
      created++;
    } else if (w.row.action === 'UPDATE' && w.existing) {
      audit.updating(w.existing);
      const changed = new Set(w.row.changes);
      if (changed.has('kind') && w.kind) w.existing.kind = w.kind;
      if (changed.has('status') && w.status) w.existing.status = w.status;
      if (changed.has('since')) w.existing.since = w.since;
      if (changed.has('until')) w.existing.until = w.until;
      if (changed.has('notes')) w.existing.notes = w.notes;
      w.existing.sourceCitations = [...new Set([...w.existing.sourceCitations, ...w.sources, citation])];
      updated++;
    }
  }
  return { persons: 0, created, updated };
}
