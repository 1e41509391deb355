import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { readSql } from './read-sql.js';

/**
 * The read path's objects: a database row turned into an object of the entity's class (so the GraphQL
 * types, their getters and `instanceof` checks see what they expect) without MikroORM's identity map,
 * change tracking or reference wrappers. A many-to-one is `{ id }` (what `loaders.ref` takes); an
 * embeddable is an instance of its class, or null when every column of it is null; collections are
 * left out. Writes load real entities through the EntityManager instead.
 */
export type RowReader<T> = (row: Record<string, unknown>) => T;

const readers = new WeakMap<EntityClass<unknown>, Map<string, RowReader<unknown>>>();

/**
 * The reader for rows of `entity` selected with their column names (`select t.*`), or with each column
 * name behind `prefix` (a row joined to another: `i0.col as "i0.col"`, see `selectList`).
 */
export function rowReader<T>(em: EntityManager, entity: EntityClass<T>, prefix = ''): RowReader<T> {
  let byPrefix = readers.get(entity as EntityClass<unknown>);
  if (!byPrefix) readers.set(entity as EntityClass<unknown>, (byPrefix = new Map()));
  let reader = byPrefix.get(prefix);
  if (!reader) {
    reader = buildReader(em, em.getMetadata().get(entity as EntityClass<unknown>), prefix);
    byPrefix.set(prefix, reader);
  }
  return reader as RowReader<T>;
}

const selectLists = new WeakMap<EntityClass<unknown>, Map<string, string>>();

/**
 * The select list of every stored column of `entity` in table alias `alias`, each named as `rowReader`
 * reads it (its column name, behind `prefix` for a joined row). Arrays come as their text form, parsed
 * only when read (`sources` is rarely asked for, and parsing every row's citations was a tenth of a
 * list's time).
 */
export function selectList(em: EntityManager, entity: EntityClass<unknown>, alias = 't', prefix = ''): string {
  let byAlias = selectLists.get(entity);
  if (!byAlias) selectLists.set(entity, (byAlias = new Map()));
  const key = `${alias}|${prefix}`;
  let list = byAlias.get(key);
  if (!list) {
    const meta = em.getMetadata().get(entity);
    const columns = new Map<string, boolean>();
    for (const prop of meta.props) if (isStored(prop)) columns.set(prop.fieldNames[0], isArray(prop));
    list = [...columns].map(([column, array]) => `${alias}."${column}"${array ? '::text' : ''} as "${prefix}${column}"`).join(', ');
    byAlias.set(key, list);
  }
  return list;
}

const isStored = (prop: EntityProperty) =>
  prop.persist !== false &&
  Boolean(prop.fieldNames?.length) &&
  (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && Boolean(prop.owner)) || Boolean(prop.embedded));

const isArray = (prop: EntityProperty) => prop.kind === ReferenceKind.SCALAR && (prop.columnTypes?.[0] ?? '').endsWith('[]');

/** Rows of `entity` as read objects. */
export function readRows<T>(em: EntityManager, entity: EntityClass<T>, rows: readonly Record<string, unknown>[]): T[] {
  const read = rowReader(em, entity);
  return rows.map(read);
}

type Step = (target: Record<string, unknown>, row: Record<string, unknown>) => void;

