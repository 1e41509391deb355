import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { today } from '../../relay/temporal.js';
import { foldForSearch } from '../../search/fold.js';
import type { AuditRecorder } from '../../writes/write.js';
import { AidRecord } from '../ngo/aid-record.entity.js';
import { InterventionArea } from '../ngo/intervention-area.entity.js';
import type { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { provinceOfRecord } from '../province/geography.js';
import type { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { listCell, organizationsNamed, sectorsByName } from './import.organizations.js';
import { settle } from './import.persons.js';
import type { SheetRow } from './import.sheet.js';
import { readTable, type ImportFile, type ImportProblem, type ImportTable } from './import.table.js';
import { typedDate } from './import.values.js';

/** The columns of the secretariat's sheets of foreign NGOs' areas and aid, Vietnamese or English (folded). */
export const NGO_HEADERS = {
  ngo: ['ngo', 'ngo name', 'organization', 'organisation', 'to chuc', 'ten to chuc', 'to chuc phi chinh phu', 'tcpcp'],
  ngoId: ['ngo id', 'organization id'],
  province: ['province', 'tinh', 'tinh thanh', 'tinh thanh pho', 'dia ban', 'dia phuong'],
  sector: ['sector', 'linh vuc'],
  year: ['year', 'nam'],
  amount: ['amount', 'amount usd', 'usd', 'so tien', 'so tien usd', 'gia tri', 'gia tri usd', 'vien tro'],
  since: ['since', 'from', 'as of', 'tu', 'tu ngay'],
  sources: ['sources', 'source', 'nguon'],
} as const;
export type NgoField = keyof typeof NGO_HEADERS;
export const NGO_FIELDS = Object.keys(NGO_HEADERS) as NgoField[];

export interface PlannedNgoRow {
  row: number;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID' | 'EXCLUDED';
  ngo: string;
  province: string | null;
  sector: string | null;
  year: number | null;
  amountUsd: number | null;
  changes: string[];
  recordId: string | null;
}

interface NgoWork {
  row: PlannedNgoRow;
  ngo: Organization;
  province?: Province;
  sector?: Sector;
  year?: number;
  amountUsd?: number;
  sources: string[];
  existing?: AidRecord;
}

export interface NgoPlan {
  file: ImportFile;
  rows: PlannedNgoRow[];
  problems: ImportProblem[];
  work: NgoWork[];
  newPersons: Map<string, { name: string }>;
}

type Options = { mapping: Partial<Record<NgoField, string>>; exclude: ReadonlySet<number> };

/** What both sheets share: the NGO of each row, its sector and province (on the row's dates), or the row's problems. */
async function readRows(em: EntityManager, sheet: SheetRow[], bytes: Buffer, options: Options, required: { fields: NgoField[]; message: string }[]) {
  const read = readTable<NgoField>(sheet, bytes, NGO_HEADERS, options.mapping, [
    { fields: ['ngo', 'ngoId'], message: 'No column names the NGO: add one headed “NGO” (or “Tổ chức”), or give the mapping' },
    ...required,
  ]);
  const plan: NgoPlan = { file: read.file, rows: [], problems: read.problems, work: [], newPersons: new Map() };
  const table = read.table;
  const named = table ? await organizationsNamed(em, table, 'ngo', 'ngoId', 'NGO') : () => ({ problem: '' });
  const sectorBy = await sectorsByName(em);
  const provinces = new Map<string, Promise<Province | string>>();
  /** The unit a cell names, existing on some day from `from` to `to` (the mutations' rule), or why not: one lookup per distinct text and dates. */
  const provinceOf = (text: string, from: string, to: string, field: string) => {
    const key = `${foldForSearch(text)}|${from}|${to}`;
    if (!provinces.has(key)) provinces.set(key, provinceOfRecord(em, text, { field, from, to }).catch((error: unknown) => (error instanceof AppError ? error.message.replace(/ \([^)]*\)$/, '') : Promise.reject(error))));
    return provinces.get(key)!;
  };
  return { plan, table, named, sectorBy, provinceOf };
}

/** The row's part common to both sheets, or null when the row is excluded. */
function startRow(plan: NgoPlan, table: ImportTable<NgoField>, line: SheetRow, exclude: ReadonlySet<number>) {
  const planned: PlannedNgoRow = { row: line.row, action: 'INVALID', ngo: table.cell(line, 'ngo'), province: null, sector: null, year: null, amountUsd: null, changes: [], recordId: null };
  plan.rows.push(planned);
  if (exclude.has(line.row)) {
    planned.action = 'EXCLUDED';
    return null;
  }
  const problem = (field: NgoField | null, message: string) =>
    plan.problems.push({ row: line.row, column: field ? table.column(field) : null, value: field ? table.cell(line, field) : null, message });
  return { planned, problem };
}

function ngoOf(who: { organization: Organization } | { problem: string }, problem: (field: NgoField, message: string) => void, idGiven: boolean): Organization | undefined {
  if ('problem' in who) return void problem(idGiven ? 'ngoId' : 'ngo', who.problem);
  if (who.organization.kind !== OrganizationKind.FOREIGN_NGO) return void problem(idGiven ? 'ngoId' : 'ngo', `${who.organization.name} is not a foreign NGO of the directory`);
  return who.organization;
}

/** The ids of the NGOs a file names: only their records are read to compare, not every NGO's. */
const ngosOf = (table: ImportTable<NgoField>, named: (row: SheetRow) => { organization: Organization } | { problem: string }) =>
  [...new Set(table.data.map(named).flatMap((who) => ('organization' in who ? [who.organization.id] : [])))];

const sameRef = (ref: { id: string } | undefined | null, row: { id: string } | undefined) => (ref?.id ?? null) === (row?.id ?? null);

/**
 * Reads the secretariat's sheet of NGOs' aid: for each row the NGO (by name or `ngo id`), the year, the
 * amount in USD, the sector and the province (which must have existed in that year), and what importing it
 * would do — CREATE the aid record, UPDATE the amount of the one recorded for that NGO, year, sector and
 * province, or leave it UNCHANGED — and every problem with its row and column. Writes nothing.
 */
export async function planAidRecords(em: EntityManager, _ctx: Context, _target: unknown, sheet: SheetRow[], bytes: Buffer, options: Options): Promise<NgoPlan> {
  const { plan, table, named, sectorBy, provinceOf } = await readRows(em, sheet, bytes, options, [
    { fields: ['year'], message: 'No column gives the year: add one headed “year” (or “Năm”)' },
    { fields: ['amount'], message: 'No column gives the amount: add one headed “amount USD” (or “Số tiền (USD)”)' },
  ]);
  if (!table) return plan;
  const existing = await em.find(AidRecord, { organization: { $in: ngosOf(table, named) } }, { orderBy: { id: 'asc' } });
  const seen = new Map<string, number>();
  for (const line of table.data) {
    const started = startRow(plan, table, line, options.exclude);
    if (!started) continue;
    const { planned, problem } = started;
    const before = plan.problems.length;
    const ngo = ngoOf(named(line), problem, Boolean(table.cell(line, 'ngoId')));
    const yearText = table.cell(line, 'year');
    const year = /^\d{4}$/.test(yearText) && Number(yearText) >= 1975 && Number(yearText) <= 2100 ? Number(yearText) : undefined;
    if (!year) problem('year', `“${yearText}” is not a year from 1975 to 2100`);
    const amountText = table.cell(line, 'amount').replace(/[\s,$]|USD/gi, '');
    const amountUsd = /^\d+(\.\d{1,2})?$/.test(amountText) ? Number(amountText) : undefined;
    if (amountUsd === undefined) problem('amount', `“${table.cell(line, 'amount')}” is not an amount in US dollars: write digits, with at most two decimals (12500 or 12500.50)`);
    const sectorText = table.cell(line, 'sector');
    const sector = sectorText ? sectorBy.get(foldForSearch(sectorText)) : undefined;
    if (sectorText && !sector) problem('sector', `“${sectorText}” is not a sector of the directory: write its key or name`);
    let province: Province | undefined;
    const provinceText = table.cell(line, 'province');
    if (provinceText && year) {
      const to = [`${year}-12-31`, today()].sort()[0];
      const found = await provinceOf(provinceText, [`${year}-01-01`, to].sort()[0], to, 'province');
      if (typeof found === 'string') problem('province', found);
      else province = found;
    }
    if (plan.problems.length > before || !ngo || !year || amountUsd === undefined) continue;

    const key = [ngo.id, year, sector?.id, province?.id].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(null, `The same NGO, year, sector and province as row ${earlier}: one row for each, with the year's total`);
      continue;
    }
    seen.set(key, line.row);
    Object.assign(planned, { ngo: ngo.name, province: province?.key ?? null, sector: sector?.key ?? null, year, amountUsd });
    const recorded = existing.filter((r) => r.organization.id === ngo.id && r.year === year && sameRef(r.sector, sector) && sameRef(r.province, province));
    if (recorded.length > 1) {
      problem(null, `${recorded.length} aid records of this NGO, year, sector and province are recorded (${recorded.map((r) => r.globalId).join(', ')}): correct them one at a time with updateAidRecord`);
      continue;
    }
    const work: NgoWork = { row: planned, ngo, province, sector, year, amountUsd, sources: listCell(table.cell(line, 'sources')), existing: recorded[0] };
    if (work.existing) {
      planned.recordId = work.existing.globalId;
      if (Number(work.existing.amountUsd) !== amountUsd) planned.changes.push('amountUsd');
      planned.action = planned.changes.length ? 'UPDATE' : 'UNCHANGED';
    } else planned.action = 'CREATE';
    plan.work.push(work);
  }
  plan.work = settle(plan.rows, plan.problems, plan.work);
  return plan;
}

