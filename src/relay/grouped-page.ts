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
import { cursorParts, encodeCursorParts, UUID } from './cursor.js';

/** One sort key (an SQL expression over alias `t`, never null) with the row id as tie-breaker. */
export interface SortKey {
  sql: string;
  params?: unknown[];
  direction: 'asc' | 'desc';
  /** The key is a number (a relevance); otherwise text, a date or a time, carried as a string in cursors. */
  numeric?: boolean;
}

/**
 * A list's order: one key, or several compared in turn (newest term first, then by kind), each in its own
 * direction; the row id breaks the remaining ties, in the direction of the last key.
 */
export type Sort = SortKey | readonly SortKey[];

const keysOf = (sort: Sort): readonly SortKey[] => (Array.isArray(sort) ? sort : [sort as SortKey]);

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
  sort: Sort;
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
const cursorScope = (name: string, sort: Sort) =>
  createHash('sha256')
    .update(`${name}|${keysOf(sort).map((key) => `${key.sql}|${key.direction}`).join('|')}`)
    .digest('base64url')
    .slice(0, 10);

/** A cursor: [scope, sort value, id] for a list of one key, [scope, [values…], id] for several. */
const encodeCursor = (scope: string, values: readonly unknown[], id: string) => encodeCursorParts([scope, values.length === 1 ? values[0] : values, id]);

/** The key of a row of a computed list: ids joined by `:` (see RowQuery). */
const ROW_KEY = /^[0-9A-Za-z:_-]{1,400}$/;

