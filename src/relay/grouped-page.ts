import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityClass, EntityProperty, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Params, readSql } from '../db/read-sql.js';
import type { AnyNode } from '../db/base.entity.js';
import { rowReader, selectList } from '../db/rows.js';
import { badUserInput } from '../errors/errors.js';
import type { Loaders } from '../graphql/loaders.js';
import { PageInfo, type EdgeShape, type PageRequest } from './connection.js';

/** One sort key (an SQL expression over alias `t`, never null) with the row id as tie-breaker. */
export interface SortKey {
  sql: string;
  params?: unknown[];
  direction: 'asc' | 'desc';
  /** The key is a number (a relevance); otherwise text, a date or a time, carried as a string in cursors. */
  numeric?: boolean;
}

export interface GroupedQuery<T> {
  /** Distinguishes loaders: entity + relation + arguments. */
  name: string;
  entity: EntityClass<T>;
  /**
   * SQL expression naming each row's parent (e.g. `t.body_id`, or `eo.organization_id` through a join);
   * null for a root list, which is loaded under the key ROOT.
   */
  parent: string | null;
  /** Joins the parent expression needs, on the query builder of alias `t`. */
  join?: (qb: any) => void;
  where?: FilterQuery<T>;
  /** Extra raw conditions (e.g. a similarity threshold). */
  conditions?: readonly { sql: string; params: readonly unknown[] }[];
  sort: SortKey;
  page: PageRequest;
  /**
   * Many-to-one references the client selected on the nodes (e.g. a membership's `person`), read in the
   * same statement instead of a further wave of statements (see includedReaders).
   */
  include?: readonly Include[];
  /** Called on each node of a page (e.g. to note the day the list was read for). */
  decorate?(node: T): void;
}

export interface Include {
  /** The many-to-one property of the listed entity. */
  property: string;
  entity: EntityClass<AnyNode>;
}

/** The references among `references` (property → entity) that a selection of the nodes asks for. */
export function includesOf(references: Readonly<Record<string, Include['entity']>>, fields: ReadonlySet<string>): Include[] {
  return Object.entries(references)
    .filter(([property]) => fields.has(property))
    .map(([property, entity]) => ({ property, entity }));
}

export const ROOT = '*';