/**
 * Reads the secretariat's sheet of where NGOs may work: for each row the NGO, the province (as it was on
 * the row's `since` date, default today) and the sector, and what importing it would do — CREATE the
 * intervention area, or leave it UNCHANGED where the NGO already has it — and every problem with its row
 * and column. Writes nothing.
 */
export async function planInterventionAreas(em: EntityManager, _ctx: Context, _target: unknown, sheet: SheetRow[], bytes: Buffer, options: Options): Promise<NgoPlan> {
  const { plan, table, named, sectorBy, provinceOf } = await readRows(em, sheet, bytes, options, [
    { fields: ['province'], message: 'No column names the province: add one headed “province” (or “Tỉnh/thành phố”)' },
  ]);
  if (!table) return plan;
  const existing = await em.find(InterventionArea, { organization: { $in: ngosOf(table, named) } }, { orderBy: { id: 'asc' } });
  const seen = new Map<string, number>();
  for (const line of table.data) {
    const started = startRow(plan, table, line, options.exclude);
    if (!started) continue;
    const { planned, problem } = started;
    const before = plan.problems.length;
    const ngo = ngoOf(named(line), problem, Boolean(table.cell(line, 'ngoId')));
    const sectorText = table.cell(line, 'sector');
    const sector = sectorText ? sectorBy.get(foldForSearch(sectorText)) : undefined;
    if (sectorText && !sector) problem('sector', `“${sectorText}” is not a sector of the directory: write its key or name`);
    const sinceText = table.cell(line, 'since');
    const since = sinceText ? typedDate(sinceText) : undefined;
    if (typeof since === 'string') problem('since', since);
    let province: Province | undefined;
    const provinceText = table.cell(line, 'province');
    if (!provinceText) problem('province', 'The province is empty');
    else if (typeof since !== 'string') {
      const day = since?.start ?? today();
      const found = await provinceOf(provinceText, day, day, 'province');
      if (typeof found === 'string') problem('province', found);
      else province = found;
    }
    if (plan.problems.length > before || !ngo || !province) continue;

    const key = [ngo.id, province.id, sector?.id].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(null, `The same NGO, province and sector as row ${earlier}`);
      continue;
    }
    seen.set(key, line.row);
    Object.assign(planned, { ngo: ngo.name, province: province.key, sector: sector?.key ?? null });
    const recorded = existing.find((a) => a.organization.id === ngo.id && a.province.id === province.id && sameRef(a.sector, sector));
    planned.action = recorded ? 'UNCHANGED' : 'CREATE';
    planned.recordId = recorded?.globalId ?? null;
    plan.work.push({ row: planned, ngo, province, sector, sources: listCell(table.cell(line, 'sources')) });
  }
  plan.work = settle(plan.rows, plan.problems, plan.work);
  return plan;
}