function buildReader(em: EntityManager, meta: EntityMetadata, prefix: string): RowReader<unknown> {
  const platform = em.getPlatform();
  const steps: Step[] = [];
  const shadowed: PropertyDescriptorMap = {};
  const embeddedParts = new Map<string, EntityProperty[]>();

  for (const prop of meta.props) {
    // Every mapped name gets a plain slot on the read prototype: MikroORM's own accessors on the entity
    // prototype (change tracking, relation propagation) must never run for a read object.
    shadowed[prop.name] = { value: undefined, writable: true, enumerable: false, configurable: true };
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    if (prop.embedded) {
      const [owner] = prop.embedded;
      embeddedParts.set(owner, [...(embeddedParts.get(owner) ?? []), prop]);
      continue;
    }
    const name = prop.name;
    const column = prefix + prop.fieldNames[0];
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      steps.push((target, row) => {
        const id = row[column];
        target[name] = id == null ? null : { id };
      });
    } else if (prop.kind === ReferenceKind.SCALAR) {
      const type = prop.customType;
      if (isArray(prop)) {
        // Kept as selected (text, or an array where the driver parsed it) and parsed on first read.
        const raw = Symbol(name);
        shadowed[name] = {
          get(this: Record<symbol, unknown>) {
            const value = this[raw];
            if (typeof value !== 'string') return value;
            return (this[raw] = type ? type.convertToJSValue(value, platform) : platform.unmarshallArray(value));
          },
          set(this: Record<symbol, unknown>, value: unknown) {
            this[raw] = value;
          },
          enumerable: false,
          configurable: true,
        };
        steps.push((target, row) => {
          (target as Record<symbol, unknown>)[raw] = row[column];
        });
        continue;
      }
      if (prop.runtimeType === 'Date') {
        // pg hands timestamps over as text here; the ORM's hydrator makes them Dates.
        steps.push((target, row) => {
          const value = row[column];
          target[name] = value == null || value instanceof Date ? value : new Date(value as string);
        });
        continue;
      }
      steps.push(type ? (target, row) => {
        const value = row[column];
        target[name] = value == null ? value : type.convertToJSValue(value, platform);
      } : (target, row) => {
        target[name] = row[column];
      });
    }
  }

  for (const prop of meta.props) {
    if (prop.kind !== ReferenceKind.EMBEDDED) continue;
    const parts = embeddedParts.get(prop.name) ?? [];
    const Embeddable = prop.embeddable as unknown as new () => Record<string, unknown>;
    const name = prop.name;
    const fields = parts.map((part) => ({ name: part.embedded![1], column: prefix + part.fieldNames[0], type: part.customType }));
    steps.push((target, row) => {
      if (fields.every((f) => row[f.column] == null)) {
        target[name] = null;
        return;
      }
      const value = new Embeddable();
      for (const f of fields) {
        const raw = row[f.column];
        value[f.name] = raw == null || !f.type ? raw : f.type.convertToJSValue(raw, platform);
      }
      target[name] = value;
    });
  }

  const prototype = Object.create((meta.class as { prototype: object }).prototype, shadowed) as object;
  return (row) => {
    const target = Object.create(prototype) as Record<string, unknown>;
    for (const step of steps) step(target, row);
    return target;
  };
}

/**
 * Rows of `entity` matching a MikroORM filter, in order, as read objects: the one way a loader reads a
 * table (the query builder writes the SQL; nothing is hydrated or merged into the identity map).
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[],
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity, 't').select(raw(selectList(em, entity as EntityClass<unknown>))).where(where as never);
  if (orderBy) qb.orderBy(orderBy as never);
  return readRows(em, entity, await qb.execute<Record<string, unknown>[]>('all', false));
}

/**
 * For each key, the rows of `target` linked to it through the join table `link` (`link.<from>` = key,
 * `link.<to>` = the target row), in one statement: an organization's countries, a partnership's sectors.
 * `orderBy` is SQL over `t` (the target) and `l` (the link).
 */
export async function linkedRows<T extends object, L extends object>(
  em: EntityManager,
  target: EntityClass<T>,
  link: { entity: EntityClass<L>; from: keyof L & string; to: keyof L & string },
  keys: readonly string[],
  orderBy: string,
): Promise<T[][]> {
  const metadata = em.getMetadata();
  const linkMeta = metadata.get(link.entity as EntityClass<unknown>);
  const targetMeta = metadata.get(target as EntityClass<unknown>);
  const column = (name: string) => (linkMeta.properties as Record<string, EntityProperty>)[name].fieldNames[0];
  const rows = await readSql(
    em,
    `select ${selectList(em, target as EntityClass<unknown>)}, l.${column(link.from)} as __key from ${linkMeta.tableName} l join ${targetMeta.tableName} t on t.${targetMeta.primaryKeys[0]} = l.${column(link.to)}
     where l.${column(link.from)} = any($1::uuid[]) order by ${orderBy}`,
    [keys],
  );
  const read = rowReader(em, target);
  const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(String(row.__key))?.push(read(row));
  return keys.map((key) => byKey.get(key)!);
}

/** Rows of `entity` by primary key, in one statement of one text whatever the number of keys. */
export async function rowsById<T extends object>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const meta = em.getMetadata().get(entity as EntityClass<unknown>);
  const rows = await readSql(em, `select ${selectList(em, entity as EntityClass<unknown>)} from "${meta.tableName}" as t where t.id = any($1::uuid[])`, [ids]);
  return readRows(em, entity, rows);
}
