import type { Cursor } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../errors/errors.js';

export const DEFAULT_PAGE_SIZE = 20;

/** The hard cap on a page, set once at start-up from the configuration (MAX_PAGE_SIZE). */
export let MAX_PAGE_SIZE = 100;
export function setMaxPageSize(size: number): void {
  MAX_PAGE_SIZE = size;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Items after `after`; at most the page cap (100 by default).' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Items before `before`; at most the page cap (100 by default).' })
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

export interface PageRequest {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** Checks the Relay arguments; with neither `first` nor `last`, the first DEFAULT_PAGE_SIZE items. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badUserInput('Pass `first` or `last`, not both', [{ field: 'last', message: 'conflicts with first' }]);
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}`, [{ field: name, message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
    }
  }
  if (last != null || (before != null && first == null)) return { last: last ?? DEFAULT_PAGE_SIZE, before: before ?? undefined, after: after ?? undefined };
  return { first: first ?? DEFAULT_PAGE_SIZE, after: after ?? undefined, before: before ?? undefined };
}

export interface EdgeShape<T> {
  cursor: string;
  node: T;
}

/** Base of every connection: the edges of one page, page info, and a total counted only when asked. */
export abstract class ConnectionBase<T, E extends EdgeShape<T> = EdgeShape<T>> {
  edges!: E[];
  pageInfo!: PageInfo;
  protected count!: () => Promise<number>;

  totalCount(): Promise<number> {
    return this.count();
  }
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type. Edge types that carry the relationship's
 * own data (a membership's role and dates) pass their own edge class.
 */
export function ConnectionType<T extends object>(name: string, node: () => ClassType<T> | Function, edge?: ClassType<EdgeShape<T>>) {
  @ObjectType(`${name}Edge`)
  class DefaultEdge implements EdgeShape<T> {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(node)
    node!: T;
  }
  const Edge = edge ?? DefaultEdge;

  @ObjectType(`${name}Connection`)
  class Connection extends ConnectionBase<T> {
    @Field(() => [Edge])
    declare edges: EdgeShape<T>[];

    @Field(() => PageInfo)
    declare pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    override totalCount(): Promise<number> {
      return this.count();
    }

    static of(edges: EdgeShape<T>[], pageInfo: PageInfo, count: () => Promise<number>): Connection {
      return Object.assign(new Connection(), { edges, pageInfo, count });
    }
  }
  return Connection;
}

/** Turns a MikroORM cursor page into connection parts. */
export function pageFromCursor<T extends object>(cursor: Cursor<T, never, never, never, false>): { edges: EdgeShape<T>[]; pageInfo: PageInfo } {
  const edges = cursor.items.map((item) => ({ cursor: cursor.from(item as T), node: item as T }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: cursor.hasPrevPage,
    startCursor: cursor.startCursor,
    endCursor: cursor.endCursor,
  });
  return { edges, pageInfo };
}
