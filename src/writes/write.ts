import { DriverException, ForeignKeyConstraintViolationException, OptimisticLockError, ReferenceKind, UniqueConstraintViolationException, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { BaseEntity, type AnyNode } from '../db/base.entity.js';
import { conflict, forbidden, unauthenticated } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { ChangeAction, type Change } from '../live/change.js';

/** What a write does inside its transaction; `record` notes each changed entity for the audit trail. */
export type WriteWork<T> = (tx: EntityManager, audit: AuditRecorder) => Promise<T>;

const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt', 'searchText', 'searchName', 'name', 'nameSort', 'heldFrom', 'heldUntil', 'passwordHash']);

/** A field's value as a client would send it: a reference as its global ID, a collection left out. */
function clientValue(entity: AnyNode, key: string, plain: unknown): unknown {
  const value = (entity as unknown as Record<string, unknown>)[key];
  const target = value && typeof value === 'object' && 'unwrap' in value ? (value as { unwrap(): unknown }).unwrap() : value;
  if (target instanceof BaseEntity) return target.globalId;
  return plain;
}

/** Collection property names by entity metadata: computed once per entity class, not once per audited row. */
const collectionsByMeta = new WeakMap<object, Set<string>>();

/** One-to-many and many-to-many properties: their rows have audit entries of their own. */
function collectionsOf(entity: AnyNode): Set<string> {
  const meta = wrap(entity, true).__meta;
  let names = collectionsByMeta.get(meta);
  if (!names) {
    names = new Set(meta.props.filter((prop) => prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY).map((prop) => prop.name));
    collectionsByMeta.set(meta, names);
  }
  return names;
}

/** The internal keys an entity's many-to-one references hold, by property name (what a change is announced under). */
function referencesOf(entity: AnyNode): Record<string, string> {
  const { props } = wrap(entity, true).__meta;
  const refs: Record<string, string> = {};
  for (const prop of props) {
    if (prop.kind !== ReferenceKind.MANY_TO_ONE && !(prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) continue;
    const value = (entity as unknown as Record<string, unknown>)[prop.name] as { id?: unknown } | null | undefined;
    if (typeof value?.id === 'string') refs[prop.name] = value.id;
  }
  return refs;
}

/** Both sides' references, each key once. */
function mergeReferences(...sides: (Record<string, string> | null)[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const side of sides) for (const [name, id] of Object.entries(side ?? {})) if (!merged[name]?.includes(id)) (merged[name] ??= []).push(id);
  return merged;
}

/** Plain, comparable fields of an entity, as the API names and shows them (references as global IDs). */
function snapshot(entity: AnyNode): Record<string, unknown> {
  const data = wrap(entity).toPOJO() as Record<string, unknown>;
  const collections = collectionsOf(entity);
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => !IGNORED.has(key) && !collections.has(key))
      .map(([key, value]) => [key, clientValue(entity, key, value)]),
  );
}

/** What a creation set: the fields given a value, an empty list being none (the record itself is the entry's `record`). */
function setFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

export class AuditRecorder {
  private readonly tracked: { entity: AnyNode; action: ChangeAction; before: Record<string, unknown> | null; refsBefore: Record<string, string> | null }[] = [];

  created(entity: AnyNode): void {
    this.tracked.push({ entity, action: ChangeAction.CREATE, before: null, refsBefore: null });
  }

  /** Call before changing the entity. */
  updating(entity: AnyNode): void {
    this.tracked.push({ entity, action: ChangeAction.UPDATE, before: snapshot(entity), refsBefore: referencesOf(entity) });
  }

  deleting(entity: AnyNode): void {
    this.tracked.push({ entity, action: ChangeAction.DELETE, before: snapshot(entity), refsBefore: referencesOf(entity) });
  }

  /** The tracked writes `entries()` kept, in the order of its entries (what `changes()` announces). */
  private kept: AuditRecorder['tracked'] = [];