/** Writes an aid plan without problems inside the import's transaction, each change noted for the audit trail. */
export function applyAidRecords(tx: EntityManager, audit: AuditRecorder, _target: unknown, plan: NgoPlan, citation: string): { persons: number; created: number; updated: number } {
  let created = 0;
  let updated = 0;
  for (const w of plan.work) {
    if (w.row.action === 'CREATE') {
      const record = tx.create(AidRecord, { organization: w.ngo, year: w.year!, amountUsd: w.amountUsd!, sector: w.sector, province: w.province, sourceCitations: [...w.sources, citation] });
      audit.created(record);
      w.row.recordId = record.globalId;
      created++;
    } else if (w.row.action === 'UPDATE' && w.existing) {
      audit.updating(w.existing);
      w.existing.amountUsd = w.amountUsd!;
      w.existing.sourceCitations = [...new Set([...w.existing.sourceCitations, ...w.sources, citation])];
      updated++;
    }
  }
  return { persons: 0, created, updated };
}

/** Writes an areas plan without problems inside the import's transaction, each area noted for the audit trail. */
export function applyInterventionAreas(tx: EntityManager, audit: AuditRecorder, _target: unknown, plan: NgoPlan, citation: string): { persons: number; created: number; updated: number } {
  let created = 0;
  for (const w of plan.work) {
    if (w.row.action !== 'CREATE' || !w.province) continue;
    const area = tx.create(InterventionArea, { organization: w.ngo, province: w.province, sector: w.sector, sourceCitations: [...w.sources, citation] });
    audit.created(area);
    w.row.recordId = area.globalId;
    created++;
  }
  return { persons: 0, created, updated: 0 };
}