export interface Page<T> {
  edges: EdgeShape<T>[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/**
 * A cursor names the list it belongs to (the node type and its order) beside the keyset position, so
 * a `persons` cursor, or one taken in the other direction, is refused instead of silently misread.
 */
const cursorScope = (query: GroupedQuery<unknown>) =>
  createHash('sha256').update(`${query.entity.name}|${query.sort.sql}|${query.sort.direction}`).digest('base64url').slice(0, 10);

const encodeCursor = (scope: string, sortValue: unknown, id: string) => Buffer.from(JSON.stringify([scope, sortValue, id])).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string, field: string, scope: string, numeric: boolean): [unknown, string] {
  let value: unknown;
  try {
    value = /^[A-Za-z0-9_-]{1,2048}$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    // refused below
  }
  const parts = Array.isArray(value) ? (value as unknown[]) : [];
  const sortValue = parts[1];
  const valid = parts.length === 3 && typeof parts[2] === 'string' && UUID.test(parts[2]) && (numeric ? typeof sortValue === 'number' && Number.isFinite(sortValue) : typeof sortValue === 'string');
  if (!valid) throw badUserInput(`${field} is not a valid cursor`, [{ field, message: 'invalid cursor' }]);
  if (parts[0] !== scope) throw badUserInput(`${field} is a cursor of another list or order`, [{ field, message: 'cursor of another list or order' }]);
  return [parts[1], parts[2] as string];
}

/**
 * Pages of a child list for many parents in ONE statement: rows are ranked per parent with a window
 * function and cut at the page size (+1 to know whether a next page exists). Keyset cursors keep pages
 * stable while rows are added. The total per parent is a second, grouped statement, run only when a
 * client asks for `totalCount`.
 */
export function groupedPages<T extends { id: string }>(loaders: Loaders, query: GroupedQuery<T>): DataLoader<string, Page<T>, string> {
  const counts = groupedCounts(loaders, query);
  const includes = (query.include ?? []).map((include) => include.property).sort();
  return loaders.keyed(`page:${identity(query)}:${JSON.stringify([query.sort, query.page, includes])}`, (em, scheduler) =>
    new DataLoader<string, Page<T>, string>(
      (parentIds) =>
        scheduler.track(async () => {
          const rows = await rankedRows(em, query, parentIds);
          return parentIds.map((parentId) => {
            const group = rows.get(parentId) ?? [];
            // Without a cursor the page statement counted the parent's rows too (see rankedRows).
            if (!query.page.after && !query.page.before) counts.prime(parentId, Number(group[0]?.__total ?? 0));
            return toPage(em, query, group, () => counts.load(parentId));
          });
        }),
      scheduler.options(),
    ),
  );
}

/** How many rows each parent has under the query's filter (pages and sort do not matter). */
export function groupedCounts<T>(loaders: Loaders, query: GroupedQuery<T>): DataLoader<string, number, string> {
  return loaders.keyed(`count:${identity(query)}`, (em, scheduler) =>
    new DataLoader<string, number, string>((parentIds) => scheduler.track(() => countByParent(em, query, parentIds)), scheduler.options()),
  );
}

/** Everything that decides which rows belong to which parent. */
const identity = (query: GroupedQuery<unknown>) => JSON.stringify([query.name, query.parent, query.where, query.conditions]);

async function rankedRows<T extends { id: string }>(em: EntityManager, query: GroupedQuery<T>, parentIds: readonly string[]) {
  const { first, last, after, before } = query.page;
  const backwards = last != null;
  const limit = (backwards ? last : first) ?? 0;
  const flip = (d: 'asc' | 'desc') => (backwards ? (d === 'asc' ? 'desc' : 'asc') : d);
  const direction = flip(query.sort.direction);
  const partition = query.parent ? `partition by ${query.parent}` : '';
  const params = new Params();
  const sort = () => params.fragment(query.sort.sql, query.sort.params ?? []);
  // The ranking reads only ids and keys: sorting and counting whole rows (long texts included) cost
  // more than the statement's other work. The rows of the page are joined back by id after the cut.
  const columns = [
    't.id as __id',
    `${query.parent ?? `'${ROOT}'`} as __parent`,
    `${sort()} as __sort`,
    `row_number() over (${partition} order by ${sort()} ${direction}, t.id ${direction}) as __rank`,
  ];
  // A page without a cursor sees all of its parent's rows, so the same scan counts them: `totalCount`
  // then needs no statement of its own (with a cursor it is counted apart, on first use).
  if (!after && !before) columns.push(`count(*) over (${partition}) as __total`);
  const conditions = scope(query, parentIds, params);
  // Keyset bounds: rows strictly after `after` / before `before` in the requested order.
  for (const [cursor, field, forward] of [[after, 'after', true], [before, 'before', false]] as const) {
    if (!cursor) continue;
    const [sortValue, id] = decodeCursor(cursor, field, cursorScope(query), query.sort.numeric === true);
    const greater = (query.sort.direction === 'asc') === forward;
    conditions.push(`(${sort()}, t.id) ${greater ? '>' : '<'} (${params.add(sortValue)}, ${params.add(id)})`);
  }
  const inner = `select ${columns.join(', ')} ${filtered(em, query, conditions)}`;
  const rows = await readSql(
    em,
    `select ${selectList(em, query.entity as EntityClass<unknown>)}, ranked.*${joinedColumns(em, query)} from (${inner}) as ranked` +
      ` join "${tableOf(em, query.entity)}" as t on t.id = ranked.__id${joins(em, query)} where ranked.__rank <= ${params.add(limit + 1)} order by ranked.__rank`,
    params.values,
  );
  const byParent = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const parent = String(row.__parent);
    const group = byParent.get(parent);
    if (group) group.push(row);
    else byParent.set(parent, [row]);
  }
  return byParent;
}

/** The conditions beyond the filter that pick the rows of the given parents (shared by the page and the count). */
function scope(query: GroupedQuery<unknown>, parentIds: readonly string[], params: Params): string[] {
  const conditions = query.parent ? [`${query.parent} = any(${params.add(parentIds)}::uuid[])`] : [];
  for (const condition of query.conditions ?? []) conditions.push(`(${params.fragment(condition.sql, condition.params)})`);
  return conditions;
}

/**
 * `from … where …` over the query's joins, filter and `conditions`. The filter (a MikroORM filter
 * object) is turned into SQL by the ORM's query builder once per filter, not at every request.
 */
