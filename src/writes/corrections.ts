import { LockMode, ReferenceKind, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BaseEntity, type AnyNode } from '../db/base.entity.js';
import { PartialDate } from '../db/partial-date.js';
import { readSql } from '../db/read-sql.js';
import { AppError, ErrorCode, notFound, type FieldProblem } from '../errors/errors.js';
import { toGlobalId, expectGlobalId } from '../relay/global-id.js';
import { assertVersion, isoDate } from './inputs.js';
import type { AuditRecorder } from './write.js';

/** What every correction of a record carries: which record, and the version the caller read. */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * The record a correction (an update, an end, a cancellation, a deletion) names: loaded, checked by
 * `mayWrite` (the caller's rights: a forbidden caller learns nothing of versions), then at the version
 * the caller read (stale: CONFLICT). `lock` holds the row until the transaction ends (a deletion: no
 * new reference to it can be committed between the check for dependents and the delete, and the version
 * compared is the row's latest).
 */
export async function current<T extends AnyNode>(
  tx: EntityManager,
  entity: EntityClass<T>,
  input: Versioned,
  mayWrite: (row: T) => unknown,
  { lock = false }: { lock?: boolean } = {},
): Promise<T> {
  const key = expectGlobalId(input.id, entity.name, 'input.id');
  const row = (await tx.findOne(entity, key as never, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})) as T | null;
  if (!row) throw notFound(entity.name, input.id);
  await mayWrite(row);
  assertVersion(row, input.version);
  return row;
}

/** The records that refer to one through one of their references. */
export interface Dependents {
  /** Their type (`Body`, `Participation`, …). */
  type: string;
  /** The reference of theirs that names the record (`congress`, `event`, …). */
  field: string;
  count: number;
  /** The global IDs of the first few (at most `SHOWN`). */
  ids: string[];
}

const SHOWN = 5;

/**
 * Every Node that refers to `row`, found from the entities' metadata, so that a reference added later
 * is counted too. Rows that are not Nodes (an event's organizer and country links, a group's countries)
 * are parts of the record and go with it (their foreign keys cascade).
 */
export async function dependentsOf(tx: EntityManager, row: AnyNode): Promise<Dependents[]> {
  const found: Dependents[] = [];
  for (const meta of tx.getMetadata().getAll().values()) {
    if (meta.abstract || !meta.class || !(meta.class.prototype instanceof BaseEntity)) continue;
    for (const prop of meta.props) {
      const references = prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner);
      if (!references || prop.targetMeta?.class !== row.constructor) continue;
      const rows = await readSql<{ id: string; total: number }>(
        tx,
        `select id, count(*) over ()::int as total from "${meta.tableName}" where "${prop.fieldNames[0]}" = $1 order by id limit ${SHOWN}`,
        [row.id],
      );
      if (rows.length) found.push({ type: meta.className, field: prop.name, count: rows[0].total, ids: rows.map((r) => toGlobalId(meta.className, r.id)) });
    }
  }
  return found;
}

const described = (d: Dependents) => `${d.count} ${d.type} record${d.count === 1 ? '' : 's'} (by ${d.field})`;

/**
 * Deletes a mistaken record, audited, when nothing refers to it; otherwise CONFLICT naming what does
 * (`extensions.dependents`: type, field, count and the first IDs), and nothing is deleted. Load the
 * record with `current(…, { lock: true })`. Returns its global ID.
 */
export async function deleteUnreferenced(tx: EntityManager, audit: AuditRecorder, row: AnyNode): Promise<string> {
  const dependents = await dependentsOf(tx, row);
  if (dependents.length) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `This ${row.nodeType} cannot be deleted: ${dependents.map(described).join(', ')} refer to it. Delete or correct those first`,
      { dependents },
    );
  }
  audit.deleting(row);
  tx.remove(row);
  return row.globalId;
}

/** One end of a span as a write leaves it: its day (null: open or unknown), the input field that sets it, and whether this call sends it. */
export interface Bound {
  day: string | null | undefined;
  field: string;
  sent: boolean;
}

/**
 * The problem of a span that ends before it starts (or on its first day, when `strictly`), or none. It
 * names the end when the call sends it, else the start: the field the caller can fix.
 */
export function misordered(start: Bound, end: Bound, { strictly = false } = {}): FieldProblem | undefined {
  if (!start.day || !end.day) return undefined;
  if (strictly ? end.day > start.day : end.day >= start.day) return undefined;
  if (end.sent || !start.sent) return { field: end.field, message: `must ${strictly ? 'be after' : 'not be before'} ${start.day}` };
  return { field: start.field, message: `must ${strictly ? 'be before' : 'not be after'} ${end.day}` };
}

/** Problems of the fields a client sent as null that a record cannot go without. */
export function cleared<I extends object>(input: I, required: readonly (keyof I & string)[]): FieldProblem[] {
  return required.filter((key) => (input as Record<string, unknown>)[key] === null).map((key) => ({ field: `input.${key}`, message: 'cannot be cleared' }));
}

/** A date an update sends: the day given, null to clear it, or (left out) the one recorded. */
export const dateInput = (value: Date | string | null | undefined, recorded: PartialDate | undefined): PartialDate | null | undefined =>
  value === undefined ? recorded : value === null ? null : PartialDate.parse(isoDate(value));

/**
 * Sets the fields an update sends: a value replaces the field, null clears it, a field left out
 * (undefined) stays as it is. The record's own types do not admit null for optional fields, hence the
 * one cast, here.
 */
export function assign<T extends object>(row: T, values: { [K in keyof T]?: T[K] | null }): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (row as Record<string, unknown>)[key] = value;
  }
}

/**
 * The fields every correction's input starts with. Each mutation has an input of its own that extends
 * it (so that each can grow alone); no field takes this type itself.
 */
@InputType({ description: 'The record a correction names and the version read.' })
export abstract class RecordVersionInput implements Versioned {
  @Field(() => ID, { description: 'The global ID of the record.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT), and nothing is changed.' })
  version!: number;
}