  /**
   * Audit rows for everything tracked: the fields that changed, before and after (a field cleared shows as
   * null after). An update that changed nothing leaves no entry and is announced to no one.
   */
  entries(ctx: Context): AuditEntry[] {
    const entries: AuditEntry[] = [];
    this.kept = [];
    for (const tracked of this.tracked) {
      const { entity, action, before } = tracked;
      const after = action === ChangeAction.DELETE ? null : snapshot(entity);
      let recorded: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
      if (action === ChangeAction.UPDATE) {
        const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null));
        if (!keys.length) continue;
        recorded = { before: Object.fromEntries(keys.map((k) => [k, before?.[k] ?? null])), after: Object.fromEntries(keys.map((k) => [k, after?.[k] ?? null])) };
      } else recorded = { before, after: action === ChangeAction.CREATE && after ? setFields(after) : after };
      this.kept.push(tracked);
      entries.push(Object.assign(new AuditEntry(), {
        actor: ctx.viewer.subject ?? 'unknown',
        actorRole: ctx.viewer.role,
        action,
        entityType: entity.nodeType,
        entityId: entity.id,
        ...recorded,
        requestId: ctx.requestId,
      }));
    }
    return entries;
  }

  /** What subscribers are told of `entries` (made by `entries()`, in the same order): keys only. */
  changes(entries: readonly AuditEntry[]): Change[] {
    return entries.map((entry, i) => {
      const { entity, action, refsBefore } = this.kept[i];
      const refsAfter = action === ChangeAction.DELETE ? null : referencesOf(entity);
      return { entry: entry.id, action, type: entry.entityType, id: entry.entityId, actor: entry.actor, at: entry.createdAt.toISOString(), refs: mergeReferences(refsBefore, refsAfter) };
    });
  }
}

/**
 * Every mutation goes through here: signed in, under the write rate limit, in ONE transaction with its
 * audit records, a stale version refused with CONFLICT, and the request's loaders cleared afterwards so
 * the payload shows what was written. Subscribers hear of the changes, one per audit entry, once the
 * transaction commits (live/change-bus.ts): no mutation announces anything itself.
 */
export async function write<T>(ctx: Context, work: WriteWork<T>): Promise<T> {
  if (ctx.viewer.role === 'PUBLIC') throw unauthenticated();
  if (ctx.viewer.role === 'READER') throw forbidden('Readers may not write');
  await ctx.limitWrites(ctx.viewer.subject ?? ctx.viewer.role);
  let announced: Change[] = [];
  try {
    const result = await ctx.em.transactional(async (tx) => {
      const audit = new AuditRecorder();
      const value = await work(tx, audit);
      await tx.flush();
      const entries = audit.entries(ctx);
      for (const entry of entries) tx.persist(entry);
      await tx.flush();
      announced = audit.changes(entries);
      await ctx.changes.inTransaction(tx, announced);
      return value;
    });
    ctx.changes.afterCommit(announced);
    return result;
  } catch (error) {
    if (error instanceof OptimisticLockError) throw withCause(conflict('Someone else changed this record first: reload it and try again'), error);
    if (error instanceof UniqueConstraintViolationException) throw withCause(conflict('This would duplicate an existing record'), error);
    // A record this write refers to was deleted by a concurrent write (e.g. an invitation to an event being deleted).
    if (error instanceof ForeignKeyConstraintViolationException) throw withCause(conflict('A record this refers to was removed meanwhile: reload and try again'), error);
    // 23P01, exclusion_violation (MikroORM raises a plain DriverException for it): e.g. a second holder
    // of a single-seat role. The mutation may explain it better (see `violatedConstraint`).
    // Stryker disable next-line StringLiteral: the one exclusion constraint (a single seat) is renamed by its mutation, from this error or its cause
    if (error instanceof DriverException && error.code === '23P01') throw withCause(conflict('This overlaps an existing record'), error);
    throw error;
  } finally {
    ctx.loaders.clearAll();
  }
}

/** A mapped error keeps the original as its `cause` (for logs; the client sees only the mapped one). */
export function withCause<E extends Error>(mapped: E, cause: unknown): E {
  // Stryker disable next-line BooleanLiteral: the descriptor shapes only what a log prints, never an answer
  Object.defineProperty(mapped, 'cause', { value: cause, configurable: true, writable: true, enumerable: false });
  return mapped;
}

/** The database constraint whose violation `error` (as thrown by `write`) reports, if any. */
export function violatedConstraint(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  const driver = cause instanceof DriverException ? cause : error instanceof DriverException ? error : undefined;
  const constraint = (driver as { constraint?: unknown } | undefined)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}