function filtered(em: EntityManager, query: GroupedQuery<unknown>, conditions: readonly string[]): string {
  const key = JSON.stringify([query.name, query.parent, query.where ?? {}]);
  let compiled = compiledFilters.get(key);
  if (!compiled) {
    const from = (where: unknown) => {
      const qb = em.createQueryBuilder(query.entity, 't');
      query.join?.(qb);
      qb.where(where as never);
      const sql = qb.getFormattedQuery();
      return sql.slice(sql.indexOf(' from '));
    };
    const withFilter = from(query.where ?? {});
    compiled = { sql: withFilter, hasWhere: withFilter !== from({}) };
    if (compiledFilters.size >= MAX_COMPILED_FILTERS) compiledFilters.clear();
    compiledFilters.set(key, compiled);
  }
  if (!conditions.length) return compiled.sql;
  return `${compiled.sql} ${compiled.hasWhere ? 'and' : 'where'} ${conditions.join(' and ')}`;
}

/** Filters are few in practice (each list's arguments); the bound keeps odd callers from growing it without end. */
const MAX_COMPILED_FILTERS = 2000;
const compiledFilters = new Map<string, { sql: string; hasWhere: boolean }>();

/** Included references are joined after the cut, so only the rows of the page are joined. */
const joinedColumns = (em: EntityManager, query: GroupedQuery<unknown>) =>
  (query.include ?? []).map((include, i) => `, ${selectList(em, include.entity, `i${i}`, `i${i}.`)}`).join('');

const tableOf = (em: EntityManager, entity: EntityClass<unknown>) => em.getMetadata().get(entity).tableName;

function joins(em: EntityManager, query: GroupedQuery<unknown>): string {
  const metadata = em.getMetadata();
  const listed = metadata.get(query.entity as EntityClass<unknown>);
  return (query.include ?? [])
    .map((include, i) => {
      const target = metadata.get(include.entity as EntityClass<unknown>);
      const column = (listed.properties as Record<string, EntityProperty>)[include.property].fieldNames[0];
      return ` left join "${target.tableName}" as i${i} on i${i}."${target.primaryKeys[0]}" = t."${column}"`;
    })
    .join('');
}

/**
 * Each included reference replaces the node's `{ id }` by the row it names, which `loaders.ref` answers
 * without a statement. The shared by-id loaders are not primed with them: other paths to the same rows
 * still send their own statement, so the count of statements stays a function of the operation's shape.
 */
function includedReaders(em: EntityManager, query: GroupedQuery<unknown>): ((node: Record<string, unknown>, row: Record<string, unknown>) => void)[] {
  return (query.include ?? []).map((include, i) => {
    const read = rowReader(em, include.entity, `i${i}.`);
    const id = `i${i}.id`;
    return (node, row) => {
      if (row[id] != null) node[include.property] = read(row);
    };
  });
}

function toPage<T extends { id: string }>(em: EntityManager, query: GroupedQuery<T>, rows: Record<string, unknown>[], count: () => Promise<number>): Page<T> {
  const backwards = query.page.last != null;
  const limit = (backwards ? query.page.last : query.page.first) ?? 0;
  const more = rows.length > limit;
  const kept = rows.slice(0, limit);
  if (backwards) kept.reverse();
  const scope = cursorScope(query);
  const read = rowReader(em, query.entity);
  const includes = includedReaders(em, query as GroupedQuery<unknown>);
  const edges = kept.map((row) => {
    const node = read(row);
    for (const include of includes) include(node as unknown as Record<string, unknown>, row);
    query.decorate?.(node);
    return { cursor: encodeCursor(scope, normalise(row.__sort), node.id), node };
  });
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: backwards ? Boolean(query.page.before) : more,
    hasPreviousPage: backwards ? more : Boolean(query.page.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return { edges, pageInfo, count };
}

const normalise = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

async function countByParent<T>(em: EntityManager, query: GroupedQuery<T>, parentIds: readonly string[]): Promise<number[]> {
  const params = new Params();
  const from = filtered(em, query, scope(query, parentIds, params));
  const rows = query.parent
    ? await readSql<{ parent: string; count: number }>(em, `select ${query.parent} as parent, count(*)::int as count ${from} group by ${query.parent}`, params.values)
    : (await readSql<{ count: number }>(em, `select count(*)::int as count ${from}`, params.values)).map((r) => ({ parent: ROOT, count: r.count }));
  const counts = new Map(rows.map((r) => [String(r.parent), Number(r.count)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