function decodeCursor(cursor: string, field: string, scope: string, keys: readonly SortKey[], id: RegExp): [unknown[], string] {
  const parts = cursorParts(cursor);
  const values = keys.length === 1 ? [parts[1]] : Array.isArray(parts[1]) ? (parts[1] as unknown[]) : [];
  const typed = values.length === keys.length && values.every((v, i) => (keys[i].numeric ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string'));
  const valid = parts.length === 3 && typeof parts[2] === 'string' && id.test(parts[2]) && typed;
  if (!valid) throw badUserInput(`${field} is not a valid cursor`, [{ field, message: 'invalid cursor' }]);
  if (parts[0] !== scope) throw badUserInput(`${field} is a cursor of another list or order`, [{ field, message: 'cursor of another list or order' }]);
  return [values, parts[2] as string];
}

/**
 * The rows strictly after (`forward`) or before a keyset position in the list's order: `expressions` are
 * the sort keys and the tie-breaker, `values` their placeholders. One row comparison when every key runs
 * the same way (which an index can serve), else key by key: `a > x or (a = x and (b < y or …))`.
 */
function keysetCondition(expressions: readonly string[], directions: readonly ('asc' | 'desc')[], values: readonly string[], forward: boolean): string {
  const operator = (direction: 'asc' | 'desc') => ((direction === 'asc') === forward ? '>' : '<');
  if (directions.every((d) => d === directions[0])) return `(${expressions.join(', ')}) ${operator(directions[0])} (${values.join(', ')})`;
  let condition = '';
  for (let i = expressions.length - 1; i >= 0; i--) {
    const step = `${expressions[i]} ${operator(directions[i])} ${values[i]}`;
    condition = condition ? `(${step} or (${expressions[i]} = ${values[i]} and ${condition}))` : `(${step})`;
  }
  return condition;
}

/** The parts of a ranked statement shared by entity pages and computed pages (see rankedRows). */
function ranking(sort: Sort, page: PageRequest, params: Params, alias: string, idColumn: string, partition: string, scope: string, id: RegExp) {
  const keys = keysOf(sort);
  const backwards = page.last != null;
  const flip = (d: 'asc' | 'desc') => (backwards ? (d === 'asc' ? 'desc' : 'asc') : d);
  const tie = keys[keys.length - 1].direction;
  const expression = (key: SortKey) => params.fragment(key.sql, key.params ?? []);
  const order = [...keys.map((key) => `${expression(key)} ${flip(key.direction)}`), `${alias}.${idColumn} ${flip(tie)}`].join(', ');
  const columns = [...keys.map((key, i) => `${expression(key)} as __sort${i}`), `row_number() over (${partition} order by ${order}) as __rank`];
  // A page without a cursor sees all of its parent's rows, so the same scan counts them: `totalCount`
  // then needs no statement of its own (with a cursor it is counted apart, on first use).
  if (!page.after && !page.before) columns.push(`count(*) over (${partition}) as __total`);
  const conditions: string[] = [];
  // Keyset bounds: rows strictly after `after` / before `before` in the requested order.
  for (const [cursor, field, forward] of [[page.after, 'after', true], [page.before, 'before', false]] as const) {
    if (!cursor) continue;
    const [values, rowId] = decodeCursor(cursor, field, scope, keys, id);
    conditions.push(
      keysetCondition(
        [...keys.map(expression), `${alias}.${idColumn}`],
        [...keys.map((key) => key.direction), tie],
        [...values.map((v) => params.add(v)), params.add(rowId)],
        forward,
      ),
    );
  }
  const limit = ((backwards ? page.last : page.first) ?? 0) + 1;
  return { columns, conditions, limit, keys: keys.length };
}

/** Page info and cursors of the rows of one parent (at most one more than the page, in ranked order). */
function pageOf<T>(page: PageRequest, scope: string, keys: number, rows: Record<string, unknown>[], node: (row: Record<string, unknown>) => T, idOf: (row: Record<string, unknown>, node: T) => string): { edges: EdgeShape<T>[]; pageInfo: PageInfo } {
  const backwards = page.last != null;
  const limit = (backwards ? page.last : page.first) ?? 0;
  const more = rows.length > limit;
  const kept = rows.slice(0, limit);
  if (backwards) kept.reverse();
  const edges = kept.map((row) => {
    const value = node(row);
    const values = Array.from({ length: keys }, (_, i) => normalise(row[`__sort${i}`]));
    return { cursor: encodeCursor(scope, values, idOf(row, value)), node: value };
  });
  return { edges, pageInfo: pageInfoOf(page, more, edges) };
}

function pageInfoOf(page: PageRequest, more: boolean, edges: readonly EdgeShape<unknown>[]): PageInfo {
  const backwards = page.last != null;
  return Object.assign(new PageInfo(), {
    hasNextPage: backwards ? Boolean(page.before) : more,
    hasPreviousPage: backwards ? more : Boolean(page.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
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
  const partition = query.parent ? `partition by ${query.parent}` : '';
  const params = new Params();
  // The ranking reads only ids and keys: sorting and counting whole rows (long texts included) cost
  // more than the statement's other work. The rows of the page are joined back by id after the cut.
  const ranked = ranking(query.sort, query.page, params, 't', 'id', partition, entityScope(query), UUID);
  const columns = ['t.id as __id', `${query.parent ?? `'${ROOT}'`} as __parent`, ...ranked.columns];
  const conditions = [...scope(query, parentIds, params), ...ranked.conditions];
  const inner = `select ${columns.join(', ')} ${filtered(em, query, conditions)}`;
  const rows = await readSql(
    em,
    `select ${selectList(em, query.entity as EntityClass<unknown>)}, ranked.*${joinedColumns(em, query)} from (${inner}) as ranked` +
      ` join "${tableOf(em, query.entity)}" as t on t.id = ranked.__id${joins(em, query)} where ranked.__rank <= ${params.add(ranked.limit)} order by ranked.__rank`,
    params.values,
  );
  return byParent(rows);
}

function byParent(rows: readonly Record<string, unknown>[]): Map<string, Record<string, unknown>[]> {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const parent = String(row.__parent);
    const group = groups.get(parent);
    if (group) group.push(row);
    else groups.set(parent, [row]);
  }
  return groups;
}

const entityScope = (query: GroupedQuery<unknown>) => cursorScope(query.entity.name, query.sort);

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
  const read = rowReader(em, query.entity);
  const includes = includedReaders(em, query as GroupedQuery<unknown>);
  const node = (row: Record<string, unknown>) => {
    const value = read(row);
    for (const include of includes) include(value as unknown as Record<string, unknown>, row);
    query.decorate?.(value);
    return value;
  };
  return { ...pageOf(query.page, entityScope(query as GroupedQuery<unknown>), keysOf(query.sort).length, rows, node, (_, value) => value.id), count };
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

/**
 * A computed list (a report: a tally, a comparison, a ranking) read as pages like any other list. The
 * statement `rows` yields the report's rows for the given parents; each row has a text column `__id`
 * unique within its parent (a row's ids joined by `:`), and `__parent` (the parent's id) when the list
 * hangs off parents, `parent: true`. The sort keys are SQL over alias `r`, the report's rows.
 */
export interface RowQuery<T> {
  /** Distinguishes loaders and cursors: the report and every argument that shapes its rows. */
  name: string;
  rows: (params: Params, parentIds: readonly string[]) => string;
  parent: boolean;
  sort: Sort;
  page: PageRequest;
  /** The node of a row. */
  read: (row: Record<string, unknown>) => T;
}

/**
 * Pages of a computed list for many parents in ONE statement, with the keyset cursors and the total of
 * `groupedPages`: the report's rows are ranked per parent and cut at the page (+1); the total comes from
 * the same statement without a cursor, else from a grouped count on first use.
 */
export function groupedRowPages<T>(loaders: Loaders, query: RowQuery<T>): DataLoader<string, Page<T>, string> {
  const counts = loaders.keyed(`row-count:${query.name}`, (em, scheduler) =>
    new DataLoader<string, number, string>((parentIds) => scheduler.track(() => countRows(em, query, parentIds)), scheduler.options()),
  );
  const scope = cursorScope(query.name, query.sort);
  return loaders.keyed(`row-page:${query.name}:${JSON.stringify([query.sort, query.page])}`, (em, scheduler) =>
    new DataLoader<string, Page<T>, string>(
      (parentIds) =>
        scheduler.track(async () => {
          const params = new Params();
          const source = query.rows(params, parentIds);
          const ranked = ranking(query.sort, query.page, params, 'r', '__id', query.parent ? 'partition by r.__parent' : '', scope, ROW_KEY);
          // A root report has no parent column of its own: every row is under ROOT.
          const parent = query.parent ? '' : `'${ROOT}' as __parent, `;
          const where = ranked.conditions.length ? ` where ${ranked.conditions.join(' and ')}` : '';
          const rows = await readSql(
            em,
            `select * from (select r.*, ${parent}${ranked.columns.join(', ')} from (${source}) as r${where}) as ranked` +
              ` where ranked.__rank <= ${params.add(ranked.limit)} order by ranked.__parent, ranked.__rank`,
            params.values,
          );
          const groups = byParent(rows);
          return parentIds.map((parentId) => {
            const group = groups.get(parentId) ?? [];
            if (!query.page.after && !query.page.before) counts.prime(parentId, Number(group[0]?.__total ?? 0));
            return { ...pageOf(query.page, scope, ranked.keys, group, query.read, (row) => String(row.__id)), count: () => counts.load(parentId) };
          });
        }),
      scheduler.options(),
    ),
  );
}

async function countRows(em: EntityManager, query: RowQuery<unknown>, parentIds: readonly string[]): Promise<number[]> {
  const params = new Params();
  const source = query.rows(params, parentIds);
  if (!query.parent) {
    const [row] = await readSql<{ count: number }>(em, `select count(*)::int as count from (${source}) as r`, params.values);
    return parentIds.map(() => Number(row?.count ?? 0));
  }
  const rows = await readSql<{ parent: string; count: number }>(em, `select r.__parent::text as parent, count(*)::int as count from (${source}) as r group by 1`, params.values);
  const counts = new Map(rows.map((r) => [r.parent, Number(r.count)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}

/** One key of a list ordered in memory: its value for an item (never null), its direction, and whether it is a number. */
export interface ListKey<T> {
  value: (item: T) => string | number;
  direction: 'asc' | 'desc';
  numeric?: boolean;
}

/**
 * A page of a list already read whole for another reason (a roster's history, whose changes are derived
 * from every post; a body's attendance, whose totals need every member), with the same keyset cursors
 * and page rules as the lists paged in SQL: the items are ordered by `keys`, then by `id` in the
 * direction of the last key.
 */
export function listPage<T>(items: readonly T[], query: { name: string; keys: readonly ListKey<T>[]; id: (item: T) => string; page: PageRequest }): Page<T> {
  const { keys, id, page } = query;
  const sort: SortKey[] = keys.map((key, i) => ({ sql: String(i), direction: key.direction, numeric: key.numeric }));
  const scope = cursorScope(query.name, sort);
  const directions = [...keys.map((key) => key.direction), keys[keys.length - 1].direction];
  const compare = (a: readonly unknown[], b: readonly unknown[]) => {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      return ((a[i] as string) < (b[i] as string) ? -1 : 1) * (directions[i] === 'asc' ? 1 : -1);
    }
    return 0;
  };
  const rows = items.map((item) => ({ item, tuple: [...keys.map((key) => key.value(item)), id(item)] })).sort((a, b) => compare(a.tuple, b.tuple));
  let kept = rows;
  for (const [cursor, field, forward] of [[page.after, 'after', true], [page.before, 'before', false]] as const) {
    if (!cursor) continue;
    const [values, rowId] = decodeCursor(cursor, field, scope, sort, ROW_KEY);
    const position = [...values, rowId];
    kept = kept.filter((row) => (forward ? compare(row.tuple, position) > 0 : compare(row.tuple, position) < 0));
  }
  const backwards = page.last != null;
  const limit = (backwards ? page.last : page.first) ?? 0;
  const window = backwards ? kept.slice(Math.max(kept.length - limit, 0)) : kept.slice(0, limit);
  const edges = window.map((row) => ({ cursor: encodeCursor(scope, row.tuple.slice(0, -1), String(row.tuple.at(-1))), node: row.item }));
  return { edges, pageInfo: pageInfoOf(page, kept.length > window.length, edges), count: () => Promise.resolve(items.length) };
}
